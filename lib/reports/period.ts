// Period arithmetic of the reports (pure, docs/decisions/030): the cut-off a preset names within a
// year, the same cut-off a year earlier, growth on a zero base, and which periodic report
// (ProvincialReport) stands for a cut-off. Periods' nominal cut-offs: lib/periodic-reports/periods.ts.
import { asCalendarDay, calendarDay, dayOfMonthOf, daysInMonth, monthOf, sameDayInYear, yearOf, type CalendarDay } from "../calendar";
import type { ReportPeriod } from "../db/generated/enums";
import { ratioBp, type Dong } from "../money";
import type { CutOffPreset } from "./types";

/** The month a fixed preset ends (M3 = 31/3 … YEAR = 31/12; Q1–Q4 the quarter ends). */
const PRESET_MONTH: Record<Exclude<CutOffPreset, "MONTH" | "DATE">, number> = { M3: 3, M6: 6, M9: 9, M11: 11, YEAR: 12, Q1: 3, Q2: 6, Q3: 9, Q4: 12 };

export const FIXED_PRESETS = Object.keys(PRESET_MONTH) as Exclude<CutOffPreset, "MONTH" | "DATE">[];

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
  return sameDayInYear(day, yearOf(day) - 1);
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
