// Rebuild and proof of the report aggregate (docs/decisions/030, issue #9 item 8): in one
// transaction, replace LedgerMonthTotal by the view "LedgerMonthTotalFromRecords" (the same sums
// computed from LedgerEntry), then prove equality with EXCEPT both ways. The transaction takes an
// exclusive lock on the table first, so no ledger insert (whose trigger writes it) interleaves and
// the records cannot change under it: the view is evaluated once, into a temporary table, and the
// drift, the insert and the proof read that (decision 068: six evaluations held ledger writes
// for 30–52 s at scale 40).
import type { Db } from "../db/client";

const COLUMNS = `"year", "month", "provinceId", "fundingSourceId", "implementerId", "projectKind", "planYear", "contentCategoryId", kind, programme, amount, entries`;

export type RebuildResult = {
  before: number;
  /** How far the maintained table was from the records before the rebuild (0/0: the trigger kept it exact). */
  driftBefore: { onlyInTable: number; onlyInRecords: number };
  rebuilt: number;
  fromRecords: number;
  onlyInTable: number;
  onlyInRecords: number;
  /** The rebuilt table equals the records, and so did the table before it. */
  equal: boolean;
};

/** The rows that differ between the table and the view, each way (0 and 0 when they are equal). */
export async function compareLedgerMonthTotals(client: Pick<Db, "$queryRawUnsafe">, records = `"LedgerMonthTotalFromRecords"`): Promise<{ onlyInTable: number; onlyInRecords: number }> {
  const [row] = await client.$queryRawUnsafe<{ a: number; b: number }[]>(`
    WITH r AS MATERIALIZED (SELECT ${COLUMNS} FROM ${records})
    SELECT (SELECT count(*)::int FROM (SELECT ${COLUMNS} FROM "LedgerMonthTotal" EXCEPT ALL SELECT ${COLUMNS} FROM r) x) AS a,
           (SELECT count(*)::int FROM (SELECT ${COLUMNS} FROM r EXCEPT ALL SELECT ${COLUMNS} FROM "LedgerMonthTotal") y) AS b`);
  return { onlyInTable: row!.a, onlyInRecords: row!.b };
}

export async function rebuildLedgerMonthTotals(client: Db): Promise<RebuildResult> {
  return client.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`LOCK TABLE "LedgerMonthTotal" IN EXCLUSIVE MODE`);
    const count = async (table: string) => (await tx.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table}"`))[0]!.n;
    await tx.$executeRawUnsafe(`CREATE TEMPORARY TABLE kc_records ON COMMIT DROP AS SELECT ${COLUMNS} FROM "LedgerMonthTotalFromRecords"`);
    const before = await count("LedgerMonthTotal");
    const driftBefore = await compareLedgerMonthTotals(tx, "kc_records");
    await tx.$executeRawUnsafe(`DELETE FROM "LedgerMonthTotal"`);
    const rebuilt = await tx.$executeRawUnsafe(`INSERT INTO "LedgerMonthTotal" (id, ${COLUMNS}) SELECT gen_random_uuid(), ${COLUMNS} FROM kc_records`);
    const fromRecords = (await tx.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM kc_records`))[0]!.n;
    const diff = await compareLedgerMonthTotals(tx, "kc_records");
    const exact = (d: typeof diff) => d.onlyInTable === 0 && d.onlyInRecords === 0;
    return { before, driftBefore, rebuilt, fromRecords, ...diff, equal: exact(diff) && exact(driftBefore) };
  }, { timeout: 120_000 });
}
