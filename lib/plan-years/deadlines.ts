// Registration deadlines are data per plan year (PlanYear.registrationDeadline, default 15 June
// of the year before, TT 36/2013 Điều 10.2.b; UNCONFIRMED whether later texts moved it). The
// deadline day itself is still accepted, in Vietnam's time zone (docs/decisions/008).
import { formatDate, TIME_ZONE } from "../format";

export type PlanYearDeadlines = { year: number; registrationDeadline: Date; registrationExtendedTo: Date | null };

/** Calendar date (UTC midnight) of an instant, as seen in Hà Nội. */
export function vietnamDate(now: Date): Date {
  const parts = Object.fromEntries(new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now).map((p) => [p.type, p.value]));
  return new Date(`${parts.year}-${parts.month}-${parts.day}T00:00:00Z`);
}

export function effectiveDeadline(y: PlanYearDeadlines): Date {
  return y.registrationExtendedTo && y.registrationExtendedTo > y.registrationDeadline ? y.registrationExtendedTo : y.registrationDeadline;
}

export function registrationOpen(y: PlanYearDeadlines, now: Date): boolean {
  return vietnamDate(now) <= effectiveDeadline(y);
}

export function lateRegistrationMessage(y: PlanYearDeadlines): string {
  const extended = y.registrationExtendedTo && y.registrationExtendedTo > y.registrationDeadline;
  return `Đã quá hạn đăng ký kế hoạch khuyến công năm ${y.year}: hạn là ${formatDate(effectiveDeadline(y), true)}${extended ? " (đã gia hạn)" : ""}. Cục có thể gia hạn; hãy liên hệ Cục.`;
}
