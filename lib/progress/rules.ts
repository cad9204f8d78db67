// Pure rules of the monthly progress report (Mẫu 3b, TT 36/2013 Điều 23.3.a): which months need a
// report, when a month is late (decision 024), how typed quantities and percentages are read, and
// which cumulative figures are refused. No database, no clock: callers pass today and the deadline.
import { calendarDay, daysBetween, formatIsoDay, type CalendarDay } from "../calendar";
import type { ErrorKey, MessageParams } from "../i18n/messages";

/** Hundredths of a unit: Decimal(14, 2) quantities compared exactly, never as floats. */
export type Hundredths = bigint;

export type MonthStatus = "CONFIRMED" | "SUBMITTED" | "OVERDUE" | "NOT_DUE";

/** Year and month (1–12) of a calendar day, read through lib/calendar's ISO form. */
function yearMonth(day: Date): { year: number; month: number } {
  const [year = 0, month = 0] = formatIsoDay(day as CalendarDay).split("-").map(Number);
  return { year, month };
}

/** The first day of the day's month: the key of a report (`periodMonth`). */
export function monthStart(day: Date): CalendarDay {
  const { year, month } = yearMonth(day);
  return calendarDay(year, month, 1);
}

export function nextMonth(day: CalendarDay): CalendarDay {
  const { year, month } = yearMonth(day);
  return month === 12 ? calendarDay(year + 1, 1, 1) : calendarDay(year, month + 1, 1);
}

/** "2026-11" (what <input type="month"> sends) → the first day of that month; null if malformed. */
export function parseMonthText(text: string): CalendarDay | null {
  const match = /^(\d{4})-(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [year, month] = [Number(match[1]), Number(match[2])];
  if (year < 2000 || month < 1 || month > 12) return null;
  return calendarDay(year, month, 1);
}

export function monthText(day: Date): string {
  const { year, month } = yearMonth(day);
  return `${String(month).padStart(2, "0")}/${year}`;
}

/**
 * The first day on which the report of `month` is late (decision 024): "trước ngày D" of the
 * reported month itself, so a report submitted on day D or later, or missing then, is overdue.
 * A deadline day beyond the month's length falls on its last day + 1.
 */
export function lateFrom(month: CalendarDay, deadlineDay: number): CalendarDay {
  const first = monthStart(month);
  const next = nextMonth(first);
  return deadlineDay > daysBetween(first, next) ? next : calendarDay(yearMonth(first).year, yearMonth(first).month, deadlineDay);
}

/** Every month from the start month through today's month, oldest first. */
export function reportMonths(start: Date, today: Date): CalendarDay[] {
  const months: CalendarDay[] = [];
  const last = monthStart(today);
  for (let m = monthStart(start); m <= last; m = nextMonth(m)) months.push(m);
  return months;
}

export function monthStatus(report: { confirmedAt: Date | null } | undefined, month: CalendarDay, today: CalendarDay, deadlineDay: number): MonthStatus {
  if (report) return report.confirmedAt ? "CONFIRMED" : "SUBMITTED";
  return today >= lateFrom(month, deadlineDay) ? "OVERDUE" : "NOT_DUE";
}

/** A vi-VN quantity ("1,5", "1.234,25", "12") in hundredths; null when malformed or > 2 decimals. */
export function parseQuantity(text: string): Hundredths | null {
  const t = text.trim().replace(/\s/g, "");
  if (!/^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d+(,\d{1,2})?$/.test(t)) return null;
  const [intPart = "0", frac = ""] = t.replace(/\./g, "").split(",");
  const value = BigInt(intPart) * 100n + BigInt(frac.padEnd(2, "0"));
  return value < 10n ** 14n ? value : null;
}

/** Hundredths as the decimal text Prisma stores ("1.5" → "1.50"). */
export function quantityDecimal(value: Hundredths): string {
  return `${value / 100n}.${String(value % 100n).padStart(2, "0")}`;
}

/** Hundredths for display, vi-VN ("1.234,5"; whole numbers without a comma). */
export function formatQuantity(value: Hundredths): string {
  const int = (value / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const frac = String(value % 100n).padStart(2, "0").replace(/0+$/, "");
  return frac ? `${int},${frac}` : int;
}

/** A stored Decimal (or its text "12.50") in hundredths. */
export function hundredthsOf(decimal: { toString(): string }): Hundredths {
  const [int = "0", frac = ""] = decimal.toString().split(".");
  return BigInt(int) * 100n + BigInt((frac + "00").slice(0, 2));
}

/** A completion percentage "45,5" (0–100, ≤ 2 decimals) in basis points; null when out of range. */
export function parseCompletionBp(text: string): number | null {
  const value = parseQuantity(text);
  return value === null || value > 10_000n ? null : Number(value);
}

export type LineFigures = { budgetLineId: string; description: string; done: Hundredths; cost: bigint };
export type LineCap = { budgetLineId: string; support: bigint; counterpart: bigint };
export type LineViolation = { field: "doneQuantity" | "costExecuted"; index: number; key: ErrorKey; params: MessageParams };

/**
 * Refusals per line: cumulative figures below the previous month's or above the following
 * month's (when an earlier month is edited), and a cost above the line's support + counterpart.
 * `format` renders money and quantities in the messages.
 */
export function lineViolations(
  lines: readonly LineFigures[],
  neighbours: { previous: ReadonlyMap<string, { done: Hundredths; cost: bigint }>; next: ReadonlyMap<string, { done: Hundredths; cost: bigint }>; previousMonth: string; nextMonth: string },
  caps: ReadonlyMap<string, LineCap>,
  format: { money: (v: bigint) => string; quantity: (v: Hundredths) => string },
): LineViolation[] {
  const out: LineViolation[] = [];
  lines.forEach((line, index) => {
    const item = line.description;
    const before = neighbours.previous.get(line.budgetLineId);
    const after = neighbours.next.get(line.budgetLineId);
    if (before && line.done < before.done) out.push({ field: "doneQuantity", index, key: "errors.progress.quantityDecreased", params: { item, value: format.quantity(line.done), previous: format.quantity(before.done), month: neighbours.previousMonth } });
    if (before && line.cost < before.cost) out.push({ field: "costExecuted", index, key: "errors.progress.costDecreased", params: { item, value: format.money(line.cost), previous: format.money(before.cost), month: neighbours.previousMonth } });
    if (after && line.done > after.done) out.push({ field: "doneQuantity", index, key: "errors.progress.quantityAboveLater", params: { item, value: format.quantity(line.done), later: format.quantity(after.done), month: neighbours.nextMonth } });
    if (after && line.cost > after.cost) out.push({ field: "costExecuted", index, key: "errors.progress.costAboveLater", params: { item, value: format.money(line.cost), later: format.money(after.cost), month: neighbours.nextMonth } });
    const cap = caps.get(line.budgetLineId);
    if (cap && line.cost > cap.support + cap.counterpart) out.push({ field: "costExecuted", index, key: "errors.progress.costAboveLine", params: { item, value: format.money(line.cost), limit: format.money(cap.support + cap.counterpart) } });
  });
  return out;
}
