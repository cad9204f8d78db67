// The trend over years, pure: each year of the trend is read at the same cut-off as the query
// (the same preset; for a date, the same day and month, 29/2 becoming 28/2), so the years compare
// like for like, and the series the page draws from the yearly totals.
import { monthOf, sameDayInYear, type CalendarDay } from "../calendar";
import { chartTy, ratioPercent, reportAmount } from "./display";
import { cutOffOf } from "./period";
import type { Report, ReportLine, ReportQuery } from "./types";

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

/** A year of the trend; `periodicProvinces` counts the provinces whose KCĐP figures are from periodic reports (a jump between years may be theirs). */
export type TrendRow = { year: number; cutOff: CalendarDay; line: ReportLine; periodicProvinces: number };

/** A year's row from its report: the total, and how many provinces' KCĐP figures are from that year's periodic reports. */
export function trendRowOf(query: Pick<ReportQuery, "year" | "cutOff">, report: Pick<Report, "total" | "periodsUsed">): TrendRow {
  const periodicProvinces = new Set(report.periodsUsed.filter((p) => p.year === query.year).map((p) => p.provinceId)).size;
  return { year: query.year, cutOff: query.cutOff, line: report.total, periodicProvinces };
}

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
