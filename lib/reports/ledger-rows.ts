import "server-only";
// The ledger rows of "executed in year Y at cut-off D" (docs/decisions/030): full months from
// the LedgerMonthTotal aggregate, the cut-off's partial month and earlier multi-year đề án from
// LedgerEntry, or the whole window from the entries when a dimension needs the đề án.
import { Prisma } from "../db/generated/client";
import type { ProjectKind, ProjectStatus } from "../db/generated/enums";
import type { Tx } from "../db/client";
import { asCalendarDay, calendarDay, formatIsoDay, monthOf, type CalendarDay } from "../calendar";
import { measuresOf, type LedgerSums } from "../disbursements/measures";
import type { Fact } from "./facts";
import { isMonthEnd, startOfYear } from "./period";
import type { TrackCode } from "./types";

export type ProjectCols = { provinceId: string | null; implementerId: string | null; kind: ProjectKind | null; contentId: string | null; projectId: string | null; status: ProjectStatus | null };

export const iso = (d: Date) => formatIsoDay(asCalendarDay(d));

export const cols = (r: ProjectCols): ProjectCols => ({ provinceId: r.provinceId, implementerId: r.implementerId, kind: r.kind, contentId: r.contentId, projectId: r.projectId, status: r.status });

/** `AND column = ANY(provinces)`, or nothing for the whole country (facts.ts ProvinceNarrowing). */
export function inProvinces(column: Prisma.Sql, provinces: readonly string[] | null): Prisma.Sql {
  return provinces ? Prisma.sql`AND ${column} = ANY(${[...provinces]}::uuid[])` : Prisma.empty;
}

/**
 * kc_main_content(project) written into the query (decision 069): the largest-support budget line's
 * category (then the lowest line number), else the first content by sortOrder and code; read it as
 * MAIN_CONTENT. The function is a per-row call the planner cannot inline; these two lookups are
 * index scans it plans with the rest (contracts at scale 40: about 100 ms → 55 ms).
 */
export const mainContentJoin = (project: Prisma.Sql): Prisma.Sql => Prisma.sql`
  LEFT JOIN LATERAL (SELECT l."contentCategoryId" FROM "ProjectBudgetLine" l WHERE l."projectId" = ${project} AND l."contentCategoryId" IS NOT NULL
    ORDER BY l."supportAmount" DESC, l."lineNo" LIMIT 1) mc_line ON true
  LEFT JOIN LATERAL (SELECT x."contentCategoryId" FROM "ProjectContent" x JOIN "ContentCategory" cc ON cc.id = x."contentCategoryId" WHERE x."projectId" = ${project}
    ORDER BY cc."sortOrder", cc.code LIMIT 1) mc_content ON mc_line."contentCategoryId" IS NULL`;
export const MAIN_CONTENT = Prisma.sql`COALESCE(mc_line."contentCategoryId", mc_content."contentCategoryId")`;

/**
 * kc_main_content(project), or NULL when the report reads no content (neither the content
 * dimension nor its filter): the per-row call then costs nothing and the aggregate's rows of one
 * line's other columns add up in SQL (decision 069).
 */
export const mainContentOr = (content: boolean, project: Prisma.Sql): Prisma.Sql => (content ? Prisma.sql`kc_main_content(${project})` : Prisma.sql`NULL::uuid`);

/**
 * kc_programme_money(e."contractId") as two joins (the rule of the view
 * LedgerMonthTotalFromRecords, decision 055): everything but a support contract under a main
 * contract. As a per-row filter the function ran on every entry of the window nationwide before
 * the join to one province's đề án kept a few (decision 069: 229 → 23 ms for a drill-down's
 * outside-plan entries); read it as PROGRAMME, on entries aliased `e`.
 */
export const programmeJoin = Prisma.sql`LEFT JOIN "Contract" pm_c ON pm_c.id = e."contractId" LEFT JOIN "Contract" pm_parent ON pm_parent.id = pm_c."parentId"`;
export const PROGRAMME = Prisma.sql`NOT COALESCE(pm_c.kind = 'SUPPORT_CONTRACT' AND pm_parent.kind <> 'TASK_ASSIGNMENT', false)`;

