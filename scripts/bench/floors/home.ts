// The home page's dashboard data (app/(app)/page.tsx as the Cục: the summary, the plan years, the
// national KCQG figures per year as of today) against its floor: the counts and the status split
// in one query each, and every year's plan in force, allocated and disbursed in one query — the
// disbursed from LedgerMonthTotal for the months before today's and from the entries of today's
// month. Checked: every count and every year's figures.
import type pg from "pg";
import type { Actor } from "../../../lib/auth/actor";
import { currentPlanYear, formatIsoDay, vietnamToday } from "../../../lib/calendar";
import type { YearFigures } from "../../../lib/dashboard/figures";
import type { HomeSummary } from "../../../lib/dashboard/queries";
import { REPORT_BUDGET_MS, type BenchRow, type Median } from "../../bench-reports";

export type HomeReads = {
  getHomeSummary: (actor: Actor) => Promise<HomeSummary>;
  planYearNumbers: () => Promise<number[]>;
  issuedPlanYearNumbers: () => Promise<number[]>;
  nationalYearFigures: (actor: Actor, years: number[]) => Promise<YearFigures[] | null>;
};

/** The page's own sequence of reads. */
async function homeData(actor: Actor, reads: HomeReads) {
  const summary = await reads.getHomeSummary(actor);
  const [allYears, issuedYears] = await Promise.all([reads.planYearNumbers(), reads.issuedPlanYearNumbers()]);
  const figureYears = allYears.filter((y) => y <= currentPlanYear() || issuedYears.includes(y));
  return { summary, national: (await reads.nationalYearFigures(actor, figureYears.length ? figureYears : [currentPlanYear()]))! };
}

const disbursed = (amount: string) => `CASE WHEN kind IN ('ADVANCE', 'PAYMENT') THEN ${amount} WHEN kind = 'REFUND' THEN -${amount} ELSE 0 END`;
export const figuresSql = `
  WITH years AS (SELECT year FROM "PlanYear" WHERE year <= $2 OR year IN (SELECT "planYear" FROM "AnnualPlan" WHERE status = 'ISSUED')),
  kcqg AS (SELECT id FROM "FundingSource" WHERE code = 'KCQG'),
  ver AS (
    SELECT DISTINCT ON (a."planYear") a."planYear" AS year, v.id, v."versionNo" FROM "AnnualPlan" a JOIN "PlanVersion" v ON v."planId" = a.id
     WHERE a.level = 'NATIONAL' AND a.status = 'ISSUED' AND a."fundingSourceId" = (SELECT id FROM kcqg) AND a."planYear" IN (SELECT year FROM years) AND v."versionNo" > 0 AND v."effectiveOn" <= $1::date
     ORDER BY a."planYear", v."effectiveOn" DESC, v."versionNo" DESC),
  items AS (SELECT ver.year, ver."versionNo", COALESCE(SUM(i.amount), 0) AS planned, count(i."projectId") AS projects, count(DISTINCT i."provinceId") AS provinces FROM ver LEFT JOIN "PlanItem" i ON i."planVersionId" = ver.id GROUP BY 1, 2),
  alloc AS (SELECT "planYear" AS year, SUM(amount) AS allocated FROM "BudgetAllocation" WHERE "fundingSourceId" = (SELECT id FROM kcqg) AND "planYear" IN (SELECT year FROM years) AND "allocatedOn" <= $1::date GROUP BY 1),
  led AS (
    SELECT "planYear" AS year, SUM(${disbursed("amount")}) AS disbursed FROM "LedgerMonthTotal"
     WHERE programme AND "fundingSourceId" = (SELECT id FROM kcqg) AND "planYear" IN (SELECT year FROM years) AND make_date(year, month, 1) < date_trunc('month', $1::date) GROUP BY 1
    UNION ALL
    SELECT p."planYear", SUM(${disbursed(`CASE WHEN e."reversesId" IS NULL THEN e.amount ELSE -e.amount END`).replaceAll("kind", "e.kind")}) FROM "LedgerEntry" e JOIN "Project" p ON p.id = e."projectId"
     WHERE e."fundingSourceId" = (SELECT id FROM kcqg) AND p."planYear" IN (SELECT year FROM years) AND e."occurredOn" >= date_trunc('month', $1::date) AND e."occurredOn" <= $1::date AND kc_programme_money(e."contractId") GROUP BY 1)
  SELECT y.year, i."versionNo", COALESCE(i.planned, 0)::text AS planned, COALESCE(a.allocated, 0)::text AS allocated, COALESCE(l.disbursed, 0)::text AS disbursed,
         COALESCE(i.projects, 0)::int AS projects, COALESCE(i.provinces, 0)::int AS provinces
    FROM years y LEFT JOIN items i ON i.year = y.year LEFT JOIN alloc a ON a.year = y.year
    LEFT JOIN (SELECT year, SUM(disbursed) AS disbursed FROM led GROUP BY 1) l ON l.year = y.year ORDER BY 1`;

