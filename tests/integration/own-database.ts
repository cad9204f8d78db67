// A database of one test file's own on the integration cluster, migrated, and made the lib's
// DATABASE_URL before anything opens the lib's client: for tests whose row counts or global rows
// (plan years, notices for everyone) must be theirs alone.
import { inject } from "vitest";
import { applyMigrations } from "../../lib/db/migrator";
import { ensureDatabase } from "../../scripts/lib/embedded-postgres";

export async function useOwnDatabase(label: string): Promise<string> {
  const database = `kc_${label}_${Date.now()}_${process.pid}`;
  const baseUrl = inject("baseUrl");
  await ensureDatabase(baseUrl, database);
  const url = `${baseUrl}/${database}`;
  await applyMigrations(url);
  process.env.DATABASE_URL = url;
  return url;
}
