// The seed is idempotent (a second run creates nothing and loses nothing) and reproduces the
// published figures as totals the app computes. Runs on a database of its own.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../../lib/db/client";
import { applyMigrations } from "../../lib/db/migrator";
import { seed } from "../../prisma/seed";
import { dropDatabase, ensureDatabase } from "../../scripts/lib/embedded-postgres";

const baseUrl = inject("baseUrl");
const name = `kc_seed_${process.pid}`;
const url = `${baseUrl}/${name}`;
const sql = new pg.Client({ connectionString: url });

async function rowCounts(): Promise<Record<string, number>> {
  const { rows } = await sql.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`);
  const counts: Record<string, number> = {};
  for (const { table_name } of rows) counts[table_name] = Number((await sql.query(`SELECT count(*) FROM "${table_name}"`)).rows[0].count);
  return counts;
}

const scalar = async (query: string, params: unknown[] = []) => String(Object.values((await sql.query(query, params)).rows[0] ?? {})[0]);

beforeAll(async () => {
  await ensureDatabase(baseUrl, name);
  await applyMigrations(url);
  await sql.connect();
}, 120_000);

afterAll(async () => {
  await sql.end();
  await dropDatabase(baseUrl, name);
});

describe("seed", () => {
  it("creates the same rows once: a second run creates, updates and deletes nothing", async () => {
    const db = createDb(url);
    try {
      const first = await seed(db, { demo: true });
      expect(first.created).toBeGreaterThan(5_000);
      const before = await rowCounts();
      const second = await seed(db, { demo: true });
      expect({ created: second.created, updated: second.updated }).toEqual({ created: 0, updated: 0 });
      expect(await rowCounts()).toEqual(before);
    } finally {
      await db.$disconnect();
    }
  }, 120_000);

  it("seeds the advance rules as dated configuration, BASELINE until confirmed, 70 % cap", async () => {
    expect(await scalar(`SELECT count(*) FROM "AdvanceRule" WHERE status = 'BASELINE' AND "advanceCapBp" = 7000 AND "legalBasis" LIKE '%chưa xác nhận%' AND "code" NOT LIKE 'TEST-%'`)).toBe("15");
    expect(await scalar(`SELECT "firstAdvanceBp"::text FROM "AdvanceRule" WHERE code = 'HA_TANG_CCN'`)).toBe("3000");
    expect(await scalar(`SELECT count(*) FROM "LedgerEntry" WHERE amount <= 0`)).toBe("0");
  });

  it("loads the 63 and the 34 provinces with succession (15 was Yên Bái, is Lào Cai)", async () => {
    expect(await scalar(`SELECT count(*) FROM "Province" WHERE "validTo" = '2025-07-01'`)).toBe("63");
    expect(await scalar(`SELECT count(*) FROM "Province" WHERE "validTo" IS NULL`)).toBe("34");
    const code15 = (await sql.query(`SELECT name FROM "Province" WHERE code = '15' ORDER BY "validFrom"`)).rows.map((r) => r.name);
    expect(code15).toEqual(["Yên Bái", "Lào Cai"]);
    expect(await scalar(`SELECT count(*) FROM "ProvinceSuccession"`)).toBe("63");
    const zones = (await sql.query(`SELECT z.code, count(*)::int AS n FROM "ZoneMembership" m JOIN "Zone" z ON z.id = m."zoneId" WHERE m.official GROUP BY z.code ORDER BY z.code`)).rows;
    expect(zones).toEqual([{ code: "BAC", n: 28 }, { code: "NAM", n: 20 }, { code: "TRUNG_TAY_NGUYEN", n: 15 }]);
  });

  it("reproduces KCQG 2022: 140 tỷ for 122 đề án in 47 provinces, 28,98 tỷ allocated (20,70 %)", async () => {
    const plan = (await sql.query(`
      SELECT sum(i.amount)::text AS total, count(i."projectId")::int AS projects, count(DISTINCT i."provinceId")::int AS provinces
      FROM "PlanItem" i JOIN "PlanVersion" v ON v.id = i."planVersionId" JOIN "AnnualPlan" p ON p.id = v."planId" JOIN "FundingSource" f ON f.id = p."fundingSourceId"
      WHERE p."planYear" = 2022 AND p.level = 'NATIONAL' AND f.code = 'KCQG'
        AND v."versionNo" = (SELECT max("versionNo") FROM "PlanVersion" WHERE "planId" = p.id)`)).rows[0];
    expect(plan).toEqual({ total: "140000000000", projects: 122, provinces: 47 });
    expect(await scalar(`SELECT sum(a.amount)::text FROM "BudgetAllocation" a JOIN "FundingSource" f ON f.id = a."fundingSourceId" WHERE a."planYear" = 2022 AND f.code = 'KCQG'`)).toBe("28980000000");
  });

  it("reproduces Yên Bái 2019: one KCQG group đề án with 3 beneficiaries, 900 triệu", async () => {
    const rows = (await sql.query(`
      SELECT p."supportAmount"::text AS support, p.kind, (SELECT count(*)::int FROM "ProjectBeneficiary" b WHERE b."projectId" = p.id) AS beneficiaries
      FROM "Project" p JOIN "Province" pr ON pr.id = p."provinceId" JOIN "FundingSource" f ON f.id = p."fundingSourceId"
      WHERE p."planYear" = 2019 AND pr.name = 'Yên Bái' AND f.code = 'KCQG'`)).rows;
    expect(rows).toEqual([{ support: "900000000", kind: "GROUP", beneficiaries: 3 }]);
  });
});
