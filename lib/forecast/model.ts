// Year-end forecast of execution (issue #9 §5, docs/decisions/034). Pure, exact bigint maths: no
// floats touch money. Up to three kinds of estimate of the year's execution are formed from what
// is known at the cut-off:
// - curve (previous years): executed so far ÷ the share of the year's execution a past year had
//   reached by the same day — one estimate per usable past year;
// - run-rate: executed so far ÷ the share of the year's days elapsed;
// - schedule: executed so far + contract payment-schedule items not yet paid and due by 31/12
//   (each contract's items capped at what it can still pay, contractOwed).
// The central figure is the median of all the estimates; low and high are their smallest and
// largest (low never below what was executed). With a single estimate there is no range
// (`ranged` false): a high equal to the central would be a fake one.
import { daysInMonth } from "../calendar";
import type { Dong } from "../money";

/** A past year's execution by month (index 0 = January), whole đồng, net disbursed. */
export type YearCurve = { year: number; monthly: readonly Dong[] };

export type ForecastInput = {
  year: number;
  /** Month 1–12 and day of the cut-off (inside `year`). */
  cutOffMonth: number;
  cutOffDay: number;
  /** Executed from 1 January to the cut-off. */
  executed: Dong;
  /** Unpaid schedule items due after the cut-off and by 31 December. */
  scheduledUnpaid: Dong;
  history: readonly YearCurve[];
};

/** MEDIAN: the median of estimates of more than one kind (`methods` names them). */
export type ForecastMethod = "ACTUAL" | "CURVE" | "RUN_RATE" | "SCHEDULE" | "MEDIAN" | "INSUFFICIENT";
export type EstimateKind = "CURVE" | "RUN_RATE" | "SCHEDULE";

export type Forecast = {
  low: Dong;
  central: Dong;
  high: Dong;
  method: ForecastMethod;
  /** The kinds of estimate the figures come from. */
  methods: EstimateKind[];
  /** Whether low and high are a real spread of two estimates or more. */
  ranged: boolean;
  /** Past years whose curve was usable (a total above 0 and a share of at least MIN_SHARE). */
  historyYears: number[];
  estimates: { curve: Dong[]; runRate: Dong | null; schedule: Dong };
};

/** A past year reaching less than 1/MIN_SHARE_DIVISOR (2 %) by the day says nothing usable: dividing by it explodes. */
export const MIN_SHARE_DIVISOR = 50n;

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Day of the year of the cut-off, 1 = 1 January. */
export function dayOfYear(year: number, month: number, day: number): number {
  let n = day;
  for (let m = 1; m < month; m++) n += daysInMonth(year, m);
  return n;
}

/**
 * The share a past year had reached by the same month and day, as a fraction num/den of its total:
 * the months before in full plus the cut-off month pro rata by day. Null when the year executed
 * nothing (no share exists) or reached less than 2 %.
 */
export function shareReached(curve: YearCurve, month: number, day: number): { num: bigint; den: bigint } | null {
  const total = curve.monthly.reduce((a, v) => a + v, 0n);
  if (total <= 0n) return null;
  const dim = BigInt(daysInMonth(curve.year, month));
  const before = curve.monthly.slice(0, month - 1).reduce((a, v) => a + v, 0n);
  const inMonth = curve.monthly[month - 1] ?? 0n;
  // 29 February of a leap cut-off against a common past year counts as its month's end.
  const d = BigInt(Math.min(day, Number(dim)));
  const num = before * dim + inMonth * d;
  const den = total * dim;
  if (num * MIN_SHARE_DIVISOR < den) return null;
  return { num, den };
}

/** Median of bigints (the mean of the two middle values, rounded down, for an even count). */
export function medianDong(values: readonly Dong[]): Dong | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2n;
}

const maxOf = (values: readonly Dong[]): Dong => values.reduce((a, v) => (v > a ? v : a));
const minOf = (values: readonly Dong[]): Dong => values.reduce((a, v) => (v < a ? v : a));

/** What a contract's unpaid schedule can still bring: never more than its value less what was disbursed on it. */
export function contractOwed(scheduleRemaining: Dong, value: Dong, disbursed: Dong): Dong {
  const room = value - disbursed;
  if (room <= 0n || scheduleRemaining <= 0n) return 0n;
  return scheduleRemaining < room ? scheduleRemaining : room;
}

/** Executed plus the unpaid schedule above the plan: the schedules promise more than was planned. */
export function scheduleAbovePlan(executed: Dong | null, scheduledUnpaid: Dong, plan: Dong | null): boolean {
  return plan !== null && scheduledUnpaid > 0n && (executed ?? 0n) + scheduledUnpaid > plan;
}

