// The trend over years, pure: each year of the trend is read at the same cut-off as the query
// (the same preset; for a date, the same day and month, 29/2 becoming 28/2), so the years compare
// like for like, and the series the page draws from the yearly totals.
import { monthOf, sameDayInYear, type CalendarDay } from "../calendar";
import { chartTy, ratioPercent, reportAmount } from "./display";
import { cutOffOf } from "./period";
import type { ReportLine, ReportQuery } from "./types";

export function sameCutOffIn(query: Pick<ReportQuery, "preset" | "cutOff">, year: number): CalendarDay {
  if (query.preset === "MONTH") return cutOffOf(year, "MONTH", { month: monthOf(query.cutOff) });
  // The same rule as the same period last year (sameDayLastYear), for any earlier year.
  if (query.preset === "DATE") return sameDayInYear(query.cutOff, year);
  return cutOffOf(year, query.preset);
}

/** The queries of the trend: the query itself for its year, the same cut-off for each earlier year asked. */
export function trendQueries(query: ReportQuery, years: readonly number[]): ReportQuery[] {
  return years.filter((y) => y <= query.year).sort((a, b) => a - b).map((year) => (year === query.year ? query : { ...query, year, cutOff: sameCutOffIn(query, year) }));
}

export type TrendRow = { year: number; cutOff: CalendarDay; line: ReportLine };

/** The chart's points from the yearly totals (plot values in tỷ; texts exact from the server). */
export function trendPoints(rows: readonly TrendRow[], notReported: string) {
  return rows.map(({ year, line }) => ({
    year,
    plan: chartTy(line.current.planAdjusted),
    executed: chartTy(line.current.executed),
    planText: reportAmount(line.current.planAdjusted) ?? notReported,
    executedText: reportAmount(line.current.executed) ?? notReported,
    percentText: ratioPercent(line.percentOfPlan) ?? "–",
  }));
}
