// Period arithmetic of the reports (pure, docs/decisions/030): the cut-off a preset names within a
// year, the same cut-off a year earlier, growth on a zero base, and which periodic-report period
// (ProvincialReport.period) stands for a cut-off.
import { asCalendarDay, calendarDay, daysBetween, daysInMonth, monthOf, yearOf, type CalendarDay } from "../calendar";
import type { ReportPeriod } from "../db/generated/enums";
import { ratioBp, type Dong } from "../money";
import type { CutOffPreset } from "./types";

/** The month a fixed preset ends (M3 = 31/3 … YEAR = 31/12; Q1–Q4 the quarter ends). */
const PRESET_MONTH: Record<Exclude<CutOffPreset, "MONTH" | "DATE">, number> = { M3: 3, M6: 6, M9: 9, M11: 11, YEAR: 12, Q1: 3, Q2: 6, Q3: 9, Q4: 12 };

export const FIXED_PRESETS = Object.keys(PRESET_MONTH) as Exclude<CutOffPreset, "MONTH" | "DATE">[];

/** The day of the month (1–31) of a calendar day. */
export function dayOfMonthOf(day: CalendarDay): number {
  return daysBetween(calendarDay(yearOf(day), monthOf(day), 1), day) + 1;
}

/** The month (1–12) of a DATE column value when it falls in `year`, else null. */
export function monthIn(year: number, date: Date): number | null {
  const day = asCalendarDay(date);
  return yearOf(day) === year ? monthOf(day) : null;
}

export function endOfMonth(year: number, month: number): CalendarDay {
  return calendarDay(year, month, daysInMonth(year, month));
}

export function startOfYear(year: number): CalendarDay {
  return calendarDay(year, 1, 1);
}

export function endOfYear(year: number): CalendarDay {
  return calendarDay(year, 12, 31);
}

/**
 * The cut-off day of a preset in `year`. MONTH needs `month` (1–12, the month's last day); DATE
 * needs `day`, which must lie in the year (the caller validates it and names the field).
 */
export function cutOffOf(year: number, preset: CutOffPreset, extra: { month?: number; day?: CalendarDay } = {}): CalendarDay {
  if (preset === "MONTH") {
    if (!extra.month || extra.month < 1 || extra.month > 12) throw new RangeError(`MONTH needs a month 1–12, got ${extra.month}`);
    return endOfMonth(year, extra.month);
  }
  if (preset === "DATE") {
    if (!extra.day || yearOf(extra.day) !== year) throw new RangeError(`DATE needs a day within ${year}`);
    return extra.day;
  }
  return endOfMonth(year, PRESET_MONTH[preset]);
}

/** The same cut-off one year earlier: 29/2 becomes 28/2, every other day keeps its day and month. */
export function sameDayLastYear(day: CalendarDay): CalendarDay {
  const year = yearOf(day) - 1;
  const month = monthOf(day);
  return calendarDay(year, month, Math.min(dayOfMonthOf(day), daysInMonth(year, month)));
}

/** Whether the cut-off is the last day of its month (then no partial month is read from the ledger). */
export function isMonthEnd(day: CalendarDay): boolean {
  return dayOfMonthOf(day) === daysInMonth(yearOf(day), monthOf(day));
}

/** Growth of `current` over `base` in basis points (+2 263 = +22,63 %); null on a zero or unknown base, never infinity. */
export function growthBp(current: Dong | null, base: Dong | null): bigint | null {
  if (current === null || base === null || base === 0n) return null;
  return ratioBp(current - base, base);
}

/** The nominal end (month, day) of each periodic-report period; CUSTOM has none (its row's cutOffDate says). */
export const PERIOD_END: Record<Exclude<ReportPeriod, "CUSTOM">, { month: number; day: number }> = {
  Q1: { month: 3, day: 31 },
  H1: { month: 6, day: 30 },
  Q3: { month: 9, day: 30 },
  M9: { month: 9, day: 30 },
  M10: { month: 10, day: 31 },
  M11: { month: 11, day: 30 },
  YEAR: { month: 12, day: 31 },
};

/** The nominal cut-off of a period in a year (null for CUSTOM). */
export function periodCutOff(year: number, period: ReportPeriod): CalendarDay | null {
  if (period === "CUSTOM") return null;
  const end = PERIOD_END[period];
  return calendarDay(year, end.month, end.day);
}

/**
 * The periodic report that stands for a cut-off: the latest whose cutOffDate ≤ the cut-off (ties:
 * the one submitted last). Null when every report ends after the cut-off.
 */
export function periodAt<R extends { period: ReportPeriod; cutOffDate: Date; submittedAt?: Date }>(reports: readonly R[], cutOff: CalendarDay): R | null {
  let best: R | null = null;
  for (const r of reports) {
    if (r.cutOffDate.getTime() > cutOff.getTime()) continue;
    const later = !best || r.cutOffDate > best.cutOffDate || (r.cutOffDate.getTime() === best.cutOffDate.getTime() && (r.submittedAt?.getTime() ?? 0) > (best.submittedAt?.getTime() ?? 0));
    if (later) best = r;
  }
  return best;
}

/** The nominal period whose end is the latest on or before the cut-off (Q1 for 31/3 … YEAR for 31/12); null before 31/3. */
export function reportPeriodOf(cutOff: CalendarDay): ReportPeriod | null {
  const year = yearOf(cutOff);
  const candidates = (Object.keys(PERIOD_END) as Exclude<ReportPeriod, "CUSTOM">[]).map((period) => ({ period, cutOffDate: periodCutOff(year, period)! }));
  // M9 and Q3 share 30/9; the programme's reports say "9 tháng", so M9 wins the tie.
  const best = periodAt(candidates.filter((c) => c.period !== "Q3"), cutOff);
  return best?.period ?? null;
}
