// The Vietnam calendar day, pure. A CalendarDay is a Date at UTC midnight, the same shape Prisma
// returns for Postgres DATE columns (effectiveOn, allocatedOn, occurredOn…), so a day compares
// directly with them: `effectiveOn <= day`. Instants (timestamptz) compare with a cut-off instead.
//
// Vietnam has kept UTC+07:00 without daylight saving since 1975, so a fixed offset is exact for
// every date the programme has (NĐ 45/2012 onwards) and needs no time-zone database.
import { DomainError, message } from "../errors";

export const VIETNAM_TIME_ZONE = "Asia/Ho_Chi_Minh";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const VIETNAM_OFFSET_MS = 7 * HOUR_MS;

declare const calendarDayBrand: unique symbol;
/** A calendar day: a Date at 00:00 UTC naming the day, never an instant. */
export type CalendarDay = Date & { readonly [calendarDayBrand]: true };

/** The day of a DATE column value (or any UTC-midnight Date); throws on a Date with a time. */
export function asCalendarDay(date: Date): CalendarDay {
  if (Number.isNaN(date.getTime()) || date.getTime() % DAY_MS !== 0) throw new RangeError(`Not a calendar day (UTC midnight): ${String(date)}`);
  return new Date(date.getTime()) as CalendarDay;
}

/** The day with this year, month (1–12) and day of month; throws if it does not exist. */
export function calendarDay(year: number, month: number, dayOfMonth: number): CalendarDay {
  const date = new Date(Date.UTC(year, month - 1, dayOfMonth));
  // Date.UTC maps years 0–99 to 1900–1999; set the full year explicitly.
  date.setUTCFullYear(year);
  if (!Number.isInteger(year) || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== dayOfMonth) {
    throw new RangeError(`No such day: ${year}-${month}-${dayOfMonth}`);
  }
  return date as CalendarDay;
}

/** The day an instant falls on in Vietnam. */
export function vietnamDayOf(instant: Date): CalendarDay {
  const shifted = instant.getTime() + VIETNAM_OFFSET_MS;
  return new Date(shifted - (((shifted % DAY_MS) + DAY_MS) % DAY_MS)) as CalendarDay;
}

/** The first instant of the day in Vietnam (00:00:00.000 +07:00). */
export function startOfVietnamDay(day: CalendarDay): Date {
  return new Date(day.getTime() - VIETNAM_OFFSET_MS);
}

/**
 * The end-of-day cut-off: the last instant of the day in Vietnam (23:59:59.999 +07:00). A
 * timestamptz belongs to the day, or to any earlier one, when it is ≤ this instant.
 */
export function endOfVietnamDay(day: CalendarDay): Date {
  return new Date(day.getTime() + DAY_MS - VIETNAM_OFFSET_MS - 1);
}

export function addDays(day: CalendarDay, days: number): CalendarDay {
  return new Date(day.getTime() + days * DAY_MS) as CalendarDay;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}

export function yearOf(day: CalendarDay): number {
  return day.getUTCFullYear();
}

/** The month of the day, 1–12. */
export function monthOf(day: CalendarDay): number {
  return day.getUTCMonth() + 1;
}

/** How many days the month (1–12) of the year has. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The day of the month, 1–31. */
export function dayOfMonthOf(day: CalendarDay): number {
  return day.getUTCDate();
}

/** The same day and month in `year`: 29 February becomes 28 February in a common year (the "same period" of reports and trends). */
export function sameDayInYear(day: CalendarDay, year: number): CalendarDay {
  const month = monthOf(day);
  return calendarDay(year, month, Math.min(dayOfMonthOf(day), daysInMonth(year, month)));
}

/** "2026-03-10": the form of URLs, <input type="date"> and file names. */
export function formatIsoDay(day: CalendarDay): string {
  return `${String(day.getUTCFullYear()).padStart(4, "0")}-${String(day.getUTCMonth() + 1).padStart(2, "0")}-${String(day.getUTCDate()).padStart(2, "0")}`;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export class InvalidDateError extends DomainError {
  constructor(readonly value: string) {
    super("VALIDATION", "errors.calendar.invalidDate", { value }, { date: message("errors.calendar.invalidDateField") });
  }
}

/**
 * Strict yyyy-mm-dd: the day must exist (no 2026-99-99, no 0000-00-00, 29 February only in leap
 * years). Throws InvalidDateError (VALIDATION, HTTP 400) naming the bad value; never falls back.
 */
export function parseCalendarDate(text: string): CalendarDay {
  const match = ISO_DAY.exec(text);
  if (!match) throw new InvalidDateError(text);
  const [year, month, dayOfMonth] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1) throw new InvalidDateError(text);
  try {
    return calendarDay(year, month, dayOfMonth);
  } catch {
    throw new InvalidDateError(text);
  }
}

/** An optional date parameter: absent or empty is undefined, anything else must be a real day. */
export function parseOptionalCalendarDate(text: string | null | undefined): CalendarDay | undefined {
  return text === null || text === undefined || text === "" ? undefined : parseCalendarDate(text);
}
