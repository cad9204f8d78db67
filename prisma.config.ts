// Prisma CLI configuration. The CLI is only used for `generate` here (see docs/decisions/004).
// On a machine with internet, `npx prisma migrate deploy` also works with this file.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/unset" },
});
