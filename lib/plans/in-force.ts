import "server-only";
// "The version in force" for reports: the latest issued version with effectiveOn ≤ date.
// Unscoped by design: callers first resolve a plan the actor may see (planScopeWhere).
import { db, type Tx } from "../db/client";
import { versionInForce } from "./versions";

export async function planVersionInForce(planId: string, date: Date, tx: Tx = db()) {
  const versions = await tx.planVersion.findMany({ where: { planId, versionNo: { gte: 1 }, effectiveOn: { lte: date } }, select: { id: true, versionNo: true, effectiveOn: true } });
  return versionInForce(versions, date);
}

export const planItemSelect = {
  id: true,
  projectId: true,
  taskTitle: true,
  implementerId: true,
  provinceId: true,
  amount: true,
  project: { select: { code: true, title: true, status: true, locationText: true, contents: { select: { contentCategory: { select: { code: true, name: true } } } } } },
  implementer: { select: { names: { select: { name: true, validFrom: true, validTo: true } } } },
  province: { select: { name: true, zoneMemberships: { select: { official: true, zone: { select: { code: true, name: true } } } } } },
} as const;

/** Items of the plan as of a date (empty before the first decision takes effect). */
export async function planItemsAsOf(planId: string, date: Date, tx: Tx = db()) {
  const version = await planVersionInForce(planId, date, tx);
  if (!version) return { version: null, items: [] };
  return { version, items: await tx.planItem.findMany({ where: { planVersionId: version.id }, select: planItemSelect, orderBy: [{ projectId: { sort: "asc", nulls: "last" } }, { id: "asc" }] }) };
}
