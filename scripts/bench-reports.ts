// The reports of `npm run bench` (issue #9 item 8): the national overview (by zone), a zone page
// (by province, zone BAC) and a drill-down (by đề án, one northern province), 2022 at 30/9, basis
// recorded, each against its raw-SQL floor: one hand-written query through pg giving the same
// money figures per line (plan in force, allocated, contracted, executed from LedgerMonthTotal +
// the partial month + earlier multi-year đề án, disbursed outside the plan, the same at 30/9 last
// year, the KCĐP periodic path). The floor leaves out what only the core computes (outputs, outcomes, notes, labels), so
// the ratio is an upper bound on the core's overhead. Each row checks that the floor's totals are
// the report's (a floor of other figures would be no floor).
import type pg from "pg";
import type { Actor } from "../lib/auth/actor";
import { calendarDay } from "../lib/calendar";
import type { Db } from "../lib/db/client";
import type { Dimension, ReportFilter, ReportQuery } from "../lib/reports/types";

export type BenchRow = { name: string; p50: number; floor: number | null; budgetMs: number };
export type Median = (runs: number, fn: () => Promise<unknown>) => Promise<number>;
export type Build = (actor: Actor, query: ReportQuery, client: Db) => Promise<{ total: { current: { planAdjusted: bigint | null; executed: bigint | null }; lastYear: { executed: bigint | null }; disbursedOutsidePlan: bigint | null } }>;

/** The report year and cut-off (30/9) measured, and the same day of the year before. */
export type Period = { year: number; cut: string; lastCut: string };
export const periodOf = (year: number): Period => ({ year, cut: `${year}-09-30`, lastCut: `${year - 1}-09-30` });
/** Budgets at demo scale (decision 030); issue #12 sets the scale-40 ones. */
export const REPORT_BUDGET_MS = { national: 500, zone: 500, drill: 300 };

/**
 * `zoneProvinces`: the zone's province ids, read first (a filter on the province column reaches every branch).
 * `month`: the month dimension's keys ("01"…, "_periodic" for periodic cumulatives, "_none" for the plan and allocations).
 */
export type FloorGroup = { by: "zone" | "province" | "project" | "month"; zoneProvinces?: string[]; provinceId?: string };

/**
 * The floor: every money fact of both years (year, province as recorded, đề án, source) in one
 * CTE, the periodic path substituted for KCĐP where a province has no issued provincial KCĐP
 * plan, then summed by the line key.
 */
