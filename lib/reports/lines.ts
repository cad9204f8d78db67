// Adding facts into report lines (pure): null-aware sums (null = not reported, and it stays out of
// every sum), the ratios of a line, and the data path of a line.
import { ratioBp } from "../money";
import type { Fact } from "./facts";
import { growthBp } from "./period";
import type { DataPath, MeasureKey, Measures, OutcomeKey, Outcome, OutputKey, Outputs, Ratio, ReportLine } from "./types";

export const MEASURE_KEYS: MeasureKey[] = ["planOriginal", "planAdjusted", "allocated", "contracted", "advanced", "paid", "settled", "refunded", "executed"];
export const OUTPUT_KEYS: OutputKey[] = ["projects", "models", "facilities", "machines", "cleanerProduction", "trainees", "booths", "typicalProducts", "brands"];
/**
 * The outcome indicators at acceptance, in report order: money (đồng) or a count, and whether the
 * indicator is itself an average per beneficiary (averageIncome, đồng per worker and month): an
 * average is reported as the mean over the beneficiaries that reported it, never as a sum.
 * Pages and exports read this one list.
 */
export const OUTCOMES: readonly { key: OutcomeKey; kind: "money" | "count"; average: boolean }[] = [
  { key: "productionValue", kind: "money", average: false },
  { key: "revenue", kind: "money", average: false },
  { key: "jobs", kind: "count", average: false },
  { key: "averageIncome", kind: "money", average: true },
  { key: "products", kind: "count", average: false },
  { key: "machinery", kind: "count", average: false },
];
export const OUTCOME_KEYS: OutcomeKey[] = OUTCOMES.map((o) => o.key);

export const emptyMeasures = (): Measures => Object.fromEntries(MEASURE_KEYS.map((k) => [k, null])) as Measures;
export const emptyOutputs = (): Outputs => Object.fromEntries(OUTPUT_KEYS.map((k) => [k, null])) as Outputs;
export const emptyOutcomes = (): Record<OutcomeKey, Outcome> =>
  Object.fromEntries(OUTCOME_KEYS.map((k) => [k, { before: null, after: null, reported: 0, notReported: 0 }])) as Record<OutcomeKey, Outcome>;

/** a + b where null is "not reported": null + x = x, null + null = null. */
export function addNullable<T extends bigint | number>(a: T | null, b: T | null | undefined): T | null {
  if (b === null || b === undefined) return a;
  if (a === null) return b;
  return ((a as never) + (b as never)) as unknown as T;
}

export type LineAccumulator = {
  current: Measures;
  lastYear: Measures;
  outputs: Outputs;
  /** Per output, the provinces whose periodic report left it out. */
  outputsMissing: Record<OutputKey, Set<string>>;
  outcomes: Record<OutcomeKey, Outcome>;
  paths: Set<"records" | "periodic">;
  /** Disbursed in the period on đề án of other years' plans (current year only). */
  outsidePlan: bigint | null;
  /** The KCQG part of the plan in force (current year): the denominator of allocated %. */
  kcqgPlan: bigint | null;
};

const emptyMissing = () => Object.fromEntries(OUTPUT_KEYS.map((k) => [k, new Set<string>()])) as Record<OutputKey, Set<string>>;

export const emptyAccumulator = (): LineAccumulator => ({ current: emptyMeasures(), lastYear: emptyMeasures(), outputs: emptyOutputs(), outputsMissing: emptyMissing(), outcomes: emptyOutcomes(), paths: new Set(), outsidePlan: null, kcqgPlan: null });

/**
 * On the records path the ledger, allocations and contracts are complete: a line with records but
 * no entry has 0 of them, not "not reported". The plan is not among them (no plan issued stays
 * null); the periodic path reports none of them, so they stay null there.
 */
export const RECORDS_COMPLETE: readonly MeasureKey[] = ["allocated", "contracted", "advanced", "paid", "settled", "refunded", "executed"];

