// A Report (lib/reports/types.ts) as the API writes it: money as whole-đồng strings, ratios as
// percent strings with the measures they are over, notes rendered in Vietnamese beside their
// key. Pure, one function per part of the shape, so the OpenAPI schema mirrors it line by line.
import { renderMessage, type CatalogueKey } from "../i18n/messages";
import type { TrendRow } from "../reports/trend";
import type { Outcome, OutcomeKey, PeriodUsed, Ratio, Report, ReportLine, ReportNote, ReportQuery } from "../reports/types";
import { dayJson, instantJson, moneyJson, moneyRecordJson, percentJson } from "./serialize";

const bigintJson = (value: bigint | null) => (value === null ? null : value.toString());
/** Every field of T written, no other: a field the core adds fails to compile here until the API writes it. */
type AllOf<T> = { [K in keyof T]: unknown };

export function ratioJson(ratio: Ratio) {
  return { percent: percentJson(ratio.bp), numerator: ratio.numerator, denominator: ratio.denominator };
}

function outcomeJson(outcome: Outcome) {
  return { before: bigintJson(outcome.before), after: bigintJson(outcome.after), reported: outcome.reported, notReported: outcome.notReported };
}

export function lineJson(line: ReportLine) {
  return {
    key: line.key,
    label: line.label,
    href: line.href,
    straddling: line.straddling,
    path: line.path,
    current: moneyRecordJson(line.current),
    disbursedOutsidePlan: moneyJson(line.disbursedOutsidePlan),
    lastYear: moneyRecordJson(line.lastYear),
    outputs: line.outputs,
    outputsNotReported: line.outputsNotReported,
    outcomes: Object.fromEntries(Object.entries<Outcome>(line.outcomes).map(([key, value]) => [key, outcomeJson(value)])) as Record<OutcomeKey, ReturnType<typeof outcomeJson>>,
    percentOfPlan: ratioJson(line.percentOfPlan),
    vsSamePeriod: ratioJson(line.vsSamePeriod),
    planGrowth: ratioJson(line.planGrowth),
    shareOfNational: ratioJson(line.shareOfNational),
    allocatedOfKcqgPlan: { percent: percentJson(line.allocatedOfKcqgPlan.bp), kcqgPlanAdjusted: moneyJson(line.allocatedOfKcqgPlan.kcqgPlanAdjusted) },
  } satisfies AllOf<ReportLine>;
}

export function queryJson(query: ReportQuery) {
  return { year: query.year, preset: query.preset, cutOff: dayJson(query.cutOff), basis: query.basis, source: query.source, by: query.by, filter: query.filter } satisfies AllOf<ReportQuery>;
}

export function noteJson(note: ReportNote) {
  return { key: note.key, message: renderMessage("vi", note.key as CatalogueKey, note.params) };
}

function periodUsedJson(p: PeriodUsed) {
  return { provinceId: p.provinceId, source: p.source, year: p.year, period: p.period, cutOffDate: dayJson(p.cutOffDate) } satisfies AllOf<PeriodUsed>;
}

export function reportJson(report: Report) {
  return {
    query: queryJson(report.query),
    asOf: instantJson(report.asOf),
    lines: report.lines.map(lineJson),
    total: lineJson(report.total),
    context: report.context && { zone: report.context.zone && lineJson(report.context.zone), national: lineJson(report.context.national) },
    periodsUsed: report.periodsUsed.map(periodUsedJson),
    notes: report.notes.map(noteJson),
  } satisfies AllOf<Report>;
}
export type ReportJson = ReturnType<typeof reportJson>;

/** The trend over years: each year's total at the same cut-off, with the query's own report's context and notes. */
export function trendJson(trend: { rows: readonly TrendRow[]; latest: Report }) {
  const latest = reportJson(trend.latest);
  return {
    query: latest.query,
    asOf: latest.asOf,
    years: trend.rows.map((row) => ({ year: row.year, cutOff: dayJson(row.cutOff), periodicProvinces: row.periodicProvinces, total: lineJson(row.line) }) satisfies AllOf<Omit<TrendRow, "line">> & { total: unknown }),
    context: latest.context,
    notes: latest.notes,
  };
}
export type TrendJson = ReturnType<typeof trendJson>;