export function floorSql(g: FloorGroup, { year: YEAR, cut: CUT, lastCut: LAST_CUT }: Period): { text: string; values: unknown[] } {
  const key = g.by === "zone" ? `zm."zoneId"::text` : g.by === "province" ? `f.prov::text` : g.by === "month" ? `CASE WHEN f.periodic THEN '_periodic' ELSE COALESCE(lpad(f.month::text, 2, '0'), '_none') END` : `f.project::text`;
  // Only the month dimension groups by month: the other floors keep their coarser grain.
  const byMonth = g.by === "month";
  const month = (expr: string) => (byMonth ? expr : `NULL::int`);
  const where = g.zoneProvinces ? `AND f.prov = ANY($5::uuid[])` : g.provinceId ? `AND f.prov = $5::uuid` : "";
  // Executed (đề án of the year's plan) and disbursed outside the plan (other years' đề án) in one pass.
  // The drill-down reads entries of the window (the aggregate has no đề án), as the core does.
  const e = `CASE WHEN e.kind = 'REFUND' THEN -1 ELSE 1 END * CASE WHEN e."reversesId" IS NULL THEN e.amount ELSE -e.amount END`;
  const inPlan = `p."planYear" <= y.year AND p."endYear" >= y.year`;
  const ledger = g.by === "project"
    ? `SELECT y.year, p."provinceId", p.id, e."fundingSourceId", NULL::int, SUM(${e}) FILTER (WHERE ${inPlan}), SUM(${e}) FILTER (WHERE NOT (${inPlan}))
         FROM y JOIN "LedgerEntry" e ON e."occurredOn" BETWEEN make_date(y.year, 1, 1) AND y.cut JOIN "Project" p ON p.id = e."projectId"
        WHERE e.kind IN ('ADVANCE', 'PAYMENT', 'REFUND') AND kc_programme_money(e."contractId")
        GROUP BY 1, 2, 3, 4, 5`
    : `SELECT y.year, t."provinceId", NULL::uuid, t."fundingSourceId", ${month(`t.month`)}, SUM(CASE WHEN t.kind = 'REFUND' THEN -t.amount ELSE t.amount END) FILTER (WHERE t."planYear" = y.year),
              SUM(CASE WHEN t.kind = 'REFUND' THEN -t.amount ELSE t.amount END) FILTER (WHERE t."planYear" <> y.year)
         FROM y JOIN "LedgerMonthTotal" t ON t.year = y.year AND t.month <= y.full_months
        WHERE t.programme AND t.kind IN ('ADVANCE', 'PAYMENT', 'REFUND') GROUP BY 1, 2, 3, 4, 5
       UNION ALL
       SELECT y.year, p."provinceId", NULL::uuid, e."fundingSourceId", ${month(`EXTRACT(MONTH FROM e."occurredOn")::int`)}, SUM(${e}) FILTER (WHERE p."planYear" = y.year), SUM(${e}) FILTER (WHERE p."planYear" <> y.year)
         FROM y JOIN "LedgerEntry" e ON e."occurredOn" BETWEEN make_date(y.year, y.full_months + 1, 1) AND y.cut JOIN "Project" p ON p.id = e."projectId"
        WHERE y.full_months < EXTRACT(MONTH FROM y.cut) AND e.kind IN ('ADVANCE', 'PAYMENT', 'REFUND') AND kc_programme_money(e."contractId")
        GROUP BY 1, 2, 3, 4, 5
       UNION ALL
       -- Multi-year đề án of earlier plan years spanning the year: the year's, so out of "outside".
       SELECT y.year, p."provinceId", NULL::uuid, e."fundingSourceId", ${month(`EXTRACT(MONTH FROM e."occurredOn")::int`)}, SUM(${e}), -SUM(${e})
         FROM y JOIN "Project" p ON p."endYear" > p."planYear" AND p."planYear" < y.year AND p."endYear" >= y.year JOIN "LedgerEntry" e ON e."projectId" = p.id AND e."occurredOn" BETWEEN make_date(y.year, 1, 1) AND y.cut
        WHERE e.kind IN ('ADVANCE', 'PAYMENT', 'REFUND') AND kc_programme_money(e."contractId") GROUP BY 1, 2, 3, 4, 5`;
  const text = `
    WITH RECURSIVE chain(prov, succ, depth) AS (
      SELECT id, id, 0 FROM "Province"
      UNION ALL SELECT c.prov, s."toProvinceId", c.depth + 1 FROM chain c JOIN "ProvinceSuccession" s ON s."fromProvinceId" = c.succ),
    -- Each province's last successor (the 34): the core judges KCĐP precedence on the successor.
    succ AS (SELECT DISTINCT ON (prov) prov, succ FROM chain ORDER BY prov, depth DESC),
    y(year, cut) AS (VALUES ($1::int, $2::date), ($3::int, $4::date)),
    y2 AS (SELECT year, cut, CASE WHEN cut = (date_trunc('month', cut) + interval '1 month - 1 day')::date THEN EXTRACT(MONTH FROM cut)::int ELSE EXTRACT(MONTH FROM cut)::int - 1 END AS full_months FROM y),
    src AS (SELECT id, code FROM "FundingSource" WHERE code IN ('KCQG', 'KCDP')),
    ver AS (
      SELECT DISTINCT ON (v."planId") v.id, y.year, a."provinceId" AS plan_prov, a."fundingSourceId"
        FROM y JOIN "AnnualPlan" a ON a."planYear" = y.year AND a.status = 'ISSUED' AND a."fundingSourceId" IN (SELECT id FROM src)
        JOIN "PlanVersion" v ON v."planId" = a.id AND v."versionNo" > 0 AND v."effectiveOn" <= y.cut
       ORDER BY v."planId", v."effectiveOn" DESC, v."versionNo" DESC),
    -- Successors whose family has a provincial KCĐP plan in force at the cut-off: KCĐP on records.
    kcdp_plan AS (
      SELECT DISTINCT y.year, sc.succ FROM y JOIN "AnnualPlan" a ON a."planYear" = y.year AND a.status = 'ISSUED' AND a.level = 'PROVINCIAL'
        AND a."fundingSourceId" = (SELECT id FROM src WHERE code = 'KCDP') JOIN succ sc ON sc.prov = a."provinceId"
       WHERE EXISTS (SELECT 1 FROM "PlanVersion" v WHERE v."planId" = a.id AND v."versionNo" > 0 AND v."effectiveOn" <= y.cut)),
    -- Periodic reports of the other families: per successor the latest cut-off wins; at it, the
    -- successor's own reports, else each old province's; per province the last submitted.
    rep AS (
      SELECT y.year, sc.succ, r."provinceId", r."cutOffDate", r."submittedAt", r."planAmount", r."executedAmount"
        FROM y JOIN "ProvincialReport" r ON r.year = y.year AND r."cutOffDate" <= y.cut AND r."fundingSourceId" = (SELECT id FROM src WHERE code = 'KCDP')
        JOIN succ sc ON sc.prov = r."provinceId"
       WHERE NOT EXISTS (SELECT 1 FROM kcdp_plan k WHERE k.year = y.year AND k.succ = sc.succ)),
    at_latest AS (SELECT * FROM rep r WHERE r."cutOffDate" = (SELECT max(x."cutOffDate") FROM rep x WHERE x.year = r.year AND x.succ = r.succ)),
    periodic AS (
      SELECT DISTINCT ON (a."provinceId", a.year) a.year, a.succ, a."provinceId", a."planAmount", a."executedAmount" FROM at_latest a
       WHERE a."provinceId" = a.succ OR NOT EXISTS (SELECT 1 FROM at_latest o WHERE o.year = a.year AND o.succ = a.succ AND o."provinceId" = o.succ)
       ORDER BY a."provinceId", a.year, a."submittedAt" DESC),
    records(year, prov, project, source, month, plan, allocated, contracted, executed, outside) AS (
      SELECT ver.year, COALESCE(i."provinceId", p."provinceId", ver.plan_prov), i."projectId", ver."fundingSourceId", NULL::int, i.amount, 0::bigint, 0::bigint, 0::bigint, 0::bigint
        FROM ver JOIN "PlanItem" i ON i."planVersionId" = ver.id LEFT JOIN "Project" p ON p.id = i."projectId"
      UNION ALL
      SELECT y.year, o."provinceId", NULL::uuid, b."fundingSourceId", NULL::int, 0, SUM(b.amount), 0, 0, 0
        FROM y JOIN "BudgetAllocation" b ON b."planYear" = y.year AND b."allocatedOn" <= y.cut JOIN "Organisation" o ON o.id = b."receiverId"
       WHERE b."fundingSourceId" IN (SELECT id FROM src) GROUP BY 1, 2, 3, 4
      UNION ALL
      -- A contract signed before the year sits in January, as the core places it.
      SELECT y.year, p."provinceId", ${g.by === "project" ? `p.id` : `NULL::uuid`}, p."fundingSourceId", ${month(`CASE WHEN EXTRACT(YEAR FROM c."signedOn") = y.year THEN EXTRACT(MONTH FROM c."signedOn")::int ELSE 1 END`)}, 0, 0, SUM(c.value), 0, 0
        FROM y JOIN "Project" p ON p."planYear" = y.year JOIN "Contract" c ON c."projectId" = p.id
       WHERE c.kind IN ('CONTRACT', 'TASK_ASSIGNMENT') AND c.status <> 'DRAFT' AND c."signedOn" <= y.cut AND p."fundingSourceId" IN (SELECT id FROM src) GROUP BY 1, 2, 3, 4, 5
      UNION ALL
      SELECT l.year, l.prov, l.project, l.source, l.month, 0, 0, 0, COALESCE(l.executed, 0), COALESCE(l.outside, 0) FROM (${ledger.replaceAll("FROM y ", "FROM y2 y ")}) l(year, prov, project, source, month, executed, outside)
       WHERE l.source IN (SELECT id FROM src)),
    f AS (
      SELECT r.year, r.prov, r.project, r.month, false AS periodic, r.plan, r.allocated, r.contracted, r.executed, r.outside FROM records r
       WHERE NOT (r.source = (SELECT id FROM src WHERE code = 'KCDP') AND EXISTS (SELECT 1 FROM periodic x JOIN succ sc ON sc.succ = x.succ WHERE x.year = r.year AND sc.prov = r.prov))
      UNION ALL
      SELECT x.year, x."provinceId", NULL::uuid, NULL::int, true, x."planAmount", 0, 0, x."executedAmount", 0 FROM periodic x)
    SELECT ${key} AS key,
      SUM(f.plan) FILTER (WHERE f.year = $1)::bigint AS plan, SUM(f.allocated) FILTER (WHERE f.year = $1)::bigint AS allocated,
      SUM(f.contracted) FILTER (WHERE f.year = $1)::bigint AS contracted, SUM(f.executed) FILTER (WHERE f.year = $1)::bigint AS executed,
      SUM(f.outside) FILTER (WHERE f.year = $1)::bigint AS outside, SUM(f.plan) FILTER (WHERE f.year = $3)::bigint AS last_plan, SUM(f.executed) FILTER (WHERE f.year = $3)::bigint AS last_executed,
      bool_or(f.periodic AND f.year = $1) AS periodic
      FROM f LEFT JOIN "ZoneMembership" zm ON zm."provinceId" = f.prov AND zm."validFrom" <= $2::date AND (zm."validTo" IS NULL OR zm."validTo" > $2::date)
     WHERE TRUE ${where}
     GROUP BY 1`;
  const values: unknown[] = [YEAR, CUT, YEAR - 1, LAST_CUT];
  if (g.zoneProvinces || g.provinceId) values.push(g.zoneProvinces ?? g.provinceId);
  return { text, values };
}

