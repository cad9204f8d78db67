import "server-only";
// Requests for điều chỉnh, bổ sung, ngừng triển khai of an issued plan (TT 36/2013 Điều 11.1):
// from the implementer, the SCT of the đề án's province, or the Cục (Điều 11.3). The deciding
// level is computed here from the kind, never taken from the client.
import { hasRole, type Actor } from "../auth/actor";
import { projectScopeWhere } from "../auth/policy";
import { db, type Tx } from "../db/client";
import { DomainError, ForbiddenError, message, NotFoundError } from "../errors";
import { recordAudit } from "../audit/record";
import { notify } from "../notifications/notify";
import { partiesOf } from "../projects/policy";
import { adjustmentAuthority, kindNeedsAmount, kindNeedsProject } from "./adjustment-authority";
import { lockPlan, sctOrganisationsOf, type LockedPlan } from "./access";
import { canManagePlan } from "./policy";
import { RequestAdjustmentInputSchema } from "./schemas";

/** The notices about one pending adjustment share this subject, so deciding it resolves them all. */
export const adjustmentSubject = (adjustmentId: string) => `adjustment:${adjustmentId}`;

/** The latest issued version: adjustments build on it. Unscoped: callers pass a plan locked through the actor's scope. */
export async function unsafeCurrentVersion(tx: Tx, planId: string) {
  const v = await tx.planVersion.findFirst({ where: { planId, versionNo: { gte: 1 } }, orderBy: { versionNo: "desc" }, select: { id: true, versionNo: true, effectiveOn: true } });
  if (!v) throw new DomainError("VALIDATION", "errors.adjustments.planNotIssued");
  return v;
}

const projectSelect = { id: true, status: true, kind: true, planYear: true, fundingSourceId: true, implementerId: true, provinceId: true, multiProvince: true, approvedAmount: true, supportAmount: true, implementer: { select: { kind: true } } } as const;

async function loadProject(tx: Tx, actor: Actor, plan: LockedPlan, projectId: string) {
  const project = await tx.project.findFirst({ where: { AND: [{ id: projectId }, projectScopeWhere(actor)] }, select: projectSelect });
  if (!project || project.planYear !== plan.planYear || project.fundingSourceId !== plan.fundingSourceId) throw new NotFoundError("project");
  if (plan.level === "PROVINCIAL" && project.provinceId !== plan.provinceId) throw new NotFoundError("project");
  return project;
}

export async function requestAdjustment(actor: Actor, raw: unknown): Promise<{ id: string; authority: string }> {
  const input = RequestAdjustmentInputSchema.parse(raw);
  if (kindNeedsProject(input.kind) && !input.projectId) throw new DomainError("VALIDATION", "errors.adjustments.projectRequired", {}, { projectId: message("errors.adjustments.projectRequiredField") });
  if (kindNeedsAmount(input.kind) && input.amountAfter === undefined) throw new DomainError("VALIDATION", "errors.adjustments.amountRequired", {}, { amountAfter: message("errors.adjustments.amountRequiredField") });
  return db().$transaction(async (tx) => {
    const plan = await lockPlan(tx, actor, input.planId);
    if (plan.status !== "ISSUED") throw new DomainError("VALIDATION", "errors.adjustments.onlyIssued");
    const version = await unsafeCurrentVersion(tx, plan.id);
    const project = input.projectId ? await loadProject(tx, actor, plan, input.projectId) : null;
    // Điều 11.1: the implementer asks, with the SCT's confirmation or request; the Cục may propose (Điều 11.3).
    const mayAsk = project ? partiesOf(actor, project).length > 0 : canManagePlan(actor, plan) || hasRole(actor, "SCT");
    if (!mayAsk) throw new ForbiddenError("errors.adjustments.requesterNotAllowed");
    const item = project ? await tx.planItem.findFirst({ where: { planVersionId: version.id, projectId: project.id }, select: { amount: true } }) : null;
    let amountBefore: bigint | null = item?.amount ?? null;
    let amountAfter: bigint | null = input.amountAfter ?? null;
    if (input.kind === "ADD_PROJECT") {
      if (item || project!.status !== "APPROVED_BY_CUC") throw new DomainError("VALIDATION", "errors.adjustments.addNotEligible");
      amountBefore = null;
      amountAfter ??= project!.approvedAmount ?? project!.supportAmount;
    } else if (project && !item) {
      throw new DomainError("VALIDATION", "errors.adjustments.projectNotInPlan");
    }
    if (input.kind === "INCREASE_SUPPORT" && !(amountAfter! > amountBefore!)) throw new DomainError("VALIDATION", "errors.adjustments.increaseMustExceed", {}, { amountAfter: message("errors.adjustments.increaseMustExceedField") });
    if (input.kind === "KEEP_OR_REDUCE_SUPPORT" && !(amountAfter! <= amountBefore!)) throw new DomainError("VALIDATION", "errors.adjustments.reduceMustNotExceed", {}, { amountAfter: message("errors.adjustments.reduceMustNotExceedField") });
    if (!kindNeedsAmount(input.kind) && input.kind !== "ADD_PROJECT") amountAfter = null;
    const sctGroupProject = Boolean(project && project.kind === "GROUP" && project.implementer.kind !== "REGIONAL_CENTRE" && !project.multiProvince);
    const authority = adjustmentAuthority(input.kind, { level: plan.level, sctGroupProject });
    const created = await tx.planAdjustment.create({
      data: { planId: plan.id, projectId: project?.id ?? null, kind: input.kind, authority, reason: input.reason, amountBefore, amountAfter, requestedById: actor.userId },
      select: { id: true, authority: true },
    });
    await recordAudit(tx, actor, { action: "plan.adjustment.request", entityType: "PlanAdjustment", entityId: created.id, data: { planId: plan.id, kind: input.kind, authority } });
    const provinceId = plan.provinceId ?? project?.provinceId ?? null;
    const audience = authority === "SCT" ? { organisationIds: await sctOrganisationsOf(tx, [provinceId]) } : { roles: ["CUC_STAFF" as const] };
    await notify(tx, audience, { kind: "ADJUSTMENT_AWAITING", title: `Đề nghị điều chỉnh kế hoạch năm ${plan.planYear} chờ quyết định`, body: input.reason, link: `/ke-hoach/${plan.id}`, subject: adjustmentSubject(created.id) });
    return created;
  });
}
