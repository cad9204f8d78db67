// Plan and allocation figures for one year and funding source, usable inside a transaction.
// The plan is the national plan version in force on a Vietnam calendar day (lib/plans/in-force.ts,
// the one rule); a unit's planned amount is the sum of its items (implementerId).
import type { CalendarDay } from "../calendar";
import type { Tx } from "../db/client";
import type { Dong } from "../money";
import { unsafeNationalVersionInForce } from "../plans/in-force";

export type UnitPlan = { planned: Dong; itemCount: number; projectCount: number };
export type PlanInForce = { versionId: string; versionNo: number; effectiveOn: Date; decision: string | null; total: Dong; byUnit: Map<string, UnitPlan> };

export async function unsafePlanInForce(client: Tx, year: number, fundingSourceId: string, day: CalendarDay): Promise<PlanInForce | null> {
  const version = await unsafeNationalVersionInForce(year, { id: fundingSourceId }, day, client);
  if (!version) return null;
  const groups = await client.planItem.groupBy({ by: ["implementerId"], where: { planVersionId: version.id }, _sum: { amount: true }, _count: { _all: true, projectId: true } });
  const byUnit = new Map<string, UnitPlan>(groups.map((g) => [g.implementerId, { planned: g._sum.amount ?? 0n, itemCount: g._count._all, projectCount: g._count.projectId }]));
  const total = [...byUnit.values()].reduce((a, u) => a + u.planned, 0n);
  const decision = version.decision ? `${version.decision.number}/${version.decision.symbol}` : null;
  return { versionId: version.id, versionNo: version.versionNo, effectiveOn: version.effectiveOn, decision, total, byUnit };
}

/** Allocated so far per receiving unit, and in total. */
export async function unsafeAllocatedSoFar(client: Tx, year: number, fundingSourceId: string): Promise<{ total: Dong; byUnit: Map<string, Dong> }> {
  const groups = await client.budgetAllocation.groupBy({ by: ["receiverId"], where: { planYear: year, fundingSourceId }, _sum: { amount: true } });
  const byUnit = new Map<string, Dong>(groups.map((g) => [g.receiverId, g._sum.amount ?? 0n]));
  return { total: [...byUnit.values()].reduce((a, v) => a + v, 0n), byUnit };
}