export function forecastYearEnd(input: ForecastInput): Forecast {
  const { year, cutOffMonth: month, cutOffDay: day, executed } = input;
  const scheduled = input.scheduledUnpaid > 0n ? input.scheduledUnpaid : 0n;
  const schedule = executed + scheduled;
  const daysInYear = isLeap(year) ? 366 : 365;
  const elapsed = dayOfYear(year, month, day);
  if (elapsed >= daysInYear) {
    // The cut-off is 31 December: the year is what was executed.
    return { low: executed, central: executed, high: executed, method: "ACTUAL", methods: [], ranged: false, historyYears: [], estimates: { curve: [], runRate: executed, schedule: executed } };
  }
  const usable = input.history.flatMap((c) => {
    const share = shareReached(c, month, day);
    return share ? [{ year: c.year, estimate: (executed * share.den) / share.num }] : [];
  });
  const curve = usable.map((u) => u.estimate);
  // A run-rate (or a curve) from nothing executed says nothing: the programme pays late in the year.
  const runRate = executed > 0n ? (executed * BigInt(daysInYear)) / BigInt(elapsed) : null;
  const estimates = { curve: executed > 0n ? curve : [], runRate, schedule };
  const methods: EstimateKind[] = [];
  if (estimates.curve.length) methods.push("CURVE");
  if (runRate !== null) methods.push("RUN_RATE");
  // The schedule is an estimate only when something is due: E + 0 would say "nothing more is paid".
  if (scheduled > 0n) methods.push("SCHEDULE");
  const candidates = [...estimates.curve, ...(runRate === null ? [] : [runRate]), ...(scheduled > 0n ? [schedule] : [])];
  const historyYears = estimates.curve.length ? usable.map((u) => u.year) : [];
  if (candidates.length === 0) {
    return { low: 0n, central: 0n, high: 0n, method: "INSUFFICIENT", methods, ranged: false, historyYears: [], estimates };
  }
  const central = medianDong(candidates)!;
  const method: ForecastMethod = methods.length === 1 ? methods[0]! : "MEDIAN";
  if (candidates.length === 1) return { low: central, central, high: central, method, methods, ranged: false, historyYears, estimates };
  const low = maxOf([executed, minOf(candidates)]);
  return { low: low > central ? central : low, central, high: maxOf(candidates), method, methods, ranged: true, historyYears, estimates };
}

/** Threshold of the share of plan below which a unit is flagged, basis points (default 80 %). */
export const DEFAULT_THRESHOLD_BP = 8000;
export const MIN_THRESHOLD_BP = 1000;
export const MAX_THRESHOLD_BP = 10000;

/** BELOW_ACTUAL: the year is closed and its execution is below (a fact, not a forecast). */
export type ForecastFlag = "BELOW" | "BELOW_EVEN_HIGH" | "BELOW_ACTUAL" | "NONE" | "NO_PLAN" | "INSUFFICIENT";

/**
 * Whether a unit is likely to end below `thresholdBp` of its plan: its central forecast is below
 * (BELOW), or even its high one is (BELOW_EVEN_HIGH, only with a real range); a closed year's
 * execution below is BELOW_ACTUAL. A plan of 0 or not reported cannot be
 * missed (NO_PLAN); a unit without any data is not judged (INSUFFICIENT).
 */
export function forecastFlag(forecast: Pick<Forecast, "central" | "high" | "method" | "ranged">, plan: Dong | null, thresholdBp: number): ForecastFlag {
  if (plan === null || plan <= 0n) return "NO_PLAN";
  if (forecast.method === "INSUFFICIENT") return "INSUFFICIENT";
  const bar = plan * BigInt(thresholdBp);
  if (forecast.method === "ACTUAL") return forecast.central * 10_000n < bar ? "BELOW_ACTUAL" : "NONE";
  if (forecast.ranged && forecast.high * 10_000n < bar) return "BELOW_EVEN_HIGH";
  if (forecast.central * 10_000n < bar) return "BELOW";
  return "NONE";
}

/** Sum of units' forecasts (a zone, the country): ranges add; the method is the provinces'. */
export function sumForecasts(forecasts: readonly Pick<Forecast, "low" | "central" | "high">[]): { low: Dong; central: Dong; high: Dong } {
  return forecasts.reduce((a, f) => ({ low: a.low + f.low, central: a.central + f.central, high: a.high + f.high }), { low: 0n, central: 0n, high: 0n });
}
