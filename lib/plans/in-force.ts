import "server-only";
// "The plan version in force at a day": the one rule, used by plans, allocations (dự toán giao),
// the home figures, the annex and every later report. Among the versions of ISSUED plans with
// versionNo ≥ 1 (version 0 is the working draft) and effectiveOn ≤ day, the one with the latest
// effective date wins, then the highest version number. A backdated adjustment (a higher version
// effective earlier) therefore does not hide a later-effective version.
// Unscoped by design: callers first resolve plans the actor may see (planScopeWhere), or pass a
// where that is theirs to decide (the national KCQG plan of a year).
import type { CalendarDay } from "../calendar";
import { db, type Tx } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { NAME_HISTORY_SELECT } from "../organisations/names";

export const DRAFT_VERSION_NO = 0;

export type VersionStamp = { versionNo: number; effectiveOn: Date };

/** Pure: the version in force at `day` among `versions`, whatever their order. */
export function versionInForce<V extends VersionStamp>(versions: readonly V[], day: CalendarDay): V | null {
  let best: V | null = null;
  for (const v of versions) {
    if (v.versionNo <= DRAFT_VERSION_NO || v.effectiveOn.getTime() > day.getTime()) continue;
    if (!best || v.effectiveOn > best.effectiveOn || (v.effectiveOn.getTime() === best.effectiveOn.getTime() && v.versionNo > best.versionNo)) best = v;
  }
  return best;
}

const versionSelect = {
  id: true,
  planId: true,
  versionNo: true,
  effectiveOn: true,
  plan: { select: { planYear: true } },
  decision: { select: { number: true, symbol: true } },
} as const;

export type VersionInForce = Prisma.PlanVersionGetPayload<{ select: typeof versionSelect }>;

/**
 * The version in force at `day` of each ISSUED plan matching `planWhere`, by plan id. Unscoped:
 * `planWhere` must carry the actor's scope (planScopeWhere) or name plans the caller has already
 * authorised (a national figure, a plan read through the scope).
 */
export async function unsafeVersionsInForce(planWhere: Prisma.AnnualPlanWhereInput, day: CalendarDay, client: Tx = db()): Promise<Map<string, VersionInForce>> {
  const candidates = await client.planVersion.findMany({
    where: { versionNo: { gt: DRAFT_VERSION_NO }, effectiveOn: { lte: day }, plan: { AND: [planWhere, { status: "ISSUED" }] } },
    select: versionSelect,
  });
  const byPlan = new Map<string, VersionInForce[]>();
  for (const v of candidates) byPlan.set(v.planId, [...(byPlan.get(v.planId) ?? []), v]);
  const inForce = new Map<string, VersionInForce>();
  for (const [planId, versions] of byPlan) {
    const v = versionInForce(versions, day);
    if (v) inForce.set(planId, v);
  }
  return inForce;
}

/** The version of one plan in force at `day`, or null before its first decision takes effect. */
export async function unsafePlanVersionInForce(planId: string, day: CalendarDay, client: Tx = db()): Promise<VersionInForce | null> {
  return (await unsafeVersionsInForce({ id: planId }, day, client)).get(planId) ?? null;
}

/** The national plan (KCQG track) of a year and funding source, in force at `day`. */
export async function unsafeNationalVersionInForce(year: number, fundingSource: { id: string } | { code: string }, day: CalendarDay, client: Tx = db()): Promise<VersionInForce | null> {
  const source = "id" in fundingSource ? { fundingSourceId: fundingSource.id } : { fundingSource: { code: fundingSource.code } };
  const found = [...(await unsafeVersionsInForce({ level: "NATIONAL", planYear: year, ...source }, day, client)).values()];
  // (planYear, fundingSource, level, province) is unique and national plans have no province.
  return found[0] ?? null;
}

export const planItemSelect = {
  id: true,
  projectId: true,
  taskTitle: true,
  implementerId: true,
  provinceId: true,
  amount: true,
  project: { select: { code: true, title: true, status: true, locationText: true, contents: { select: { contentCategory: { select: { code: true, name: true } } } } } },
  implementer: { select: { names: NAME_HISTORY_SELECT } },
  province: { select: { name: true, zoneMemberships: { select: { official: true, zone: { select: { code: true, name: true } } } } } },
} as const;

/** Items of the plan as of a day (empty before the first decision takes effect). */
export async function unsafePlanItemsAsOf(planId: string, day: CalendarDay, client: Tx = db()) {
  const version = await unsafePlanVersionInForce(planId, day, client);
  if (!version) return { version: null, items: [] };
  return { version, items: await client.planItem.findMany({ where: { planVersionId: version.id }, select: planItemSelect, orderBy: [{ projectId: { sort: "asc", nulls: "last" } }, { id: "asc" }] }) };
}