type FloorYear = { year: number; versionNo: number | null; planned: string; allocated: string; disbursed: string; projects: number; provinces: number };

async function homeFloor(raw: pg.Client) {
  const today = formatIsoDay(vietnamToday());
  const [counts] = (await raw.query<{ projects: number; facilities: number; provinces: number; organisations: number }>(
    `SELECT (SELECT count(*) FROM "Project")::int AS projects, (SELECT count(*) FROM "Facility")::int AS facilities,
            (SELECT count(*) FROM "Province" WHERE "validFrom" <= $1::date AND ("validTo" IS NULL OR "validTo" > $1::date))::int AS provinces,
            (SELECT count(*) FROM "Organisation" WHERE "validFrom" <= $1::date AND ("validTo" IS NULL OR "validTo" > $1::date))::int AS organisations`,
    [today],
  )).rows;
  const byStatus = (await raw.query<{ status: string; count: number }>(`SELECT status, count(*)::int AS count FROM "Project" GROUP BY 1`)).rows;
  const years = (await raw.query<FloorYear>(figuresSql, [today, currentPlanYear()])).rows;
  return { counts: counts!, byStatus, years };
}

export async function homeRow(raw: pg.Client, actor: Actor, median: Median, reads: HomeReads): Promise<BenchRow> {
  const name = "Trang chủ (tổng quan và số liệu toàn quốc theo năm), Cục";
  const core = await homeData(actor, reads);
  const floor = await homeFloor(raw);
  const s = core.summary;
  const countsOk = floor.counts.projects === s.projectCount && floor.counts.facilities === s.facilityCount && floor.counts.provinces === s.provinceCount && floor.counts.organisations === s.organisationCount
    && floor.byStatus.length === s.byStatus.length && floor.byStatus.every((f) => s.byStatus.some((c) => c.status === f.status && c.count === f.count));
  const yearsOk = floor.years.length === core.national.length && floor.years.every((f, i) => {
    const c = core.national[i]!;
    return c.year === f.year && c.planVersionNo === f.versionNo && c.planned === BigInt(f.planned) && c.allocated === BigInt(f.allocated) && c.disbursed === BigInt(f.disbursed) && c.projectCount === f.projects && c.provinceCount === f.provinces;
  });
  if (!countsOk || !yearsOk) throw new Error(`Sàn SQL không khớp "${name}": ${countsOk ? "" : `số đếm ${JSON.stringify(floor.counts)} / ${JSON.stringify({ ...s, byStatus: undefined })}; `}${yearsOk ? "" : `theo năm ${JSON.stringify(floor.years)} / ${JSON.stringify(core.national, (_, v) => (typeof v === "bigint" ? String(v) : v))}`}`);
  console.log(`${name}: ${floor.years.length} năm, sàn SQL = trang (khớp; ${s.projectCount} đề án)`);
  return { name, p50: await median(15, () => homeData(actor, reads)), floor: await median(15, () => homeFloor(raw)), budgetMs: REPORT_BUDGET_MS.national };
}
