// lib/calendar: the one owner of "which day is it in Vietnam". Everything that needs today, an
// "as of" day, a cut-off or a plan year calls this module; nothing else reads the clock's year or
// the server's time zone (tests/architecture.test.ts checks it). Functions take an optional `now`
// instant so that tests can pin the clock.
import { vietnamDayOf, yearOf, type CalendarDay } from "./day";

export * from "./day";
export * from "./schemas";
export * from "./validity";
export * from "./as-of-param";

/** Today in Vietnam, from an instant (the real clock unless a test pins it). */
export function vietnamToday(now: Date = new Date()): CalendarDay {
  return vietnamDayOf(now);
}

/** The day to read "as of": the asked day, else today in Vietnam. */
export function asOfDay(asked: CalendarDay | undefined, now?: Date): CalendarDay {
  return asked ?? vietnamToday(now);
}

/** The plan year running today in Vietnam (the calendar year: plans are per budget year). */
export function currentPlanYear(now?: Date): number {
  return yearOf(vietnamToday(now));
}

/** The year being planned now (registration and assembly work on next year's plan). */
export function nextPlanYear(now?: Date): number {
  return currentPlanYear(now) + 1;
}
