// A database of one test file's own on the integration cluster, migrated, and made the lib's
// DATABASE_URL before anything opens the lib's client: for tests whose row counts or global rows
// (plan years, notices for everyone) must be theirs alone.
import { inject } from "vitest";
import type { Db } from "../../lib/db/client";
import { applyMigrations } from "../../lib/db/migrator";
import { ensureDatabase } from "../../scripts/lib/embedded-postgres";

export async function useOwnDatabase(label: string): Promise<string> {
  const database = `kc_${label}_${Date.now()}_${process.pid}`;
  const baseUrl = inject("baseUrl");
  await ensureDatabase(baseUrl, database);
  const url = `${baseUrl}/${database}`;
  await applyMigrations(url);
  process.env.DATABASE_URL = url;
  process.env.DATABASE_READ_URL = "";
  return url;
}

/** Rows per table of the database, but the audit trail (a refused access is logged there, by design). */
export async function rowCounts(db: Db): Promise<Record<string, number>> {
  const tables = await db.$queryRaw<{ tablename: string }[]>`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('_prisma_migrations', 'AuditLog') ORDER BY 1`;
  const sql = tables.map((t) => `SELECT '${t.tablename}' AS t, count(*)::int AS n FROM "${t.tablename}"`).join(" UNION ALL ");
  const rows = await db.$queryRawUnsafe<{ t: string; n: number }[]>(sql);
  return Object.fromEntries(rows.map((r) => [r.t, r.n]));
}
