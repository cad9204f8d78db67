import "server-only";
// Loading a plan for a write: the row is locked so that concurrent writes serialise, then the
// actor is checked. A KCĐP plan outside the actor's province is "not found"; a national plan
// touched by anyone but the Cục is refused with a reason.
import type { Actor } from "../auth/actor";
import { validAtWhere, vietnamToday } from "../calendar";
import type { Tx } from "../db/client";
import { DomainError, ForbiddenError, message, NotFoundError } from "../errors";
import { formatDate } from "../format";
import type { DecisionInput } from "./schemas";
import { canManagePlan, planScopeWhere } from "./policy";
import { lockRows } from "../db/locks";

export type LockedPlan = { id: string; planYear: number; level: "NATIONAL" | "PROVINCIAL"; provinceId: string | null; envelope: bigint; status: "DRAFT" | "ISSUED"; fundingSourceId: string; fundingSource: { code: string } };

const select = { id: true, planYear: true, level: true, provinceId: true, envelope: true, status: true, fundingSourceId: true, fundingSource: { select: { code: true } } } as const;

/** Locks the plan; it must be visible to the actor (a national plan may skip this for managers). */
export async function lockPlan(tx: Tx, actor: Actor, planId: string, visibleNationalOnly = true): Promise<LockedPlan> {
  await lockRows(tx, "AnnualPlan", [planId]);
  const plan = await tx.annualPlan.findUnique({ where: { id: planId }, select });
  if (!plan) throw new NotFoundError("plan");
  const mustSee = plan.level === "PROVINCIAL" || visibleNationalOnly;
  if (mustSee && !(await tx.annualPlan.count({ where: { AND: [{ id: planId }, planScopeWhere(actor)] } }))) throw new NotFoundError("plan");
  return plan;
}

export async function lockPlanForManager(tx: Tx, actor: Actor, planId: string): Promise<LockedPlan> {
  const plan = await lockPlan(tx, actor, planId, false);
  if (!canManagePlan(actor, plan)) {
    throw new ForbiddenError(plan.level === "NATIONAL" ? "errors.plans.manageNationalByCucOnly" : "errors.plans.manageProvincialBySctOnly");
  }
  return plan;
}

/** The draft plan's working version (versionNo 0). */
export async function draftVersionOf(tx: Tx, plan: LockedPlan): Promise<string> {
  if (plan.status !== "DRAFT") throw new ForbiddenError("errors.plans.issuedUseAdjustment");
  const v = await tx.planVersion.findUniqueOrThrow({ where: { planId_versionNo: { planId: plan.id, versionNo: 0 } }, select: { id: true } });
  return v.id;
}

/**
 * Every plan decision goes through here: the signing date cannot be after Vietnam's today, and an
 * effective date before signing (hồi tố) needs a confirmed reason of at least 10 characters.
 */
export async function createDecision(tx: Tx, actor: Actor, input: DecisionInput, title: string) {
  const today = vietnamToday();
  if (input.issuedOn > today) {
    throw new DomainError("VALIDATION", "errors.plans.issuedInFuture", { today: formatDate(today, true) }, { "decision.issuedOn": message("errors.plans.issuedInFutureField") });
  }
  const retroactive = input.effectiveOn !== undefined && input.effectiveOn < input.issuedOn;
  if (retroactive && !(input.confirmRetroactive && input.retroactiveReason.length >= 10)) {
    throw new DomainError("VALIDATION", "errors.plans.retroactiveNeedsReason", {}, { "decision.retroactiveReason": message("errors.plans.retroactiveReasonField") });
  }
  const existing = await tx.decision.findFirst({ where: { issuerId: actor.organisationId, number: input.number, symbol: input.symbol, issuedOn: input.issuedOn }, select: { id: true } });
  if (existing) throw new DomainError("CONFLICT", "errors.plans.decisionNumberTaken", { number: String(input.number), symbol: input.symbol });
  return tx.decision.create({
    data: { number: input.number, symbol: input.symbol, issuedOn: input.issuedOn, effectiveOn: input.effectiveOn ?? input.issuedOn, signer: input.signer, issuerId: actor.organisationId, title, retroactiveReason: retroactive ? input.retroactiveReason : "" },
    select: { id: true, number: true, symbol: true, issuedOn: true, effectiveOn: true },
  });
}

/** The SCT organisations of the given provinces, to be told about decisions that touch them. */
export async function sctOrganisationsOf(tx: Tx, provinceIds: readonly (string | null)[]): Promise<string[]> {
  const ids = [...new Set(provinceIds.filter((p): p is string => Boolean(p)))];
  if (!ids.length) return [];
  const orgs = await tx.organisation.findMany({ where: { AND: [{ kind: "SCT", provinceId: { in: ids } }, validAtWhere(vietnamToday())] }, select: { id: true } });
  return orgs.map((o) => o.id);
}
