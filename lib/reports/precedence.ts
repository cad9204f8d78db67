import "server-only";
// The data-path precedence of the reporting core (lib/reports/facts.ts loadYearFacts), for
// readers outside it: which provinces' KCĐP figure of a year, at a cut-off, comes from the
// detailed records (an issued provincial KCĐP plan) rather than from their periodic reports.
// KCQG always comes from records. A wrapper, not a copy: the rule stays in facts.ts.
import type { CalendarDay } from "../calendar";
import type { Tx } from "../db/client";
import { loadYearFacts } from "./facts";

export async function kcdpRecordProvinces(tx: Tx, year: number, cutOff: CalendarDay): Promise<ReadonlySet<string>> {
  return (await loadYearFacts(tx, year, cutOff, { perProject: false })).kcdpRecordProvinces;
}
