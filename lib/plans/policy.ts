// Who sees and who decides plans. National roles read every plan. The quyết định giao kế hoạch
// is sent to implementers and SCTs (TT 36/2013 Điều 6.4), so they read issued national plans; a
// KCĐP plan is read only in its own province (missing and "not yours" answer the same).
import type { Prisma } from "../db/generated/client";
import { hasRole, type Actor } from "../auth/actor";
import { coversProvince, provinceScopeOf } from "../admin-units/scope";
import type { AdjustmentAuthority, AdjustmentStatus, PlanStatus } from "../db/generated/enums";

export function planScopeWhere(actor: Actor): Prisma.AnnualPlanWhereInput {
  const scope = provinceScopeOf(actor);
  if (scope.all) return {};
  const provinces = [...scope.provinceIds];
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
  return hasRole(actor, "SCT") && plan.provinceId !== null && coversProvince(actor, plan.provinceId);
}

/** Who creates a plan: the Cục the KCQG plan, an SCT its province's KCĐP plan. */
export function canCreatePlan(actor: Actor, level: "NATIONAL" | "PROVINCIAL"): boolean {
  return level === "NATIONAL" ? hasRole(actor, "CUC_STAFF") : hasRole(actor, "SCT");
}

/** The plan level the /ke-hoach page offers to create; the Cục's comes first. */
export function creatablePlanLevel(actor: Actor): "NATIONAL" | "PROVINCIAL" | null {
  if (canCreatePlan(actor, "NATIONAL")) return "NATIONAL";
  return canCreatePlan(actor, "PROVINCIAL") ? "PROVINCIAL" : null;
}

/** Who decides an adjustment at its authority (TT 36/2013 Điều 11): the province's SCT, else the Cục. */
export function canDecideAdjustment(actor: Actor, authority: AdjustmentAuthority, provinceId: string | null): boolean {
  if (authority === "SCT") return hasRole(actor, "SCT") && provinceId !== null && coversProvince(actor, provinceId);
  return hasRole(actor, "CUC_STAFF");
}

export type PlanStep = "EDIT_DRAFT" | "REQUEST_ADJUSTMENT";

/**
 * What the plan page offers. A draft is edited and issued by its manager; an issued plan takes
 * requests for điều chỉnh from implementers, SCTs and the Cục (Điều 11.1, 11.3). The mutations
 * decide per đề án whether a request is theirs to make.
 */
export function planSteps(actor: Actor, plan: { level: "NATIONAL" | "PROVINCIAL"; provinceId: string | null; status: PlanStatus }): PlanStep[] {
  if (plan.status === "DRAFT") return canManagePlan(actor, plan) ? ["EDIT_DRAFT"] : [];
  if (plan.status === "ISSUED" && hasRole(actor, "CUC_STAFF", "SCT", "PROVINCIAL_CENTRE", "REGIONAL_CENTRE")) return ["REQUEST_ADJUSTMENT"];
  return [];
}

export type AdjustmentStep = "DECIDE";

/** What the actor may do with one adjustment request of a plan. */
export function adjustmentSteps(actor: Actor, adjustment: { status: AdjustmentStatus; authority: AdjustmentAuthority; provinceId: string | null }): AdjustmentStep[] {
  return adjustment.status === "REQUESTED" && canDecideAdjustment(actor, adjustment.authority, adjustment.provinceId) ? ["DECIDE"] : [];
}
