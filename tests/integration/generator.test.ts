// The synthetic national dataset (scripts/generate, docs/decisions/055) at a tiny scale, in a
// database of its own on the test cluster: it is coherent with the rules the app enforces, and
// the app's own queries run on it. No timings here: the generator prints its own.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadActor } from "../../lib/auth/load-actor";
import { createDb, type Db } from "../../lib/db/client";
import { compareLedgerMonthTotals } from "../../lib/reports/rebuild";
import { generate, type GenerateResult } from "../../scripts/generate/index";
import { CUC_EMAIL } from "../../scripts/generate/people";
import { dropDatabase } from "../../scripts/lib/embedded-postgres";

const database = `kc_gen_${process.pid}`;
const url = `${inject("baseUrl")}/${database}`;
const holder = globalThis as unknown as { khuyenCongDb?: Db };
let previous: Db | undefined;
let client: Db;
let raw: pg.Client;
let result: GenerateResult;

const one = async <T extends pg.QueryResultRow>(sql: string) => (await raw.query<T>(sql)).rows;

beforeAll(async () => {
  // Three plan years (2024 on the 63 provinces, 2025 across the merger, 2026 on the 34) at 6 % of a real year.
  result = await generate({ url, scale: 0.05, seed: "it", years: 3, perYear: 0.06 });
  client = createDb(url);
  // lib queries use the shared client; point it at the generated database for this file.
  previous = holder.khuyenCongDb;
  holder.khuyenCongDb = client;
  raw = new pg.Client({ connectionString: url });
  await raw.connect();
}, 300_000);

afterAll(async () => {
  holder.khuyenCongDb = previous;
  await raw?.end();
  await client?.$disconnect();
  await dropDatabase(inject("baseUrl"), database).catch(() => undefined);
});

