import "server-only";
// Dự toán giao vs kế hoạch, per year and funding source, overall and per receiving unit.
// Percentages are "allocated / plan" and always carry their denominator in the UI.
import type { Actor } from "../auth/actor";
import { calendarDay, currentPlanYear, validDuringWhere, vietnamToday } from "../calendar";
import { db } from "../db/client";
import { NotFoundError } from "../errors";
import { ratioBp, type Dong } from "../money";
import { nameAt, NAME_HISTORY_SELECT } from "../organisations/names";
import { sourceLabel } from "./check";
import { unsafeAllocatedSoFar, unsafePlanInForce } from "./figures";
import { provinceScopeOf } from "../admin-units/scope";
import { allocationReceiverWhere, canReadAllocations } from "./policy";
import type { AllocationViewInput } from "./schemas";

export type UnitFigures = { receiverId: string; name: string; planned: Dong; projectCount: number; itemCount: number; allocated: Dong; shareBp: bigint | null; overPlan: boolean };
/** `counted`: dated on or before the day shown, so inside the totals; a later-dated entry is listed but not yet counted. */
export type AllocationEntry = { id: string; allocatedOn: Date; receiverName: string; amount: Dong; documentRef: string; note: string; counted: boolean };
export type AllocationOverview = {
  year: number;
  source: string;
  sourceLabel: string;
  plan: { versionNo: number; effectiveOn: Date; decision: string | null } | null;
  planTotal: Dong;
  allocatedTotal: Dong;
  shareBp: bigint | null;
  units: UnitFigures[];
  entries: AllocationEntry[];
};
export type AllocationFilters = { years: number[]; sources: { code: string; label: string }[]; year: number; source: string };

function requireReader(actor: Actor): void {
  if (!canReadAllocations(actor)) throw new NotFoundError("allocationsPage");
}

/** Year and source to show: the requested ones if they exist, else the current year (or the latest) and KCQG. */
export async function allocationFilters(actor: Actor, input: AllocationViewInput, now?: Date): Promise<AllocationFilters> {
  requireReader(actor);
  const [years, sources] = await Promise.all([
    db().planYear.findMany({ orderBy: { year: "desc" }, select: { year: true } }),
    db().fundingSource.findMany({ orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { code: true } }),
  ]);
  const yearList = years.map((y) => y.year);
  const thisYear = currentPlanYear(now);
  const year = input.year && yearList.includes(input.year) ? input.year : yearList.includes(thisYear) ? thisYear : (yearList[0] ?? thisYear);
  const codes = sources.map((s) => s.code);
  const source = input.source && codes.includes(input.source) ? input.source : codes.includes("KCQG") ? "KCQG" : (codes[0] ?? "KCQG");
  return { years: yearList, sources: codes.map((code) => ({ code, label: sourceLabel(code) })), year, source };
}

/** The plan side is the version in force today in Vietnam (`now` pins the clock in tests). */
export async function getAllocationOverview(actor: Actor, year: number, sourceCode: string, now?: Date): Promise<AllocationOverview> {
  requireReader(actor);
  const source = await db().fundingSource.findUnique({ where: { code: sourceCode }, select: { id: true, code: true } });
  if (!source) throw new NotFoundError("fundingSource");
  const today = vietnamToday(now);
  const [plan, allocated, rows] = await Promise.all([
    unsafePlanInForce(db(), year, source.id, today),
    unsafeAllocatedSoFar(db(), year, source.id, today),
    db().budgetAllocation.findMany({
      where: { planYear: year, fundingSourceId: source.id, receiver: allocationReceiverWhere(actor) },
      orderBy: [{ allocatedOn: "desc" }, { createdAt: "desc" }],
      select: { id: true, allocatedOn: true, amount: true, documentRef: true, note: true, receiverId: true },
    }),
  ]);
  const unitIds = [...new Set([...(plan?.byUnit.keys() ?? []), ...allocated.byUnit.keys()])];
  // An SCT sees only its province's units; national totals are then the sums of what it sees.
  const scoped = !provinceScopeOf(actor).all;
  const orgs = await db().organisation.findMany({ where: { id: { in: unitIds }, ...allocationReceiverWhere(actor) }, select: { id: true, names: NAME_HISTORY_SELECT } });
  const names = new Map(orgs.map((o) => [o.id, nameAt(o.names)]));
  const visibleIds = scoped ? unitIds.filter((id) => names.has(id)) : unitIds;
  const planTotal = scoped ? visibleIds.reduce((a, id) => a + (plan?.byUnit.get(id)?.planned ?? 0n), 0n) : (plan?.total ?? 0n);
  const allocatedTotal = scoped ? visibleIds.reduce((a, id) => a + (allocated.byUnit.get(id) ?? 0n), 0n) : allocated.total;
  const units = visibleIds
    .map((id): UnitFigures => {
      const p = plan?.byUnit.get(id);
      const given = allocated.byUnit.get(id) ?? 0n;
      const planned = p?.planned ?? 0n;
      return { receiverId: id, name: names.get(id) ?? "", planned, projectCount: p?.projectCount ?? 0, itemCount: p?.itemCount ?? 0, allocated: given, shareBp: ratioBp(given, planned), overPlan: given > planned };
    })
    .sort((a, b) => a.name.localeCompare(b.name, "vi"));
  return {
    year,
    source: source.code,
    sourceLabel: sourceLabel(source.code),
    plan: plan ? { versionNo: plan.versionNo, effectiveOn: plan.effectiveOn, decision: plan.decision } : null,
    planTotal,
    allocatedTotal,
    shareBp: ratioBp(allocatedTotal, planTotal),
    units,
    entries: rows.map((r) => ({ id: r.id, allocatedOn: r.allocatedOn, receiverName: names.get(r.receiverId) ?? "", amount: r.amount, documentRef: r.documentRef, note: r.note, counted: r.allocatedOn <= today })),
  };
}

export type ReceiverOption = { id: string; name: string; planned: boolean };

/** Units that may receive an allocation in the year: organisations valid during it, planned ones first. */
export async function listReceiverOptions(actor: Actor, year: number, sourceCode: string, now?: Date): Promise<ReceiverOption[]> {
  requireReader(actor);
  const start = calendarDay(year, 1, 1);
  const end = calendarDay(year + 1, 1, 1);
  const source = await db().fundingSource.findUnique({ where: { code: sourceCode }, select: { id: true } });
  const [orgs, plan] = await Promise.all([
    db().organisation.findMany({
      where: { AND: [validDuringWhere(start, end), allocationReceiverWhere(actor)] },
      select: { id: true, names: NAME_HISTORY_SELECT },
    }),
    source ? unsafePlanInForce(db(), year, source.id, vietnamToday(now)) : Promise.resolve(null),
  ]);
  const mid = calendarDay(year, 7, 1);
  return orgs
    .map((o) => ({ id: o.id, name: nameAt(o.names, mid), planned: Boolean(plan?.byUnit.has(o.id)) }))
    .sort((a, b) => Number(b.planned) - Number(a.planned) || a.name.localeCompare(b.name, "vi"));
}