export function addFact(acc: LineAccumulator, fact: Fact, which: "current" | "lastYear"): void {
  const target = acc[which];
  if (fact.path === "records") for (const k of RECORDS_COMPLETE) target[k] ??= 0n;
  // for…in, not Object.entries: this runs once per fact (10⁵ at scale 40), and entries allocate (decision 069).
  const measures = fact.measures;
  for (const k in measures) target[k as MeasureKey] = addNullable(target[k as MeasureKey], measures[k as MeasureKey]);
  if (which === "current") {
    // Records are complete: no accepted đề án is 0 of each count (a count a đề án's lines cannot give stays out, with its note).
    if (fact.path === "records") for (const k of OUTPUT_KEYS) if (!fact.outputsUnknown?.includes(k)) acc.outputs[k] ??= 0;
    const outputs = fact.outputs;
    for (const k in outputs) acc.outputs[k as OutputKey] = addNullable(acc.outputs[k as OutputKey], outputs[k as OutputKey]);
    if (fact.outputsNotReported) for (const k of fact.outputsNotReported) acc.outputsMissing[k].add(fact.provinceId ?? "");
    if (fact.outcomes) addOutcomes(acc, fact.outcomes);
    acc.outsidePlan = addNullable(acc.outsidePlan, fact.disbursedOutsidePlan);
    if (fact.source === "KCQG") acc.kcqgPlan = addNullable(acc.kcqgPlan, fact.measures.planAdjusted);
    acc.paths.add(fact.path);
  }
}

/**
 * The current executed of `facts` exactly as addFact sums it (records complete: 0, not null), without
 * a whole accumulator: the denominator of share of national needs only this figure.
 */
export function executedOf(facts: readonly Fact[]): bigint | null {
  let sum: bigint | null = null;
  for (const f of facts) {
    if (f.path === "records") sum ??= 0n;
    sum = addNullable(sum, f.measures.executed);
  }
  return sum;
}

/** A line the records path covers with nothing on it (a month without payments): 0 of every complete measure, not "not reported". */
export function markRecordsComplete(acc: LineAccumulator, which: "current" | "lastYear"): void {
  for (const k of RECORDS_COMPLETE) acc[which][k] ??= 0n;
  if (which === "current") acc.paths.add("records");
}

export function addOutcomes(acc: LineAccumulator, outcomes: Partial<Record<OutcomeKey, Outcome>>): void {
  for (const [k, o] of Object.entries(outcomes) as [OutcomeKey, Outcome][]) {
    const t = acc.outcomes[k];
    acc.outcomes[k] = { before: addNullable(t.before, o.before), after: addNullable(t.after, o.after), reported: t.reported + o.reported, notReported: t.notReported + o.notReported };
  }
}

/** Adds line b into a (for totals: the total is the sum of the lines, so drilling down adds up by construction). */
export function mergeAccumulator(a: LineAccumulator, b: LineAccumulator): void {
  for (const k of MEASURE_KEYS) {
    a.current[k] = addNullable(a.current[k], b.current[k]);
    a.lastYear[k] = addNullable(a.lastYear[k], b.lastYear[k]);
  }
  for (const k of OUTPUT_KEYS) {
    a.outputs[k] = addNullable(a.outputs[k], b.outputs[k]);
    b.outputsMissing[k].forEach((id) => a.outputsMissing[k].add(id));
  }
  addOutcomes(a, b.outcomes);
  a.outsidePlan = addNullable(a.outsidePlan, b.outsidePlan);
  a.kcqgPlan = addNullable(a.kcqgPlan, b.kcqgPlan);
  b.paths.forEach((p) => a.paths.add(p));
}

export function pathOf(paths: Set<"records" | "periodic">): DataPath {
  if (paths.size === 0) return "none";
  if (paths.size === 2) return "mixed";
  return [...paths][0]!;
}

const ratio = (numerator: bigint | null, denominator: bigint | null): bigint | null => (numerator === null || denominator === null ? null : ratioBp(numerator, denominator));

/** sum / n rounded half away from zero (n > 0). */
const meanOf = (sum: bigint, n: number): bigint => {
  const d = BigInt(n);
  const q = ((sum < 0n ? -sum : sum) * 2n + d) / (2n * d);
  return sum < 0n ? -q : q;
};

