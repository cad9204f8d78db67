// `prisma generate` never runs the schema engine, but the CLI insists on finding one before it
// starts and tries to download it, which fails offline. Pointing it at any existing file is enough
// (see ../shared/platform-notes.md and docs/decisions/004-migrations-offline.md).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const placeholder = fileURLToPath(import.meta.url);
const result = spawnSync("npx", ["prisma", "generate"], {
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? placeholder, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
process.exit(result.status ?? 1);
