import "server-only";
// What the forecast needs beyond the report's plan and executed figures, per province on the
// report's basis and through the actor's scope: the unpaid contract schedules due by 31/12 and
// the previous years' monthly curves (LedgerMonthTotal, kept by trigger: reads are provinces ×
// months, never ledger rows).
import type { Actor } from "../auth/actor";
import { projectScopeWhere } from "../auth/policy";
import { placeOnBasis, type Basis, type GeographyData } from "../admin-units/basis";
import { provinceScopeOf } from "../admin-units/scope";
import { calendarDay, type CalendarDay } from "../calendar";
import { scheduleVsActual } from "../contracts/schedule-actual";
import { readDb } from "../db/client";
import { measuresOf, type LedgerSums } from "../disbursements/measures";
import { unsafeSumsByContract } from "../disbursements/queries";
import type { Dong } from "../money";
import type { SourceFilter } from "../reports/types";
import { contractOwed, type YearCurve } from "./model";

/** Years of history the curves look back over. */
export const HISTORY_YEARS = 5;

import { UNPLACED } from "../reports/dimensions";

const sourceCodes = (source: SourceFilter) => (source === "ALL" ? ["KCQG", "KCDP"] : [source]);

/**
 * Provinces (as recorded) whose KCĐP figure of the year comes from a periodic report: their KCĐP
 * contracts and ledger rows are not the report's source (decision 030), so E (periodic) plus a
 * ledger schedule would count twice and a ledger curve would shape another path's figure.
 */
export type PeriodicKcdp = ReadonlySet<string>;
const onPeriodicPath = (periodic: PeriodicKcdp, code: string, provinceId: string | null) => code === "KCDP" && provinceId !== null && periodic.has(provinceId);

function placer(geo: GeographyData, basis: Basis) {
  const known = new Set(geo.provinces.map((p) => p.id));
  return (provinceId: string | null) => (provinceId === null || !known.has(provinceId) ? UNPLACED : placeOnBasis(geo, provinceId, basis).provinceId);
}

/**
 * Per basis province: what the programme contracts of the year's đề án still owe on their payment
 * schedules (items not yet covered by the ledger at the cut-off, lib/contracts/schedule-actual.ts)
 * and due by 31 December — overdue items included, undated items not.
 */
export async function scheduledUnpaidByProvince(actor: Actor, year: number, cutOff: CalendarDay, source: SourceFilter, geo: GeographyData, basis: Basis, periodic: PeriodicKcdp): Promise<Map<string, Dong>> {
  const yearEnd = calendarDay(year, 12, 31);
  const found = await readDb().contract.findMany({
    where: {
      status: { in: ["SIGNED"] },
      project: { AND: [projectScopeWhere(actor), { planYear: { lte: year }, endYear: { gte: year }, fundingSource: { code: { in: sourceCodes(source) } } }] },
      OR: [{ kind: { not: "SUPPORT_CONTRACT" } }, { parent: { kind: "TASK_ASSIGNMENT" } }],
      schedule: { some: { dueOn: { lte: yearEnd } } },
    },
    select: { id: true, value: true, project: { select: { provinceId: true, fundingSource: { select: { code: true } } } }, schedule: { select: { seq: true, kind: true, amount: true, dueOn: true }, orderBy: { seq: "asc" } } },
  });
  const contracts = found.filter((c) => !onPeriodicPath(periodic, c.project.fundingSource.code, c.project.provinceId));
  const sums = await unsafeSumsByContract({ contractId: { in: contracts.map((c) => c.id) }, occurredOn: { lte: cutOff } });
  const place = placer(geo, basis);
  const out = new Map<string, Dong>();
  for (const c of contracts) {
    const measures = measuresOf(sums.get(c.id) ?? {});
    const actual = scheduleVsActual(c.schedule, measures);
    const due = c.schedule.filter((i) => i.dueOn !== null && i.dueOn.getTime() <= yearEnd.getTime()).map((i) => i.seq);
    // A schedule promising more than the contract has left to pay counts only what is left.
    const owed = contractOwed(actual.filter((a) => due.includes(a.seq)).reduce((s, a) => s + a.remaining, 0n), c.value, measures.disbursed);
    if (owed === 0n) continue;
    const key = place(c.project.provinceId);
    out.set(key, (out.get(key) ?? 0n) + owed);
  }
  return out;
}

/**
 * Per basis province: each of the previous HISTORY_YEARS years' execution by month (programme
 * money disbursed in year y on đề án of plan year y), from LedgerMonthTotal. The core's executed
 * also counts multi-year đề án of earlier plan years (docs/decisions/030); the aggregate does not
 * carry their last year, and a curve is a share, so they are left out of it.
 */
export async function historyByProvince(actor: Actor, year: number, source: SourceFilter, geo: GeographyData, basis: Basis, periodic: PeriodicKcdp): Promise<Map<string, YearCurve[]>> {
  const scope = provinceScopeOf(actor);
  const sources = await readDb().fundingSource.findMany({ where: { code: { in: sourceCodes(source) } }, select: { id: true, code: true } });
  const codeOf = new Map(sources.map((s) => [s.id, s.code]));
  const years = Array.from({ length: HISTORY_YEARS }, (_, i) => year - HISTORY_YEARS + i);
  const groups = await readDb().ledgerMonthTotal.groupBy({
    by: ["year", "month", "provinceId", "fundingSourceId", "kind"],
    // year = planYear, row by row: a pair of `in` lists would also let 2021 đề án paid in 2022 in.
    where: {
      OR: years.map((y) => ({ year: y, planYear: y })),
      programme: true,
      fundingSourceId: { in: sources.map((s) => s.id) },
      ...(scope.all ? {} : { provinceId: { in: [...scope.provinceIds] } }),
    },
    _sum: { amount: true },
  });
  const place = placer(geo, basis);
  // province → year → month → sums by kind
  const sums = new Map<string, Map<number, LedgerSums[]>>();
  for (const g of groups) {
    if (onPeriodicPath(periodic, codeOf.get(g.fundingSourceId) ?? "", g.provinceId)) continue;
    const key = place(g.provinceId);
    const byYear = sums.get(key) ?? new Map<number, LedgerSums[]>();
    const months = byYear.get(g.year) ?? Array.from({ length: 12 }, (): LedgerSums => ({}));
    const m = months[g.month - 1]!;
    m[g.kind] = (m[g.kind] ?? 0n) + (g._sum.amount ?? 0n);
    byYear.set(g.year, months);
    sums.set(key, byYear);
  }
  return new Map(
    [...sums.entries()].map(([key, byYear]) => [key, [...byYear.entries()].sort(([a], [b]) => a - b).map(([y, months]) => ({ year: y, monthly: months.map((s) => measuresOf(s).disbursed) }))]),
  );
}