export type LedgerRow = ProjectCols & { sourceId: string; month: number; kind_: string; amount: bigint };

/**
 * The ledger behind "executed in year Y at cut-off D" (docs/decisions/030): vouchers dated
 * 1 January … D of the đề án in Y's plan (plan year Y, or a multi-year đề án spanning Y),
 * programme money only. Full months of plan-year-Y đề án come from the aggregate, the cut-off's
 * own month from the entries; the few multi-year đề án of earlier plan years are read from their
 * entries; `perProject` reads the entries of the whole window (status, project dimensions);
 * `byProvinceOnly` sums them per province, source and kind (no line grain).
 */
export async function ledgerRows(tx: Tx, year: number, cutOff: CalendarDay, perProject: boolean, provinces: readonly string[] | null = null, content = true, byProvinceOnly = false): Promise<LedgerRow[]> {
  const main = mainContentOr(content, Prisma.sql`p.id`);
  const onProject = inProvinces(Prisma.sql`p."provinceId"`, provinces);
  const from = iso(startOfYear(year));
  const to = iso(cutOff);
  if (perProject) {
    return tx.$queryRaw<LedgerRow[]>`
      SELECT p."provinceId", p."implementerId", p.kind, ${main} AS "contentId", p.id AS "projectId", p.status,
        e."fundingSourceId" AS "sourceId", EXTRACT(MONTH FROM e."occurredOn")::int AS month, e.kind::text AS kind_,
        SUM(CASE WHEN e."reversesId" IS NULL THEN e.amount ELSE -e.amount END)::bigint AS amount
      FROM "LedgerEntry" e JOIN "Project" p ON p.id = e."projectId" ${programmeJoin}
      WHERE e."occurredOn" BETWEEN ${from}::date AND ${to}::date AND ${PROGRAMME} AND p."planYear" <= ${year} AND p."endYear" >= ${year} ${onProject}
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9`;
  }
  // Months wholly inside the window come from the aggregate; a cut-off on a month's last day needs no entries.
  const fullMonths = isMonthEnd(cutOff) ? monthOf(cutOff) : monthOf(cutOff) - 1;
  const monthStart = iso(calendarDay(year, monthOf(cutOff), 1));
  const partial = fullMonths < monthOf(cutOff)
    ? Prisma.sql`UNION ALL
      SELECT p."provinceId", p."implementerId", p.kind, ${main}, NULL::uuid, NULL::"ProjectStatus", e."fundingSourceId", EXTRACT(MONTH FROM e."occurredOn")::int, e.kind::text,
        SUM(CASE WHEN e."reversesId" IS NULL THEN e.amount ELSE -e.amount END)::bigint
      FROM "LedgerEntry" e JOIN "Project" p ON p.id = e."projectId" ${programmeJoin}
      WHERE e."occurredOn" BETWEEN ${monthStart}::date AND ${to}::date AND ${PROGRAMME} AND p."planYear" = ${year} ${onProject}
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9`
    : Prisma.empty;
  const rows = Prisma.sql`
    SELECT t."provinceId", t."implementerId", t."projectKind" AS kind, ${content ? Prisma.sql`t."contentCategoryId"` : Prisma.sql`NULL::uuid`} AS "contentId", NULL::uuid AS "projectId", NULL::"ProjectStatus" AS status,
      t."fundingSourceId" AS "sourceId", t.month, t.kind::text AS kind_, SUM(t.amount)::bigint AS amount
    FROM "LedgerMonthTotal" t
    WHERE t.year = ${year} AND t.month <= ${fullMonths} AND t.programme AND t."planYear" = ${year} ${inProvinces(Prisma.sql`t."provinceId"`, provinces)}
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
    ${partial}
    UNION ALL
    SELECT x."provinceId", x."implementerId", x.kind, ${mainContentOr(content, Prisma.sql`x."projectId"`)}, NULL::uuid, NULL::"ProjectStatus", x."fundingSourceId", EXTRACT(MONTH FROM x."occurredOn")::int, x.kind_,
      SUM(CASE WHEN x."reversesId" IS NULL THEN x.amount ELSE -x.amount END)::bigint
    FROM (${multiYearEntries(year, from, to, provinces)}) x
    WHERE kc_programme_money(x."contractId")
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9`;
  if (!byProvinceOnly) return tx.$queryRaw<LedgerRow[]>(rows);
  // Only the executed per province and source (the national denominator, decision 071): summed in SQL.
  return tx.$queryRaw<LedgerRow[]>`
    SELECT r."provinceId", NULL::uuid AS "implementerId", NULL::"ProjectKind" AS kind, NULL::uuid AS "contentId", NULL::uuid AS "projectId", NULL::"ProjectStatus" AS status,
      r."sourceId", NULL::int AS month, r.kind_, SUM(r.amount)::bigint AS amount
    FROM (${rows}) r GROUP BY r."provinceId", r."sourceId", r.kind_`;
}

