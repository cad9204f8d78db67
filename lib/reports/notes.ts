// The notes a report carries for its reader (message keys under `reports.notes`, both catalogues):
// which plan a percentage uses, what is not reported, periodic periods ending before the cut-off,
// and the geography basis (the footer).
import type { GeographyData } from "../admin-units/basis";
import { vietnamDayOf, type CalendarDay } from "../calendar";
import { formatDate, formatMoney } from "../format";
import type { Fact } from "./facts";
import { MEASURE_KEYS, OUTCOME_KEYS, OUTPUT_KEYS } from "./lines";
import { sameDayLastYear, startOfYear } from "./period";
import type { PeriodUsed, ReportLine, ReportNote, ReportQuery } from "./types";

type Input = { query: ReportQuery; total: ReportLine; lines: ReportLine[]; periodsUsed: PeriodUsed[]; geography: GeographyData; lastCutOff: CalendarDay; facts: readonly Fact[]; asOf: Date };

/** Every date a note shows is the reader's dd/mm/yyyy, the same as the rest of the report (never ISO). */
export function reportNotes({ query, total, lines, periodsUsed, geography, lastCutOff, facts, asOf }: Input): ReportNote[] {
  const notes: ReportNote[] = [];
  notes.push({ key: "reports.notes.percentOfPlan", params: {} });
  notes.push({ key: "reports.notes.samePeriod", params: { date: formatDate(lastCutOff, true) } });
  // A cut-off after today (YEAR of the running year): the figures stop today, last year's do not.
  const today = vietnamDayOf(asOf);
  if (query.cutOff.getTime() > today.getTime()) notes.push({ key: "reports.notes.cutOffAfterToday", params: { cutOff: formatDate(query.cutOff, true), today: formatDate(today, true) } });
  if (query.by === "status" || query.filter.status) notes.push({ key: "reports.notes.statusAtCutOff", params: { date: formatDate(query.cutOff, true) } });
  const province = (id: string) => geography.provinces.find((p) => p.id === id)?.name ?? id;
  // Each year's periods against its own cut-off: last year's compare with the same day a year earlier.
  const lastYearCutOff = sameDayLastYear(query.cutOff);
  for (const p of periodsUsed) {
    const thisYear = p.year === query.year;
    const cutOff = thisYear ? query.cutOff : lastYearCutOff;
    if (p.cutOffDate.getTime() >= cutOff.getTime()) continue;
    const key = thisYear ? "reports.notes.periodBefore" : "reports.notes.periodBeforeLastYear";
    notes.push({ key, params: { province: province(p.provinceId), period: { key: `reports.periods.${p.period}` }, date: formatDate(p.cutOffDate as CalendarDay, true), cutOff: formatDate(cutOff, true) } });
  }
  const periodicThisYear = periodsUsed.filter((p) => p.year === query.year).length;
  if (periodicThisYear) notes.push({ key: "reports.notes.periodicOnlyPlanExecuted", params: { count: periodicThisYear } });
  // Allocations exist for KCQG only: say so wherever the plan may include KCĐP (decision 030).
  if (query.source !== "KCQG") notes.push({ key: "reports.notes.allocatedKcqgOnly", params: {} });
  const notReported = MEASURE_KEYS.filter((k) => total.current[k] === null);
  for (const k of notReported) notes.push({ key: "reports.notes.notReported", params: { measure: { key: `reports.measures.${k}` } } });
  // Only lines without records (periodic measures aside, records have the ledger complete) are "not reported".
  const notReportedLines = lines.filter((l) => l.current.executed === null).length;
  if (total.disbursedOutsidePlan) {
    notes.push({ key: "reports.notes.disbursedOutsidePlan", params: { amount: formatMoney(total.disbursedOutsidePlan, "ty"), year: String(query.year), from: formatDate(startOfYear(query.year), true), cutOff: formatDate(query.cutOff, true) } });
  }
  if (notReportedLines) notes.push({ key: "reports.notes.linesNotReported", params: { count: notReportedLines } });
  // One pass over the facts, not one per output (decision 069).
  const unknown = new Map<string, number>();
  for (const f of facts) if (f.outputsUnknown?.length) for (const k of new Set(f.outputsUnknown)) unknown.set(k, (unknown.get(k) ?? 0) + 1);
  for (const k of OUTPUT_KEYS) {
    const count = unknown.get(k) ?? 0;
    if (count) notes.push({ key: "reports.notes.outputNotDerived", params: { output: { key: `reports.outputs.${k}` }, count } });
  }
  const outcomesMissing = OUTCOME_KEYS.reduce((n, k) => n + total.outcomes[k].notReported, 0);
  if (outcomesMissing) notes.push({ key: "reports.notes.outcomesNotReported", params: { count: outcomesMissing } });
  notes.push({ key: `reports.notes.basis.${query.basis}`, params: { date: formatDate(query.cutOff, true) } });
  return notes;
}