/** `periodic`: the line holds a periodic report of the year (the report's periodsUsed). */
export type FloorLine = { key: string | null; plan: string | null; executed: string | null; outside: string | null; last_executed: string | null; periodic: boolean | null };
export const sum = (rows: FloorLine[], k: "plan" | "executed" | "outside" | "last_executed") => rows.reduce((a, r) => a + BigInt(r[k] ?? 0), 0n);

// Zone memberships as the report reads them: official over the 63, derived over the 34 (lib/admin-units/load.ts).
export const zoneProvincesSql = `SELECT "provinceId" AS id FROM "ZoneMembership" WHERE "zoneId" = $1 AND "validFrom" <= $2::date AND ("validTo" IS NULL OR "validTo" > $2::date)`;

/** The northern province with the most executed in the year: the drill-down with the most đề án. */
export async function busiestNorthernProvince(raw: pg.Client, zoneId: string, year: number): Promise<string> {
  const [{ id }] = (
    await raw.query<{ id: string }>(
      `SELECT t."provinceId" AS id FROM "LedgerMonthTotal" t JOIN "ZoneMembership" zm ON zm."provinceId" = t."provinceId" AND zm."zoneId" = $1 AND zm."validFrom" <= make_date($2, 9, 30) AND (zm."validTo" IS NULL OR zm."validTo" > make_date($2, 9, 30))
        WHERE t.year = $2 AND t."planYear" = $2 GROUP BY 1 ORDER BY SUM(t.amount) DESC LIMIT 1`,
      [zoneId, year],
    )
  ).rows as [{ id: string }];
  return id;
}

