import "server-only";
// The trend over years: the query's total for each plan year up to the query's year, each at the
// same cut-off (trend.ts), read through buildReport, so it is scoped like every other view.
import type { Actor } from "../auth/actor";
import { planYearNumbers } from "../plan-years/queries";
import { buildReport } from "./build";
import { trendQueries, type TrendRow } from "./trend";
import type { ReportQuery } from "./types";

export async function reportTrend(actor: Actor, query: ReportQuery): Promise<TrendRow[]> {
  const years = await planYearNumbers();
  const rows: TrendRow[] = [];
  // One year after another: each report reads two years of facts, and the machine is shared.
  for (const q of trendQueries(query, years)) {
    const report = await buildReport(actor, { ...q, by: "source" });
    rows.push({ year: q.year, cutOff: q.cutOff, line: report.total });
  }
  return rows;
}
