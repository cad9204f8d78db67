// Registration deadlines are data per plan year (PlanYear.registrationDeadline, default 15 June
// of the year before, TT 36/2013 Điều 10.2.b; UNCONFIRMED whether later texts moved it). The
// deadline day itself is still accepted, in Vietnam's time zone (docs/decisions/008).
import { asCalendarDay, vietnamToday, type CalendarDay } from "../calendar";
import { formatDate } from "../format";

export type PlanYearDeadlines = { year: number; registrationDeadline: Date; registrationExtendedTo: Date | null };

export function effectiveDeadline(y: PlanYearDeadlines): CalendarDay {
  return asCalendarDay(y.registrationExtendedTo && y.registrationExtendedTo > y.registrationDeadline ? y.registrationExtendedTo : y.registrationDeadline);
}

export function registrationOpen(y: PlanYearDeadlines, now: Date): boolean {
  return vietnamToday(now) <= effectiveDeadline(y);
}

export function lateRegistrationMessage(y: PlanYearDeadlines): string {
  const extended = y.registrationExtendedTo && y.registrationExtendedTo > y.registrationDeadline;
  return `Đã quá hạn đăng ký kế hoạch khuyến công năm ${y.year}: hạn là ${formatDate(effectiveDeadline(y), true)}${extended ? " (đã gia hạn)" : ""}. Cục có thể gia hạn; hãy liên hệ Cục.`;
}