type Totals = Awaited<ReturnType<Build>>;
/** Throws unless the floor's lines add up to the report's total (plan, executed, same period, outside the plan). */
export function checkTotals(name: string, floorRows: FloorLine[], report: Totals): void {
  const same = sum(floorRows, "plan") === (report.total.current.planAdjusted ?? 0n)
    && sum(floorRows, "executed") === (report.total.current.executed ?? 0n)
    && sum(floorRows, "last_executed") === (report.total.lastYear.executed ?? 0n)
    && sum(floorRows, "outside") === (report.total.disbursedOutsidePlan ?? 0n);
  if (!same) {
    throw new Error(`Sàn SQL không khớp báo cáo "${name}": kế hoạch ${sum(floorRows, "plan")} / ${report.total.current.planAdjusted}, thực hiện ${sum(floorRows, "executed")} / ${report.total.current.executed}, cùng kỳ ${sum(floorRows, "last_executed")} / ${report.total.lastYear.executed}, ngoài kế hoạch ${sum(floorRows, "outside")} / ${report.total.disbursedOutsidePlan}`);
  }
}

/** The report query the bench measures: `year` at 30/9, basis recorded, both sources. */
export const benchQuery = (year: number, by: Dimension, filter: ReportFilter): ReportQuery => ({ year, preset: "M9", cutOff: calendarDay(year, 9, 30), basis: "recorded", source: "ALL", by, filter });

