// The red-flag page's URL parameters, named like the report pages' (lib/reports/query.ts): year,
// days (left for the acceptance rule), dismissed (show dismissed), validated with bounds. A bad
// value is stated and the page shows no flags under it, so a shared link never shows silently
// different figures.
import { currentPlanYear } from "../calendar";
import { message, type MessageRef } from "../i18n/messages";
import { DEFAULT_ACCEPTANCE_DAYS } from "./rules/acceptance-missing";
import { MAX_ACCEPTANCE_DAYS, MAX_YEAR, MIN_ACCEPTANCE_DAYS, MIN_YEAR } from "./schemas";

export type RedFlagQuery = { year: number; acceptanceDays: number; showDismissed: boolean };

/** An integer URL parameter within bounds, or null. */
export function boundedInt(text: string | undefined, min: number, max: number): number | null {
  if (text === undefined || !/^\d{1,6}$/.test(text.trim())) return null;
  const n = Number(text.trim());
  return n >= min && n <= max ? n : null;
}

export function parseRedFlagQuery(params: { year?: string; days?: string; dismissed?: string }, now?: Date): { query: RedFlagQuery; notes: MessageRef[] } {
  const notes: MessageRef[] = [];
  let year = currentPlanYear(now);
  if (params.year !== undefined && params.year !== "") {
    const y = boundedInt(params.year, MIN_YEAR, MAX_YEAR);
    if (y === null) notes.push(message("errors.redFlags.badYear", { value: params.year.slice(0, 20), min: MIN_YEAR, max: MAX_YEAR }));
    else year = y;
  }
  let acceptanceDays = DEFAULT_ACCEPTANCE_DAYS;
  if (params.days !== undefined && params.days !== "") {
    const d = boundedInt(params.days, MIN_ACCEPTANCE_DAYS, MAX_ACCEPTANCE_DAYS);
    if (d === null) notes.push(message("errors.redFlags.badDays", { value: params.days.slice(0, 20), min: MIN_ACCEPTANCE_DAYS, max: MAX_ACCEPTANCE_DAYS }));
    else acceptanceDays = d;
  }
  return { query: { year, acceptanceDays, showDismissed: params.dismissed === "1" }, notes };
}
