// Plan and allocation figures for one year and funding source on a Vietnam calendar day, usable
// inside a transaction. The plan is the national plan version in force on the day
// (lib/plans/in-force.ts, the one rule); a unit's planned amount is the sum of its items
// (implementerId). Unscoped (`unsafe…`): national figures, read by callers that checked the role.
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

/**
 * The one "allocated" measure (dự toán giao): the year's allocations of a funding source dated
 * (allocatedOn) on or before `day`, per receiving unit and in total. The home figures, /du-toan
 * and the check in recordAllocation all read it, each with its day.
 */
export async function unsafeAllocatedSoFar(client: Tx, year: number, fundingSourceId: string, day: CalendarDay): Promise<{ total: Dong; byUnit: Map<string, Dong> }> {
  const groups = await client.budgetAllocation.groupBy({ by: ["receiverId"], where: { planYear: year, fundingSourceId, allocatedOn: { lte: day } }, _sum: { amount: true } });
  const byUnit = new Map<string, Dong>(groups.map((g) => [g.receiverId, g._sum.amount ?? 0n]));
  return { total: [...byUnit.values()].reduce((a, v) => a + v, 0n), byUnit };
}

/** unsafeAllocatedSoFar's total for several years in one query (the home page's years, decision 072). */
export async function unsafeAllocatedSoFarByYear(client: Tx, years: readonly number[], fundingSourceId: string, day: CalendarDay): Promise<Map<number, Dong>> {
  const groups = await client.budgetAllocation.groupBy({ by: ["planYear"], where: { planYear: { in: [...years] }, fundingSourceId, allocatedOn: { lte: day } }, _sum: { amount: true } });
  return new Map(groups.map((g) => [g.planYear, g._sum.amount ?? 0n]));
}
