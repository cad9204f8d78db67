// The `asOf` query parameter, read the same way by the proxy (which answers 400) and the pages:
// absent or empty means today; one real yyyy-mm-dd day is that day; a malformed day, or the
// parameter given more than once, is refused. Never "today" by accident.
import { InvalidDateError, parseOptionalCalendarDate, type CalendarDay } from "./day";

export type AsOfParam =
  | { ok: true; day: CalendarDay | undefined }
  | { ok: false; reason: "invalid"; value: string }
  | { ok: false; reason: "repeated"; values: string[] };

/** `values`: every occurrence of asOf in the query (URLSearchParams.getAll, or a page's string | string[]). */
export function readAsOfParam(values: string | readonly string[] | undefined): AsOfParam {
  const all = values === undefined ? [] : typeof values === "string" ? [values] : [...values];
  if (all.length > 1) return { ok: false, reason: "repeated", values: all };
  try {
    return { ok: true, day: parseOptionalCalendarDate(all[0]) };
  } catch (error) {
    if (error instanceof InvalidDateError) return { ok: false, reason: "invalid", value: error.value };
    throw error;
  }
}
