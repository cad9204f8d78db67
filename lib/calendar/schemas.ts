// Calendar days in form and query input: one zod shape, so every date field refuses an impossible
// day (2026-99-99, 0000-00-00, 29/02 of a common year) with the same Vietnamese message (zod
// messages are Vietnamese in both locales, docs/decisions/018), taken from the catalogue.
import { z } from "zod";
import { vietnamese } from "../i18n/refs";
import { parseCalendarDate, type CalendarDay } from "./day";

// Rendered at parse time, not import time: client forms import this module (via lib/calendar) for
// its types and constants, and the catalogues stay out of their bundles (docs/decisions/058).
type DayMessage = string | (() => string);
const INVALID_DAY: DayMessage = () => vietnamese("errors.calendar.unrealDayField");

function isCalendarDateText(text: string): boolean {
  try {
    parseCalendarDate(text);
    return true;
  } catch {
    return false;
  }
}

/** A required day as yyyy-mm-dd text (what a date input sends). */
export function calendarDateText(message: DayMessage = INVALID_DAY) {
  return z.string().trim().refine(isCalendarDateText, { error: message });
}

/** An optional day: empty text is allowed, anything else must be a real day. */
export function optionalCalendarDateText(message: DayMessage = INVALID_DAY) {
  return z.string().trim().refine((t) => t === "" || isCalendarDateText(t), { error: message });
}

/** A required day, parsed into a CalendarDay. */
export function calendarDaySchema(message: DayMessage = INVALID_DAY): z.ZodType<CalendarDay, string> {
  return calendarDateText(message).transform((t) => parseCalendarDate(t));
}