/**
 * The window's entries of the multi-year đề án of earlier plan years spanning `year` (decision
 * 064): a few hundred đề án found by their partial index, each one's entries by
 * LedgerEntry(projectId, occurredOn). The lateral subquery's OFFSET 0 keeps that nested loop: the
 * planner, expecting ten times as many such đề án, hash-joined them to every entry of the window
 * nationwide (33 000 at scale 40: 29 ms against 1 ms, decision 071). The outer OFFSET 0 keeps the
 * programme-money test (kc_programme_money, a lookup per row) above the join, on those entries only.
 */
export function multiYearEntries(year: number, from: string, to: string, provinces: readonly string[] | null): Prisma.Sql {
  return Prisma.sql`SELECT p."provinceId", p."implementerId", p.kind, p.id AS "projectId", e."fundingSourceId", e."occurredOn", e.kind_, e."reversesId", e.amount, e."contractId"
      FROM "Project" p CROSS JOIN LATERAL (
        SELECT e."fundingSourceId", e."occurredOn", e.kind::text AS kind_, e."reversesId", e.amount, e."contractId" FROM "LedgerEntry" e
        WHERE e."projectId" = p.id AND e."occurredOn" BETWEEN ${from}::date AND ${to}::date OFFSET 0) e
      WHERE p."endYear" > p."planYear" AND p."planYear" < ${year} AND p."endYear" >= ${year} ${inProvinces(Prisma.sql`p."provinceId"`, provinces)}
      OFFSET 0`;
}

type ReportMeasure = "advanced" | "paid" | "settled" | "refunded" | "executed";
const REPORT_MEASURES: readonly [ReportMeasure, keyof ReturnType<typeof measuresOf>][] = [["advanced", "advanced"], ["paid", "paid"], ["settled", "settled"], ["refunded", "refunded"], ["executed", "disbursed"]];
const kindSigns = new Map<string, [ReportMeasure, bigint][]>();

/**
 * The report measures an entry kind moves and in which direction, from measuresOf of one đồng
 * (the measures are linear in the sums, so an amount moves each by its sign). A fact carries only
 * those: on the records path the rest are 0 already (lines.ts RECORDS_COMPLETE), and a row's five
 * bigint sums were most of a report's ledger cost (decision 071).
 */
function signsOf(kind: string): [ReportMeasure, bigint][] {
  let signs = kindSigns.get(kind);
  if (!signs) {
    const unit = measuresOf({ [kind]: 1n } as LedgerSums);
    kindSigns.set(kind, (signs = REPORT_MEASURES.filter(([, from]) => unit[from] !== 0n).map(([to, from]) => [to, unit[from]])));
  }
  return signs;
}

export function ledgerFacts(rows: LedgerRow[], sources: Map<string, TrackCode>): Fact[] {
  const facts: Fact[] = [];
  for (const r of rows) {
    const source = sources.get(r.sourceId);
    if (!source) continue; // counterpart and other sources are never khuyến công execution (decision 013)
    const measures: Fact["measures"] = {};
    for (const [measure, sign] of signsOf(r.kind_)) measures[measure] = sign === 1n ? r.amount : sign * r.amount;
    facts.push({ provinceId: r.provinceId, implementerId: r.implementerId, kind: r.kind, contentId: r.contentId, projectId: r.projectId, status: r.status, source, path: "records", month: r.month, measures, outputs: {} });
  }
  return facts;
}
