// Settlement and liquidation deadlines as pure functions of the dated ImplementationDeadline row in
// force (TT 36/2013 Điều 18.1–18.2): the dossier N days after the last acceptance, the liquidation
// minutes (Mẫu 6) and the year-end reconciliation (Mẫu 10) by a day of the following year.
import { addDays, calendarDay, formatIsoDay, type CalendarDay } from "../calendar";

export type DeadlineRule = { code: string; daysAfter: number | null; month: number | null; dayOfMonth: number | null; legalBasis: string };

/** The settlement dossier's due day: `daysAfter` days after the last acceptance. */
export function dossierDueOn(lastAcceptedOn: CalendarDay, rule: DeadlineRule): CalendarDay {
  if (rule.daysAfter === null) throw new Error(`Deadline ${rule.code} has no daysAfter`);
  return addDays(lastAcceptedOn, rule.daysAfter);
}

/** A deadline of the year after `year` ("chậm nhất 22/01/<year+1>"). */
export function nextYearDueOn(year: number, rule: DeadlineRule): CalendarDay {
  if (rule.month === null || rule.dayOfMonth === null) throw new Error(`Deadline ${rule.code} has no month and day`);
  return calendarDay(year + 1, rule.month, rule.dayOfMonth);
}

/** Overdue: not done and today is after the due day (the due day itself is still in time). */
export function isOverdue(dueOn: CalendarDay, today: CalendarDay, done: boolean): boolean {
  return !done && formatIsoDay(today) > formatIsoDay(dueOn);
}
