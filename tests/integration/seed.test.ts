// The seed is idempotent (a second run creates nothing and loses nothing) and reproduces the
// published figures as totals the app computes. Runs on a database of its own.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../../lib/db/client";
import { applyMigrations } from "../../lib/db/migrator";
import { seed } from "../../prisma/seed";
import { dropDatabase, ensureDatabase } from "../../scripts/lib/embedded-postgres";
import { docsFigures, ledgerReplayViolations } from "./seed-checks";

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

const rows = async (query: string) => (await sql.query(query)).rows;
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
    expect(await scalar(`SELECT count(*) FROM "AdvanceRule" WHERE status = 'BASELINE' AND "advanceCapBp" = 7000 AND "code" NOT LIKE 'TEST-%'`)).toBe("15");
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

  it("gives every đề án from CONTRACTED on one main contract with the right parties, value and dates", async () => {
    const contracted = `EXISTS (SELECT 1 FROM "ProjectTransition" t WHERE t."projectId" = p.id AND t."toStatus" = 'CONTRACTED')`;
    const main = `c.kind IN ('CONTRACT', 'TASK_ASSIGNMENT')`;
    expect(await rows(`SELECT p.code FROM "Project" p WHERE ${contracted} AND (SELECT count(*) FROM "Contract" c WHERE c."projectId" = p.id AND ${main}) <> 1`)).toEqual([]);
    expect(await rows(`SELECT p.code FROM "Project" p JOIN "Contract" c ON c."projectId" = p.id WHERE NOT ${contracted}`)).toEqual([]);
    expect(Number(await scalar(`SELECT count(*) FROM "Contract" c WHERE ${main}`))).toBeGreaterThan(300);
    // Task assignment exactly for the regional centres; bên A the Cục (KCQG) or the SCT of the province (KCĐP); value the approved amount.
    expect(await rows(`
      SELECT p.code, c.number FROM "Contract" c JOIN "Project" p ON p.id = c."projectId" JOIN "Organisation" b ON b.id = c."partyBId" JOIN "Organisation" a ON a.id = c."partyAId" JOIN "FundingSource" f ON f.id = p."fundingSourceId"
      WHERE ${main} AND (b.id <> p."implementerId" OR (c.kind = 'TASK_ASSIGNMENT') <> (b.kind = 'REGIONAL_CENTRE')
        OR (f.code = 'KCQG' AND a.code <> 'CUC') OR (f.code = 'KCDP' AND (a.kind <> 'SCT' OR a."provinceId" <> p."provinceId"))
        OR c.value <> coalesce(p."approvedAmount", p."supportAmount")
        OR c."signedOn" < (SELECT min(t.at)::date FROM "ProjectTransition" t WHERE t."projectId" = p.id AND t."toStatus" = 'IN_PLAN')
        OR c."signedOn" > (SELECT coalesce(min(l."occurredOn"), c."signedOn") FROM "LedgerEntry" l WHERE l."contractId" = c.id))`)).toEqual([]);
    // Version 1 repeats the contract as signed; schedules add up to the value and name their rule.
    expect(await rows(`SELECT c.number FROM "Contract" c LEFT JOIN "ContractVersion" v ON v."contractId" = c.id AND v."versionNo" = 1 WHERE v.id IS NULL OR v.value <> c.value OR v."signedOn" <> c."signedOn"`)).toEqual([]);
    expect(await rows(`SELECT c.number FROM "Contract" c WHERE c.value <> (SELECT sum(amount) FROM "PaymentScheduleItem" s WHERE s."contractId" = c.id AND s."advanceRuleId" IS NOT NULL)`)).toEqual([]);
    // Support contracts: a beneficiary of the same đề án, under its main contract.
    expect(await rows(`SELECT c.number FROM "Contract" c JOIN "ProjectBeneficiary" b ON b.id = c."beneficiaryId" JOIN "Contract" m ON m.id = c."parentId" WHERE c.kind = 'SUPPORT_CONTRACT' AND (b."projectId" <> c."projectId" OR m."projectId" <> c."projectId")`)).toEqual([]);
    expect(Number(await scalar(`SELECT count(*) FROM "Contract" c JOIN "Contract" m ON m.id = c."parentId" WHERE m.kind = 'TASK_ASSIGNMENT'`))).toBeGreaterThan(20);
  });

  it("puts every seeded ledger entry on a main contract, with a voucher and no idempotency key", async () => {
    expect(await scalar(`SELECT count(*) FROM "LedgerEntry" l LEFT JOIN "Contract" c ON c.id = l."contractId" WHERE c.id IS NULL OR c.kind = 'SUPPORT_CONTRACT' OR l."voucherRef" IS NULL OR l."idempotencyKey" IS NOT NULL OR l."projectId" <> c."projectId"`)).toBe("0");
    expect(Number(await scalar(`SELECT count(*) FROM "LedgerEntry" WHERE "treasuryRef" IS NOT NULL`))).toBeGreaterThan(100);
    expect(Number(await scalar(`SELECT count(*) FROM "LedgerEntry" WHERE kind = 'SETTLEMENT'`))).toBeGreaterThan(100);
    // The settlement clears exactly the advances, after acceptance.
    expect(await rows(`
      SELECT p.code FROM "Project" p WHERE p.status IN ('SETTLED', 'LIQUIDATED') AND
        (SELECT coalesce(sum(amount), 0) FROM "LedgerEntry" WHERE "projectId" = p.id AND kind = 'SETTLEMENT') <> (SELECT coalesce(sum(amount), 0) FROM "LedgerEntry" WHERE "projectId" = p.id AND kind = 'ADVANCE')
        OR EXISTS (SELECT 1 FROM "LedgerEntry" l WHERE l."projectId" = p.id AND l.kind = 'SETTLEMENT' AND l."occurredOn" < (SELECT max("acceptedOn") FROM "Acceptance" WHERE "projectId" = p.id))`)).toEqual([]);
  });

  it("breaks no ledger invariant when each contract's entries are replayed in recording order", async () => {
    expect(await ledgerReplayViolations(sql)).toEqual([]);
  });

  it("keeps the report aggregate (LedgerMonthTotal) equal to the seeded ledger, key by key (decision 030)", async () => {
    const cols = `"year", "month", "provinceId", "fundingSourceId", "implementerId", "projectKind", "planYear", "contentCategoryId", kind, programme, amount, entries`;
    const diff = await scalar(`SELECT count(*) FROM ((SELECT ${cols} FROM "LedgerMonthTotal" EXCEPT SELECT ${cols} FROM "LedgerMonthTotalFromRecords") UNION ALL (SELECT ${cols} FROM "LedgerMonthTotalFromRecords" EXCEPT SELECT ${cols} FROM "LedgerMonthTotal")) d`);
    expect(diff).toBe("0");
    expect(Number(await scalar(`SELECT sum(entries) FROM "LedgerMonthTotal"`))).toBe(Number(await scalar(`SELECT count(*) FROM "LedgerEntry"`)));
  });

  it("records acceptances whose lines add up to the accepted and disbursed amounts, and closes accepted work", async () => {
    expect(await rows(`SELECT a.id FROM "Acceptance" a WHERE a."acceptedValue" <> (SELECT coalesce(sum("supportValue"), 0) FROM "AcceptanceLine" WHERE "acceptanceId" = a.id) OR a."counterpartValue" <> (SELECT coalesce(sum("counterpartValue"), 0) FROM "AcceptanceLine" WHERE "acceptanceId" = a.id)`)).toEqual([]);
    expect(await rows(`
      SELECT p.code FROM "Project" p WHERE EXISTS (SELECT 1 FROM "ProjectTransition" t WHERE t."projectId" = p.id AND t."toStatus" = 'ACCEPTED')
        AND coalesce((SELECT sum("acceptedValue") FROM "Acceptance" WHERE "projectId" = p.id), -1) <> (SELECT coalesce(sum(CASE kind WHEN 'REFUND' THEN -amount ELSE amount END), 0) FROM "LedgerEntry" WHERE "projectId" = p.id AND kind IN ('ADVANCE', 'PAYMENT', 'REFUND'))`)).toEqual([]);
    expect((await rows(`SELECT form, count(*)::int AS n FROM "Acceptance" GROUP BY form ORDER BY form`)).map((r) => r.form)).toEqual(["MAU_5A", "MAU_5B", "MAU_5C"]);
    expect(await rows(`SELECT p.code FROM "Project" p LEFT JOIN "Contract" c ON c."projectId" = p.id AND c.kind <> 'SUPPORT_CONTRACT' LEFT JOIN "Settlement" s ON s."contractId" = c.id WHERE p.status IN ('SETTLED', 'LIQUIDATED') AND (s.id IS NULL OR s."submittedOn" > s."decidedOn")`)).toEqual([]);
    // Liquidation (Mẫu 6) no later than 22 January of the year after the đề án ends.
    expect(await rows(`SELECT p.code FROM "Project" p LEFT JOIN "Contract" c ON c."projectId" = p.id AND c.kind <> 'SUPPORT_CONTRACT' LEFT JOIN "Liquidation" q ON q."contractId" = c.id WHERE p.status = 'LIQUIDATED' AND (q.id IS NULL OR q."liquidatedOn" > make_date(p."endYear" + 1, 1, 22))`)).toEqual([]);
    expect(await rows(`SELECT p.code, s."refundDue"::text AS due FROM "ProjectStop" s JOIN "Project" p ON p.id = s."projectId"`)).toEqual([
      { code: expect.any(String), due: await scalar(`SELECT sum(amount)::text FROM "LedgerEntry" WHERE kind = 'REFUND'`) },
    ]);
    expect(Number(await scalar(`SELECT count(*) FROM "InspectionFinding" WHERE status = 'OPEN' AND "dueOn" < '2026-11-20'`))).toBe(1);
    expect(Number(await scalar(`SELECT count(*) FROM "ProgressReport" WHERE "confirmedById" IS NOT NULL`))).toBeGreaterThan(50);
  });

  it("leaves the Playwright journey's đề án signed and untouched: TTKC1, new Thanh Hóa, one beneficiary", async () => {
    const [journey] = await rows(`
      SELECT p.code, c.kind, c.number, c.status, (SELECT count(*)::int FROM "ProjectBeneficiary" WHERE "projectId" = p.id) AS beneficiaries,
        (SELECT count(*)::int FROM "Contract" WHERE "projectId" = p.id) AS contracts, (SELECT count(*)::int FROM "LedgerEntry" WHERE "projectId" = p.id) AS entries,
        (SELECT count(*)::int FROM "ProgressReport" WHERE "projectId" = p.id) AS reports
      FROM "Project" p JOIN "Contract" c ON c."projectId" = p.id JOIN "Organisation" o ON o.id = p."implementerId"
      WHERE p.code = 'KCQG-2026-38-005' AND o.code = 'TTKC1' AND p.status = 'CONTRACTED' AND p."provinceId" = (SELECT id FROM "Province" WHERE code = '38' AND "validTo" IS NULL)`);
    expect(journey).toEqual({ code: "KCQG-2026-38-005", kind: "TASK_ASSIGNMENT", number: "03/2026/QĐ-GNV", status: "SIGNED", beneficiaries: 1, contracts: 1, entries: 0, reports: 0 });
  });

  it("still reproduces every figure published in docs/demo-data.md (its Checking SQL)", async () => {
    const figures = await docsFigures(sql);
    expect(figures.map((f) => f.label)).toEqual(["KCQG 2022", "allocated 2022", "Centre 1", "North 2021 KCQG", "North 2022 KCQG"]);
    for (const f of figures) expect({ [f.label]: f.actual }).toEqual({ [f.label]: f.expected });
  });
});
