// Who sees and who decides plans. National roles read every plan. The quyết định giao kế hoạch
// is sent to implementers and SCTs (TT 36/2013 Điều 6.4), so they read issued national plans; a
// KCĐP plan is read only in its own province (missing and "not yours" answer the same).
import type { Prisma } from "../db/generated/client";
import { hasRole, type Actor } from "../auth/actor";
import { isNational } from "../admin-units/scope";

export function planScopeWhere(actor: Actor): Prisma.AnnualPlanWhereInput {
  if (isNational(actor)) return {};
  const provinces = [...actor.scope.provinceIds];
  const clauses: Prisma.AnnualPlanWhereInput[] = [];
  if (hasRole(actor, "SCT", "PROVINCIAL_CENTRE", "REGIONAL_CENTRE")) clauses.push({ level: "NATIONAL", status: "ISSUED" });
  if (hasRole(actor, "SCT") && provinces.length) clauses.push({ level: "PROVINCIAL", provinceId: { in: provinces } });
  if (hasRole(actor, "PROVINCIAL_CENTRE") && provinces.length) clauses.push({ level: "PROVINCIAL", status: "ISSUED", provinceId: { in: provinces } });
  return clauses.length ? { OR: clauses } : { id: { in: [] } };
}

/**
 * Who assembles and issues a plan: the Cục for KCQG (the Minister signs, Điều 8.3); the SCT of
 * the province for KCĐP (for the provincial chairman, NĐ 45/2012 Điều 2.2).
 */
export function canManagePlan(actor: Actor, plan: { level: "NATIONAL" | "PROVINCIAL"; provinceId: string | null }): boolean {
  if (plan.level === "NATIONAL") return hasRole(actor, "CUC_STAFF");
  return hasRole(actor, "SCT") && plan.provinceId !== null && actor.scope.provinceIds.includes(plan.provinceId);
}
