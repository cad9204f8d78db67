import { inject } from "vitest";

// lib/db creates its client lazily from DATABASE_URL, so setting it here is enough.
// Tests read the database they built: never a replica named by the shell.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_READ_URL = "";