/** The demo data's busiest year is 2022; the national-scale data is measured on 2026, its last full year. */
export async function reportRows(client: Db, raw: pg.Client, actor: Actor, median: Median, buildReport: Build, year = 2022): Promise<BenchRow[]> {
  const period = periodOf(year);
  const { year: YEAR, cut: CUT } = period;
  const zone = await client.zone.findUniqueOrThrow({ where: { code: "BAC" }, select: { id: true } });
  const provinceId = await busiestNorthernProvince(raw, zone.id, YEAR);
  const query = (by: Dimension, filter: ReportFilter) => benchQuery(YEAR, by, filter);
  const cases: { name: string; q: ReportQuery; g: FloorGroup; budgetMs: number }[] = [
    { name: `Báo cáo toàn quốc theo khu vực, ${YEAR} lũy kế 30/9`, q: query("zone", {}), g: { by: "zone" }, budgetMs: REPORT_BUDGET_MS.national },
    { name: `Báo cáo khu vực phía Bắc theo tỉnh, ${YEAR} lũy kế 30/9`, q: query("province", { zoneId: zone.id }), g: { by: "province", zoneProvinces: [] }, budgetMs: REPORT_BUDGET_MS.zone },
    { name: `Báo cáo một tỉnh phía Bắc theo đề án, ${YEAR} lũy kế 30/9`, q: query("project", { provinceId }), g: { by: "project", provinceId }, budgetMs: REPORT_BUDGET_MS.drill },
  ];
  const rows: BenchRow[] = [];
  for (const c of cases) {
    const floor = async () => {
      const zoneProvinces = c.g.zoneProvinces && (await raw.query<{ id: string }>(zoneProvincesSql, [zone.id, CUT])).rows.map((r) => r.id);
      return (await raw.query<FloorLine>(floorSql({ ...c.g, zoneProvinces }, period))).rows;
    };
    const report = await buildReport(actor, c.q, client);
    const floorRows = await floor();
    checkTotals(c.name, floorRows, report);
    console.log(`${c.name}: ${floorRows.length} dòng, tổng sàn SQL = tổng báo cáo (khớp; thực hiện ${report.total.current.executed}, ngoài kế hoạch ${report.total.disbursedOutsidePlan})`);
    rows.push({ name: c.name, p50: await median(15, () => buildReport(actor, c.q, client)), floor: await median(15, floor), budgetMs: c.budgetMs });
  }
  return rows;
}
