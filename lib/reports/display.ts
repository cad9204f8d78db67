// How the report pages write a report's figures, pure: amounts in tỷ đồng (the unit every view
// states), percentages with the catalogue key of their denominator, and the chart series.
import { formatAmount, formatPercentBp } from "../format";
import type { Dong } from "../money";
import { monthlyCurve } from "./lines";
import type { Measures, Ratio, ReportLine } from "./types";

/** Decimals of a tỷ đồng amount in the report tables (0,04 tỷ is still visible). */
export const TABLE_DECIMALS = 2;
/** The tiles use the conference's own rounding ("130,4 tỷ"). */
export const KPI_DECIMALS = 1;

/** An amount in tỷ đồng, or null for "not reported" (never written as 0). */
export function reportAmount(amount: Dong | null, decimals = TABLE_DECIMALS): string | null {
  return amount === null ? null : formatAmount(amount, "ty", decimals);
}

/**
 * A ratio's percentage to two decimals, the precision a Ratio carries (basis points), or null
 * when it has no value. Never fewer: rounding bp again would round twice (91,74999 % is 9 175 bp,
 * which one decimal would make 91,8 %).
 */
export function ratioPercent(ratio: Ratio, decimals = 2): string | null {
  return ratio.bp === null ? null : formatPercentBp(ratio.bp, decimals);
}

/** A growth ratio (planGrowth: planAdjusted / last year − 1), with its sign: "+22,63 %". */
export function growthPercent(ratio: Ratio, decimals = 2): string | null {
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
 * The year-over-year curve to draw: the core's cumulative curve (lines.ts monthlyCurve: this year
 * and the same period last year, null until a month has a figure) up to the cut-off's month, as
 * plot values and exact texts.
 */
export function curveView(lines: readonly ReportLine[], cutOffMonth: number): MonthPoint[] {
  return monthlyCurve(lines, cutOffMonth)
    .filter((p) => p.month <= cutOffMonth)
    .map((p) => ({ month: p.month, current: chartTy(p.current), lastYear: chartTy(p.lastYear), currentText: reportAmount(p.current), lastYearText: reportAmount(p.lastYear) }));
}

/** Which plan a line's percentage uses, for the tile that says so. */
export function planShown(m: Measures): { amount: Dong | null; adjusted: boolean } {
  const adjusted = m.planAdjusted !== null && m.planOriginal !== null && m.planAdjusted !== m.planOriginal;
  return { amount: m.planAdjusted, adjusted };
}
