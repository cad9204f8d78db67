import { inject } from "vitest";

// lib/db creates its client lazily from DATABASE_URL, so setting it here is enough.
process.env.DATABASE_URL = inject("databaseUrl");
