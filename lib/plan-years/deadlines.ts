// Registration deadlines are data per plan year (PlanYear.registrationDeadline, default 15 June
// of the year before, TT 36/2013 Điều 10.2.b; UNCONFIRMED whether later texts moved it). The
// deadline day itself is still accepted, in Vietnam's time zone (docs/decisions/008).
import { asCalendarDay, vietnamToday, type CalendarDay } from "../calendar";
import { formatDate } from "../format";
import { renderMessage } from "../i18n/messages";

export type PlanYearDeadlines = { year: number; registrationDeadline: Date; registrationExtendedTo: Date | null };

export function effectiveDeadline(y: PlanYearDeadlines): CalendarDay {
  return asCalendarDay(y.registrationExtendedTo && y.registrationExtendedTo > y.registrationDeadline ? y.registrationExtendedTo : y.registrationDeadline);
}

export function registrationOpen(y: PlanYearDeadlines, now: Date): boolean {
  return vietnamToday(now) <= effectiveDeadline(y);
}

export function lateRegistrationMessage(y: PlanYearDeadlines): string {
  return renderMessage("vi", "errors.registration.deadlinePassed", lateRegistrationParams(y));
}

/** Params of errors.registration.deadlinePassed: the year, the deadline in force and whether it was extended. */
export function lateRegistrationParams(y: PlanYearDeadlines): { year: string; deadline: string; extended: "yes" | "no" } {
  const extended = y.registrationExtendedTo && y.registrationExtendedTo > y.registrationDeadline;
  return { year: String(y.year), deadline: formatDate(effectiveDeadline(y), true), extended: extended ? "yes" : "no" };
}
