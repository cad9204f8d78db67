// Idempotent batch writes for the seed. `upsert` matches rows on their natural key, keeps the id of
// a row that already exists, creates the missing ones in one createMany, and updates only rows whose
// seeded fields differ, so a second run issues almost no writes. `insertOnly` is for append-only or
// key-only tables (LedgerEntry refuses UPDATE by trigger; UserRole and ProjectContent are all key).
import type { PrismaClient } from "../../lib/db/generated/client";

type Row = Record<string, unknown>;
type Delegate = {
  findMany(args: { where?: object; select?: object }): Promise<Row[]>;
  createMany(args: { data: Row[]; skipDuplicates?: boolean }): Promise<{ count: number }>;
  update(args: { where: object; data: Row }): unknown;
};

export type Table =
  | "zone" | "socioEconomicRegion" | "province" | "provinceSuccession" | "zoneMembership" | "regionMembership" | "commune"
  | "organisation" | "organisationName" | "user" | "userRole" | "userScope" | "facility" | "facilityOwnerContact"
  | "fundingSource" | "planYear" | "contentCatalogVersion" | "contentCategory" | "supportNorm"
  | "project" | "projectContent" | "projectBeneficiary" | "projectBudgetLine" | "projectTransition" | "appraisal" | "criterionScore"
  | "decision" | "annualPlan" | "planVersion" | "planItem" | "planAdjustment" | "budgetAllocation" | "ledgerEntry" | "provincialReport" | "advanceRule" | "implementationDeadline" | "councilQuorumRule"
  | "contract" | "contractVersion" | "paymentScheduleItem" | "ledgerYearClosing" | "progressReport" | "progressReportLine"
  | "inspection" | "inspectionFinding" | "acceptance" | "acceptanceLine" | "outcomeRecord" | "settlement" | "liquidation" | "projectStop";

export type UpsertOptions = {
  /** Natural key of a row, computed the same way from a desired row and from a stored one. */
  key: (row: Row) => string;
  /** Narrows the rows loaded for matching; the whole table when omitted (reference tables are small). */
  where?: object;
  /** Primary-key column, "id" unless the table is keyed otherwise (PlanYear.year). */
  idField?: string;
  /** Fields written on create only (User.passwordHash: a re-run must not reset a changed password). */
  createOnly?: readonly string[];
};

/** Normalises a value for comparison and for natural keys: dates by instant, bigints by digits. */
export function norm(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "bigint") return `${v}n`;
  if (v === undefined) return null;
  if (Array.isArray(v)) return JSON.stringify(v.map(norm));
  return v;
}

/** A natural key from its parts. */
export const k = (...parts: unknown[]): string => parts.map((p) => String(norm(p))).join("|");

const CHUNK_PARAMS = 20_000;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export type Stats = Record<string, { created: number; updated: number }>;

export class Seeder {
  readonly stats: Stats = {};
  constructor(readonly db: PrismaClient) {}

  private delegate(table: Table): Delegate {
    return this.db[table] as unknown as Delegate;
  }

  private count(table: Table, created: number, updated: number): void {
    const s = (this.stats[table] ??= { created: 0, updated: 0 });
    s.created += created;
    s.updated += updated;
  }

  /** Upserts `rows` by natural key and returns natural key → stored id. */
  async upsert<R extends Row>(table: Table, rows: readonly R[], opts: UpsertOptions): Promise<Map<string, string>> {
    const idField = opts.idField ?? "id";
    const d = this.delegate(table);
    const existing = new Map<string, Row>();
    for (const where of this.whereChunks(opts.where)) {
      for (const row of await d.findMany({ where })) existing.set(opts.key(row), row);
    }
    const ids = new Map<string, string>();
    const toCreate: Row[] = [];
    const toUpdate: { where: object; data: Row }[] = [];
    for (const row of rows) {
      const key = opts.key(row);
      if (ids.has(key)) throw new Error(`seed: duplicate natural key ${table} ${key}`);
      const stored = existing.get(key);
      if (!stored) {
        toCreate.push(row);
        ids.set(key, String(row[idField]));
        continue;
      }
      ids.set(key, String(stored[idField]));
      const changed: Row = {};
      for (const [field, value] of Object.entries(row)) {
        if (field === idField || value === undefined || opts.createOnly?.includes(field)) continue;
        if (norm(value) !== norm(stored[field])) changed[field] = value;
      }
      if (Object.keys(changed).length > 0) toUpdate.push({ where: { [idField]: stored[idField] }, data: changed });
    }
    await this.createMany(d, toCreate, false);
    for (const batch of chunks(toUpdate, 500)) {
      await this.db.$transaction(batch.map((u) => d.update(u)) as never);
    }
    this.count(table, toCreate.length, toUpdate.length);
    return ids;
  }

  /** Inserts rows whose primary key is not there yet; never updates (append-only and key-only tables). */
  async insertOnly<R extends Row>(table: Table, rows: readonly R[]): Promise<void> {
    const d = this.delegate(table);
    let missing: readonly Row[] = rows;
    // Rows with an id: ask which ids exist (cheap) rather than send every row again on a re-run.
    if (rows.length > 0 && typeof rows[0]!.id === "string") {
      const existing = new Set<unknown>();
      for (const where of this.whereChunks({ id: { in: rows.map((r) => r.id) } })) {
        for (const row of await d.findMany({ where, select: { id: true } })) existing.add(row.id);
      }
      missing = rows.filter((r) => !existing.has(r.id));
    }
    const created = await this.createMany(d, missing, true);
    this.count(table, created, 0);
  }

  private async createMany(d: Delegate, rows: readonly Row[], skipDuplicates: boolean): Promise<number> {
    if (rows.length === 0) return 0;
    const size = Math.max(1, Math.floor(CHUNK_PARAMS / Math.max(1, Object.keys(rows[0]!).length)));
    let created = 0;
    for (const batch of chunks(rows, size)) created += (await d.createMany({ data: batch, skipDuplicates })).count;
    return created;
  }

  /** Splits a `{ field: { in: [...] } }` filter into chunks so that no query carries too many parameters. */
  private whereChunks(where: object | undefined): object[] {
    if (!where) return [{}];
    const entries = Object.entries(where);
    const [field, cond] = entries[0] ?? [];
    if (entries.length === 1 && field && cond && typeof cond === "object" && Array.isArray((cond as { in?: unknown }).in)) {
      const values = (cond as { in: unknown[] }).in;
      if (values.length === 0) return [];
      return chunks(values, 5_000).map((part) => ({ [field]: { in: part } }));
    }
    return [where];
  }
}
