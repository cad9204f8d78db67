// Token lifetime, pure. A token with an expiry day works through the end of that day in Vietnam;
// the day must be after today and at most MAX_TOKEN_DAYS ahead, so a forgotten token dies. Every new
// token expires (ASVS 7.2.2): no day given means DEFAULT_TOKEN_DAYS ahead. Tokens made before that
// rule may have no expiry and keep working (decision 033).
import { addDays, endOfVietnamDay, formatIsoDay, parseOptionalCalendarDate, vietnamToday } from "../calendar";
import { DomainError, message } from "../errors";

export const MAX_TOKEN_DAYS = 365;
export const DEFAULT_TOKEN_DAYS = 90;
/** Live tokens one user may hold: enough for every script, few enough to review. */
export const MAX_ACTIVE_TOKENS = 20;

export type TokenState = "ACTIVE" | "EXPIRED" | "REVOKED";

/** The default expiry day the form proposes, as an ISO day. */
export function defaultTokenExpiryDay(now: Date): string {
  return formatIsoDay(addDays(vietnamToday(now), DEFAULT_TOKEN_DAYS));
}

/** The last instant the token works (empty: DEFAULT_TOKEN_DAYS ahead); refuses a day outside (today, today + 365]. */
export function tokenExpiry(expiresOn: string, now: Date): Date {
  const today = vietnamToday(now);
  const day = parseOptionalCalendarDate(expiresOn) ?? addDays(today, DEFAULT_TOKEN_DAYS);
  const latest = addDays(today, MAX_TOKEN_DAYS);
  if (day <= today || day > latest) {
    const params = { value: expiresOn, latest: formatIsoDay(latest), days: MAX_TOKEN_DAYS };
    throw new DomainError("VALIDATION", "errors.apiTokens.expiryOutOfRange", params, { expiresOn: message("errors.apiTokens.expiryOutOfRange", params) });
  }
  return endOfVietnamDay(day);
}

export function tokenState(token: { expiresAt: Date | null; revokedAt: Date | null }, now: Date): TokenState {
  if (token.revokedAt) return "REVOKED";
  if (token.expiresAt && token.expiresAt.getTime() <= now.getTime()) return "EXPIRED";
  return "ACTIVE";
}
