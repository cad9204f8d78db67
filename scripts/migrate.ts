// `npm run db:migrate`: applies pending migrations to DATABASE_URL (production and CI), or to the
// embedded development database when DATABASE_URL is unset.
import { applyMigrations } from "../lib/db/migrator";
import { exitWithSetupError, redact, resolveDevDatabase } from "./lib/database-url";

async function main(): Promise<void> {
  const database = await resolveDevDatabase();
  try {
    const report = await applyMigrations(database.url);
    console.log(`${redact(database.url)}: áp dụng ${report.applied.length} migration mới (${report.applied.join(", ") || "không có"}), ${report.alreadyApplied} đã có.`);
  } finally {
    await database.embedded?.stop();
  }
}

main().catch(exitWithSetupError);
