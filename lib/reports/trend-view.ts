import "server-only";
// The trend over years: the query's total for each plan year up to the query's year, each at the
// same cut-off (trend.ts), read through buildReport, so it is scoped like every other view.
import type { Actor } from "../auth/actor";
import { planYearNumbers } from "../plan-years/queries";
import { buildReport } from "./build";
import { trendQueries, trendRowOf, type TrendRow } from "./trend";
import type { Report, ReportQuery } from "./types";

/** The rows, oldest first, and the query's own report (its notes, as-of and context are the page's footer). */
export async function reportTrend(actor: Actor, query: ReportQuery): Promise<{ rows: TrendRow[]; latest: Report }> {
  const rows: TrendRow[] = [];
  let latest: Report | null = null;
  // One year after another: each report reads two years of facts, and the machine is shared.
  for (const q of trendQueries(query, await planYearNumbers())) {
    const report = await buildReport(actor, q);
    rows.push(trendRowOf(q, report));
    if (q === query) latest = report;
  }
  return { rows, latest: latest ?? (await buildReport(actor, query)) };
}
