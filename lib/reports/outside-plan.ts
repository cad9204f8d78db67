import "server-only";
// Disbursed in the window on đề án NOT of the year's plan (ReportLine.disbursedOutsidePlan,
// docs/decisions/030): never in executed, shown beside it so every đồng paid out is somewhere.
import { Prisma } from "../db/generated/client";
import type { Tx } from "../db/client";
import { calendarDay, monthOf, type CalendarDay } from "../calendar";
import { measuresOf, type LedgerSums } from "../disbursements/measures";
import type { Fact } from "./facts";
import { cols, inProvinces, iso, mainContentOr, multiYearEntries, programmeJoin, PROGRAMME, type LedgerRow } from "./ledger-rows";
import { isMonthEnd, startOfYear } from "./period";
import type { TrackCode } from "./types";

/**
 * The rest of the window's ledger: vouchers dated 1 January … D on đề án NOT of Y's plan (an
 * earlier year's đề án paid in January, a carried-over đề án, an advance before the plan year),
 * so that every đồng disbursed in the period is shown somewhere. Full months from the aggregate
 * (plan year ≠ Y) and the partial month from the entries, less the multi-year đề án of earlier
 * plan years spanning Y (they are Y's, read from their entries); summed per key, so the
 * correction cancels in place.
 */
export async function outsidePlanRows(tx: Tx, year: number, cutOff: CalendarDay, perProject: boolean, provinces: readonly string[] | null = null, content = true): Promise<LedgerRow[]> {
  const main = mainContentOr(content, Prisma.sql`p.id`);
  const onProject = inProvinces(Prisma.sql`p."provinceId"`, provinces);
  const from = iso(startOfYear(year));
  const to = iso(cutOff);
  const signed = Prisma.sql`CASE WHEN e."reversesId" IS NULL THEN e.amount ELSE -e.amount END`;
  if (perProject) {
    return tx.$queryRaw<LedgerRow[]>`
      SELECT p."provinceId", p."implementerId", p.kind, ${main} AS "contentId", p.id AS "projectId", p.status,
        e."fundingSourceId" AS "sourceId", EXTRACT(MONTH FROM e."occurredOn")::int AS month, e.kind::text AS kind_, SUM(${signed})::bigint AS amount
      FROM "LedgerEntry" e JOIN "Project" p ON p.id = e."projectId" ${programmeJoin}
      WHERE e."occurredOn" BETWEEN ${from}::date AND ${to}::date AND ${PROGRAMME} AND NOT (p."planYear" <= ${year} AND p."endYear" >= ${year}) ${onProject}
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9`;
  }
  // Full months from the aggregate, the cut-off's partial month (if any) from the entries. Always by
  // content here: a coarser key could sum to 0 and be left out by the HAVING (decision 069).
  const fullMonths = isMonthEnd(cutOff) ? monthOf(cutOff) : monthOf(cutOff) - 1;
  const partial = fullMonths < monthOf(cutOff)
    ? Prisma.sql`UNION ALL
      SELECT p."provinceId", p."implementerId", p.kind, kc_main_content(p.id), e."fundingSourceId", EXTRACT(MONTH FROM e."occurredOn")::int, e.kind::text, ${signed}
      FROM "LedgerEntry" e JOIN "Project" p ON p.id = e."projectId" ${programmeJoin}
      WHERE e."occurredOn" BETWEEN ${iso(calendarDay(year, monthOf(cutOff), 1))}::date AND ${to}::date AND ${PROGRAMME} AND p."planYear" <> ${year} ${onProject}`
    : Prisma.empty;
  return tx.$queryRaw<LedgerRow[]>`
    SELECT u."provinceId", u."implementerId", u.kind, u."contentId", NULL::uuid AS "projectId", NULL::"ProjectStatus" AS status, u."sourceId", u.month, u.kind_, SUM(u.amount)::bigint AS amount
    FROM (
      SELECT t."provinceId", t."implementerId", t."projectKind" AS kind, t."contentCategoryId" AS "contentId", t."fundingSourceId" AS "sourceId", t.month, t.kind::text AS kind_, t.amount
      FROM "LedgerMonthTotal" t WHERE t.year = ${year} AND t.month <= ${fullMonths} AND t.programme AND t."planYear" <> ${year} ${inProvinces(Prisma.sql`t."provinceId"`, provinces)}
      ${partial}
      UNION ALL
      SELECT x."provinceId", x."implementerId", x.kind, kc_main_content(x."projectId"), x."fundingSourceId", EXTRACT(MONTH FROM x."occurredOn")::int, x.kind_,
        -(CASE WHEN x."reversesId" IS NULL THEN x.amount ELSE -x.amount END)
      FROM (${multiYearEntries(year, from, to, provinces)}) x WHERE kc_programme_money(x."contractId")
    ) u
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
    HAVING SUM(u.amount) <> 0`;
}

export function outsidePlanFacts(rows: LedgerRow[], sources: Map<string, TrackCode>): Fact[] {
  return rows.flatMap((r): Fact[] => {
    const source = sources.get(r.sourceId);
    const disbursed = measuresOf({ [r.kind_]: r.amount } as LedgerSums).disbursed;
    if (!source || disbursed === 0n) return []; // settlements and carry-overs move no money
    // Such a đề án is not in this year's plan: its plan here is 0, not "not reported".
    return [{ ...cols(r), source, path: "records", month: r.month, measures: { planOriginal: 0n, planAdjusted: 0n }, outputs: {}, disbursedOutsidePlan: disbursed }];
  });
}
