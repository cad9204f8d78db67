// How the report pages write a report's figures, pure: amounts in tỷ đồng (the unit every view
// states), percentages with the catalogue key of their denominator, and the chart series.
import { formatAmount, formatPercentBp } from "../format";
import type { Dong } from "../money";
import type { Measures, Ratio, ReportLine } from "./types";

/** Decimals of a tỷ đồng amount in the report tables (0,04 tỷ is still visible). */
export const TABLE_DECIMALS = 2;
/** The tiles use the conference's own rounding ("130,4 tỷ"). */
export const KPI_DECIMALS = 1;

/** An amount in tỷ đồng, or null for "not reported" (never written as 0). */
export function reportAmount(amount: Dong | null, decimals = TABLE_DECIMALS): string | null {
  return amount === null ? null : formatAmount(amount, "ty", decimals);
}

/** A ratio's percentage, or null when it has no value (zero or unreported denominator). */
export function ratioPercent(ratio: Ratio, decimals = 1): string | null {
  return ratio.bp === null ? null : formatPercentBp(ratio.bp, decimals);
}

/** A growth ratio (planGrowth: planAdjusted / last year − 1), with its sign: "+22,6 %". */
export function growthPercent(ratio: Ratio, decimals = 1): string | null {
  if (ratio.bp === null) return null;
  const text = formatPercentBp(ratio.bp, decimals);
  return ratio.bp > 0n ? `+${text}` : text;
}

/** The catalogue key (under reportPages.denominator) naming what a percentage is over. */
export function denominatorKey(ratio: Ratio): `denominator.${Ratio["denominator"]}` {
  return `denominator.${ratio.denominator}`;
}

/**
 * A chart coordinate in tỷ đồng. Only the plot's geometry uses it; every figure a reader sees
 * (tooltips, tables) is written from the exact đồng on the server.
 */
export function chartTy(amount: Dong | null): number | null {
  return amount === null ? null : Number(amount / 1_000_000n) / 1000;
}

export type MonthPoint = { month: number; current: number | null; lastYear: number | null; currentText: string | null; lastYearText: string | null };

/**
 * The year-over-year curve of a by-month report: executed cumulated month by month up to the
 * cut-off's month, this year and the same period last year (a report's lastYear is read at the
 * same cut-off a year earlier). Lines that are not a month (`monthOf` null: figures known only for
 * a period, such as periodic reports) are left to the caller to state. A curve stays "not
 * reported" (null) until a month has a figure, never 0.
 */
export function cumulativeByMonth(lines: readonly ReportLine[], lastMonth: number, monthOf: (line: ReportLine) => number | null): MonthPoint[] {
  const byMonth = new Map<number, ReportLine>();
  for (const l of lines) {
    const m = monthOf(l);
    if (m !== null) byMonth.set(m, l);
  }
  let current: Dong | null = null;
  let last: Dong | null = null;
  const add = (sum: Dong | null, value: Dong | null | undefined) => (value === null || value === undefined ? sum : (sum ?? 0n) + value);
  const points: MonthPoint[] = [];
  for (let month = 1; month <= lastMonth; month++) {
    const line = byMonth.get(month);
    current = add(current, line?.current.executed);
    last = add(last, line?.lastYear.executed);
    points.push({ month, current: chartTy(current), lastYear: chartTy(last), currentText: reportAmount(current), lastYearText: reportAmount(last) });
  }
  return points;
}

/** The month of a by-month line ("01" … "12"), null for the line of figures without a month. */
export function monthOfLine(line: ReportLine): number | null {
  return /^(0[1-9]|1[0-2])$/.test(line.key) ? Number(line.key) : null;
}

/** Which plan a line's percentage uses, for the tile that says so. */
export function planShown(m: Measures): { amount: Dong | null; adjusted: boolean } {
  const adjusted = m.planAdjusted !== null && m.planOriginal !== null && m.planAdjusted !== m.planOriginal;
  return { amount: m.planAdjusted, adjusted };
}
