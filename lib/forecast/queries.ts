import "server-only";
// The year-end forecast per province, zone and nation, scoped like the reports: the plan and the
// executed figures come from the reporting core (buildReport by province, so they are the
// report's own numbers and path), the schedules and curves from lib/forecast/facts.ts. Zones and
// the nation are sums of their provinces, shown to national readers only (an SCT sees its
// provinces and their sum).
import type { Actor } from "../auth/actor";
import { mergerDateOf, type Basis, type GeographyData } from "../admin-units/basis";
import { groupLineOf } from "../admin-units/groups";
import { loadGeography } from "../admin-units/load";
import { isNational } from "../admin-units/scope";
import { dayOfMonthOf, monthOf, type CalendarDay } from "../calendar";
import type { Dong } from "../money";
import { buildReport } from "../reports/build";
import type { ReportQuery } from "../reports/types";
import { historyByProvince, scheduledUnpaidByProvince } from "./facts";
import { forecastFlag, forecastYearEnd, scheduleAbovePlan, sumForecasts, type Forecast, type ForecastFlag } from "./model";
import type { ForecastRow, ForecastView } from "./types";



/** The province set in force at the cut-off: the 34 from the merger day, the 63 before it. */
export function basisInForce(geo: GeographyData, cutOff: CalendarDay): Basis {
  const merger = mergerDateOf(geo.successions);
  return merger !== null && cutOff.getTime() >= merger.getTime() ? "34" : "63";
}

/** The forecast's default basis when the URL names none: the set in force at the query's cut-off. */
export async function forecastBasisInForce(cutOff: CalendarDay): Promise<Basis> {
  return basisInForce(await loadGeography(), cutOff);
}

/** A province row worth a line: something planned, executed or scheduled (an empty old record is noise). */
const hasFigures = (r: Pick<ForecastRow, "plan" | "executed" | "scheduledUnpaid">) => (r.plan ?? 0n) > 0n || (r.executed ?? 0n) > 0n || r.scheduledUnpaid > 0n;

// A unit without a forecast has no share: "–", never 0,0 %.
const share = (f: Pick<Forecast, "central" | "method">, plan: Dong | null) => (f.method !== "INSUFFICIENT" && plan && plan > 0n ? (f.central * 10_000n) / plan : null);
export const isFlagged = (f: ForecastFlag) => f === "BELOW" || f === "BELOW_EVEN_HIGH" || f === "BELOW_ACTUAL";

function sumRow(key: string, label: string, rows: readonly ForecastRow[], thresholdBp: number): ForecastRow {
  // A province without a forecast has a central of 0: its plan would make the sum look short, so
  // the plan and the share are over the forecast provinces only and the rest are counted instead.
  const forecast = rows.filter((r) => r.method !== "INSUFFICIENT");
  const plan = forecast.some((r) => r.plan !== null) ? forecast.reduce((a, r) => a + (r.plan ?? 0n), 0n) : null;
  const executed = rows.some((r) => r.executed !== null) ? rows.reduce((a, r) => a + (r.executed ?? 0n), 0n) : null;
  const range = sumForecasts(forecast);
  const insufficient = rows.length > 0 && forecast.length === 0;
  const ranged = forecast.some((r) => r.ranged);
  const method = insufficient ? "INSUFFICIENT" : forecast.every((r) => r.method === "ACTUAL") ? "ACTUAL" : "CURVE";
  return {
    key, label, plan, executed, scheduledUnpaid: rows.reduce((a, r) => a + r.scheduledUnpaid, 0n), ...range,
    shareBp: share({ central: range.central, method }, plan), method: null, historyYears: [], ranged,
    scheduleAbovePlan: rows.some((r) => r.scheduleAbovePlan),
    flag: forecastFlag({ ...range, method, ranged }, plan, thresholdBp),
    flaggedProvinces: rows.filter((r) => isFlagged(r.flag)).length,
    unforecast: rows.length - forecast.length,
  };
}

export async function buildForecast(actor: Actor, query: ReportQuery, thresholdBp: number): Promise<ForecastView> {
  const geo = await loadGeography();
  const report = await buildReport(actor, { ...query, by: "province" });
  // The report's precedence: where its KCĐP figure is a periodic report, no KCĐP ledger is read.
  const periodic = new Set(report.periodsUsed.filter((p) => p.year === query.year && p.source === "KCDP").map((p) => p.provinceId));
  const [scheduled, history] = await Promise.all([
    scheduledUnpaidByProvince(actor, query.year, query.cutOff, query.source, geo, query.basis, periodic),
    historyByProvince(actor, query.year, query.source, geo, query.basis, periodic),
  ]);
  // The core keeps the cut-off inside the year (1/1 … 31/12).
  const month = monthOf(query.cutOff);
  const day = dayOfMonthOf(query.cutOff);
  const provinces = report.lines.map((line): ForecastRow => {
    const plan = line.current.planAdjusted;
    const executed = line.current.executed;
    const scheduledUnpaid = scheduled.get(line.key) ?? 0n;
    // Executed not reported is not 0: nothing to extrapolate from, except a schedule still due
    // (the contracts' own payments, a SCHEDULE estimate on its own).
    const f = executed === null && scheduledUnpaid === 0n
      ? { low: 0n, central: 0n, high: 0n, method: "INSUFFICIENT" as const, historyYears: [], ranged: false }
      : forecastYearEnd({ year: query.year, cutOffMonth: month, cutOffDay: day, executed: executed ?? 0n, scheduledUnpaid, history: executed === null ? [] : history.get(line.key) ?? [] });
    const flag = forecastFlag(f, plan, thresholdBp);
    return {
      key: line.key, label: line.label, plan, executed, scheduledUnpaid, low: f.low, central: f.central, high: f.high, shareBp: share(f, plan), method: f.method, historyYears: f.historyYears,
      ranged: f.ranged, scheduleAbovePlan: scheduleAbovePlan(executed, scheduledUnpaid, plan),
      flag, flaggedProvinces: isFlagged(flag) ? 1 : 0, unforecast: f.method === "INSUFFICIENT" ? 1 : 0,
    };
  }).filter(hasFigures);
  const national = isNational(actor);
  const zones: ForecastRow[] = [];
  if (national) {
    const byZone = new Map<string, { label: string; rows: ForecastRow[] }>();
    for (const row of provinces) {
      const known = geo.provinces.some((p) => p.id === row.key);
      const line = known ? groupLineOf(geo, "zones", row.key) : null;
      const key = line?.key ?? "_none";
      const entry = byZone.get(key) ?? { label: line ? line.names.join(" + ") : row.label, rows: [] };
      entry.rows.push(row);
      byZone.set(key, entry);
    }
    for (const [key, { label, rows }] of byZone) zones.push(sumRow(key, label, rows, thresholdBp));
    zones.sort((a, b) => a.label.localeCompare(b.label, "vi"));
  }
  return { query, thresholdBp, asOf: report.asOf, provinces, zones, total: sumRow("total", "", provinces, thresholdBp), national };
}