describe("generated national data", () => {
  it("has the volumes of its scale", () => {
    expect(result.years).toEqual([2024, 2025, 2026]);
    const c = result.counts;
    // 3 × 6 % of ~2 300 đề án, plus next year's registrations.
    expect(c.Project).toBeGreaterThan(350);
    expect(c.Project).toBeLessThan(500);
    expect(c.Facility).toBeGreaterThan(c.Project! / 2);
    expect(c.LedgerEntry).toBeGreaterThan(c.Project! * 4);
    expect(c.ProgressReport).toBeGreaterThan(c.Project!);
    expect(c.Contract).toBeGreaterThan(c.Project! / 2);
    for (const table of ["AnnualPlan", "PlanVersion", "PlanItem", "Decision", "BudgetAllocation", "Acceptance", "Settlement", "Liquidation", "ProjectTransition", "ProjectBeneficiary", "User", "LedgerMonthTotal"]) {
      expect(c[table], table).toBeGreaterThan(0);
    }
  });

  it("gives every province its periodic reports, on the map in force at each cut-off", async () => {
    const rows = await one<{ year: number; period: string; provinces: number; wrong: number }>(`
      SELECT r.year, r.period::text, count(DISTINCT r."provinceId")::int AS provinces,
             count(*) FILTER (WHERE NOT (p."validFrom" <= r."cutOffDate" AND (p."validTo" IS NULL OR p."validTo" > r."cutOffDate")))::int AS wrong
        FROM "ProvincialReport" r JOIN "Province" p ON p.id = r."provinceId" GROUP BY 1, 2 ORDER BY 1, 2`);
    expect(rows.every((r) => r.wrong === 0)).toBe(true);
    const of = (year: number, period: string) => rows.find((r) => r.year === year && r.period === period)?.provinces;
    expect(of(2024, "YEAR")).toBe(63);
    expect(of(2025, "H1")).toBe(63);
    expect(of(2025, "M9")).toBe(34);
    expect(of(2026, "M9")).toBe(34);
  });

  it("puts every đề án in a province in force on 1 January of its plan year", async () => {
    const [row] = await one<{ n: number }>(`
      SELECT count(*)::int AS n FROM "Project" j JOIN "Province" p ON p.id = j."provinceId"
       WHERE NOT (p."validFrom" <= make_date(LEAST(j."planYear", 2026), 1, 1) AND (p."validTo" IS NULL OR p."validTo" > make_date(LEAST(j."planYear", 2026), 1, 1)))`);
    expect(row!.n).toBe(0);
    const [none] = await one<{ n: number }>(`SELECT count(*)::int AS n FROM "Project" WHERE "provinceId" IS NULL`);
    expect(none!.n).toBe(0);
  });

  it("records every ledger entry on a contract of its own đề án, in a status that takes entries", async () => {
    const [row] = await one<{ orphan: number; other: number; status: number; unsigned: number }>(`
      SELECT count(*) FILTER (WHERE c.id IS NULL)::int AS orphan,
             count(*) FILTER (WHERE c."projectId" <> e."projectId")::int AS other,
             count(*) FILTER (WHERE p.status NOT IN ('CONTRACTED', 'IN_PROGRESS', 'CARRIED_OVER', 'ACCEPTED', 'SETTLED', 'LIQUIDATED', 'STOPPED'))::int AS status,
             count(*) FILTER (WHERE c."signedOn" IS NULL OR e."occurredOn" < c."signedOn" OR c.status = 'DRAFT')::int AS unsigned
        FROM "LedgerEntry" e LEFT JOIN "Contract" c ON c.id = e."contractId" JOIN "Project" p ON p.id = e."projectId"`);
    expect(row).toEqual({ orphan: 0, other: 0, status: 0, unsigned: 0 });
  });

  it("keeps every contract's ledger within its value, its advances within 70 % and its outstanding advance non-negative", async () => {
    const rows = await one<{ number: string; value: string; disbursed: string; advanced: string; outstanding: string }>(`
      SELECT c.number, c.value::text, s.disbursed::text, s.advanced::text, s.outstanding::text FROM "Contract" c JOIN (
        SELECT e."contractId",
               SUM(CASE WHEN e.kind IN ('ADVANCE', 'PAYMENT') THEN e.amount WHEN e.kind = 'REFUND' THEN -e.amount ELSE 0 END) AS disbursed,
               SUM(CASE WHEN e.kind = 'ADVANCE' THEN e.amount ELSE 0 END) AS advanced,
               SUM(CASE WHEN e.kind = 'ADVANCE' THEN e.amount WHEN e.kind IN ('SETTLEMENT', 'REFUND') THEN -e.amount ELSE 0 END) AS outstanding
          FROM "LedgerEntry" e JOIN "FundingSource" f ON f.id = e."fundingSourceId" WHERE f.code <> 'COUNTERPART' GROUP BY 1) s ON s."contractId" = c.id`);
    expect(rows.length).toBeGreaterThan(100);
    const over = rows.filter((r) => BigInt(r.disbursed) > BigInt(r.value) || BigInt(r.advanced) * 10n > BigInt(r.value) * 7n || BigInt(r.outstanding) < 0n);
    expect(over).toEqual([]);
  });

  it("pays balances only after acceptance and settles only accepted đề án", async () => {
    const [row] = await one<{ early: number }>(`
      SELECT count(*)::int AS early FROM "LedgerEntry" e JOIN "FundingSource" f ON f.id = e."fundingSourceId"
       WHERE e.kind IN ('PAYMENT', 'SETTLEMENT') AND NOT EXISTS (SELECT 1 FROM "Acceptance" a WHERE a."projectId" = e."projectId" AND a."acceptedOn" <= e."occurredOn")`);
    expect(row!.early).toBe(0);
  });

  it("plans exactly the đề án that reached the plan, at their approved amount", async () => {
    const [row] = await one<{ missing: number; wrong: number }>(`
      SELECT count(*) FILTER (WHERE i.id IS NULL)::int AS missing, count(*) FILTER (WHERE i.amount <> p."approvedAmount")::int AS wrong
        FROM "Project" p LEFT JOIN "PlanItem" i ON i."projectId" = p.id
       WHERE EXISTS (SELECT 1 FROM "ProjectTransition" t WHERE t."projectId" = p.id AND t."toStatus" = 'IN_PLAN')`);
    expect(row).toEqual({ missing: 0, wrong: 0 });
  });

  it("leaves the report aggregate equal to the ledger", async () => {
    expect(await compareLedgerMonthTotals(client)).toEqual({ onlyInTable: 0, onlyInRecords: 0 });
  });

  it("is the same again for the same seed", async () => {
    const again = `${database}_b`;
    const fingerprint = async (u: string) => {
      const c = new pg.Client({ connectionString: u });
      await c.connect();
      try {
        const q = (table: string, order: string) => `SELECT md5(string_agg(t::text, '|' ORDER BY ${order})) FROM "${table}" t`;
        const out: string[] = [];
        for (const [table, order] of [["Project", "id"], ["LedgerEntry", "id"], ["ProgressReport", "id"], ["ProvincialReport", "id"]] as const) out.push((await c.query<{ md5: string }>(q(table, order))).rows[0]!.md5);
        return out;
      } finally {
        await c.end();
      }
    };
    try {
      await generate({ url: `${inject("baseUrl")}/${again}`, scale: 0.05, seed: "it", years: 3, perYear: 0.06 });
      expect(await fingerprint(`${inject("baseUrl")}/${again}`)).toEqual(await fingerprint(url));
    } finally {
      await dropDatabase(inject("baseUrl"), again).catch(() => undefined);
    }
  }, 300_000);

  it("answers the app's own queries for a Cục user", async () => {
    const user = await client.user.findUniqueOrThrow({ where: { email: CUC_EMAIL }, select: { id: true } });
    const cuc = await loadActor(client, user.id);
    expect(cuc).not.toBeNull();
    const { listProjects, getProject } = await import("../../lib/projects/queries");
    const all = await listProjects(cuc!, { page: 1 });
    expect(all.total).toBe(result.counts.Project);
    const search = await listProjects(cuc!, { q: "may", page: 1 });
    expect(search.total).toBeGreaterThan(0);
    const detail = await getProject(cuc!, all.rows[0]!.id);
    expect(detail).not.toBeNull();
  });
});