/** The accumulated outcomes as reported: sums, and the mean over the reporting beneficiaries for an average. */
export function reportedOutcomes(outcomes: Record<OutcomeKey, Outcome>): Record<OutcomeKey, Outcome> {
  const out = { ...outcomes };
  for (const { key } of OUTCOMES.filter((o) => o.average)) {
    const o = outcomes[key];
    if (o.reported > 0) out[key] = { ...o, before: o.before === null ? null : meanOf(o.before, o.reported), after: o.after === null ? null : meanOf(o.after, o.reported) };
  }
  return out;
}

/** A finished line: the measures plus every ratio, each naming its numerator and denominator. */
export function finishLine(acc: LineAccumulator, meta: Pick<ReportLine, "key" | "label" | "href" | "straddling">, nationalExecuted: bigint | null): ReportLine {
  const { current, lastYear } = acc;
  const percentOfPlan: Ratio = { bp: ratio(current.executed, current.planAdjusted), numerator: "executed", denominator: "planAdjusted" };
  const vsSamePeriod: Ratio = { bp: ratio(current.executed, lastYear.executed), numerator: "executed", denominator: "lastYearExecuted" };
  const planGrowth: Ratio = { bp: growthBp(current.planAdjusted, lastYear.planAdjusted), numerator: "planAdjusted", denominator: "lastYearPlanAdjusted" };
  const shareOfNational: Ratio = { bp: ratio(current.executed, nationalExecuted), numerator: "executed", denominator: "nationalExecuted" };
  // Records without such money have 0 of it; a line with no records has it not reported.
  const disbursedOutsidePlan = acc.outsidePlan ?? (acc.paths.has("records") ? 0n : null);
  const outputsNotReported = Object.fromEntries(OUTPUT_KEYS.map((k) => [k, acc.outputsMissing[k].size])) as Record<OutputKey, number>;
  return { ...meta, current, lastYear, outputs: acc.outputs, outputsNotReported, outcomes: reportedOutcomes(acc.outcomes), path: pathOf(acc.paths), disbursedOutsidePlan, percentOfPlan, vsSamePeriod, planGrowth, shareOfNational,
    allocatedOfKcqgPlan: { bp: ratio(current.allocated, acc.kcqgPlan), kcqgPlanAdjusted: acc.kcqgPlan } };
}

/** Any ratio of two measures of a line (e.g. allocated / planAdjusted), named like the line's own ratios. */
export function lineRatio(line: Pick<ReportLine, "current">, numerator: MeasureKey, denominator: MeasureKey): Ratio {
  return { bp: ratio(line.current[numerator], line.current[denominator]), numerator, denominator };
}

export type CurvePoint = { month: number; current: bigint | null; lastYear: bigint | null };

/**
 * The year's cumulative executed curve from a report by month (the overview's year-over-year
 * line): months 1–12, the running sum of each month's line; null after the cut-off's month (not
 * yet reported). Before the first payment it is 0 where records exist (the "_none" line, which
 * holds the plan and allocations, then has executed 0: the ledger is complete) and null on the
 * periodic path only (a report gives its cut-off's month, nothing before).
 */
export function monthlyCurve(lines: readonly Pick<ReportLine, "key" | "current" | "lastYear">[], cutOffMonth: number): CurvePoint[] {
  const byMonth = new Map(lines.map((l) => [l.key, l]));
  const points: CurvePoint[] = [];
  const undated = byMonth.get("_none");
  const start = (v: bigint | null | undefined): bigint | null => (v === null || v === undefined ? null : 0n);
  let current = start(undated?.current.executed);
  let lastYear = start(undated?.lastYear.executed);
  for (let month = 1; month <= 12; month++) {
    const line = byMonth.get(String(month).padStart(2, "0"));
    current = addNullable(current, line?.current.executed);
    lastYear = addNullable(lastYear, line?.lastYear.executed);
    points.push({ month, current: month <= cutOffMonth ? current : null, lastYear: month <= cutOffMonth ? lastYear : null });
  }
  return points;
}
