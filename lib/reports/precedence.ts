import "server-only";
// The data-path precedence of the reporting core (lib/reports/facts.ts loadYearFacts), for
// readers outside it: which provinces' KCĐP figure of a year, at a cut-off, comes from the
// detailed records (an issued provincial KCĐP plan) rather than from their periodic reports.
// KCQG always comes from records. A wrapper, not a copy: the rule stays in facts.ts.
import { successorOf } from "../admin-units/basis";
import { loadGeography } from "../admin-units/load";
import type { CalendarDay } from "../calendar";
import type { Tx } from "../db/client";
import { loadYearFacts } from "./facts";

/** Whether a province's KCĐP of `year` at `cutOff` comes from records (judged on its successor, as the core does). */
export async function kcdpFromRecords(tx: Tx, year: number, cutOff: CalendarDay): Promise<(provinceId: string) => boolean> {
  const geography = await loadGeography(tx);
  const { kcdpRecordSuccessors } = await loadYearFacts(tx, geography, year, cutOff, { perProject: false });
  return (provinceId) => kcdpRecordSuccessors.has(successorOf(geography, provinceId));
}
