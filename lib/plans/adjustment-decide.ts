import "server-only";
// Deciding an adjustment at the level TT 36/2013 Điều 11 gives it. Approval records the decision
// and creates the next immutable PlanVersion: the previous version's items with the change
// applied. Minister decisions are recorded by Cục staff with the decision's number (Điều 11.2.a).
import type { Actor } from "../auth/actor";
import { db, type Tx } from "../db/client";
import { DomainError, ForbiddenError, InvalidTransitionError, message, NotFoundError } from "../errors";
import { recordAudit } from "../audit/record";
import { notify, resolveNotices } from "../notifications/notify";
import { applyTransition, lockProject } from "../projects/mutations";
import { isKnownTransition } from "../projects/state-machine";
import { createDecision, lockPlan, sctOrganisationsOf } from "./access";
import { adjustmentSubject, unsafeCurrentVersion } from "./adjustment-request";
import { canDecideAdjustment } from "./policy";
import { DecideAdjustmentInputSchema } from "./schemas";
import { applyChange, type ItemLine } from "./versions";

async function moveProject(tx: Tx, actor: Actor, projectId: string, to: "IN_PLAN" | "STOPPED", comment: string) {
  const project = await lockProject(tx, actor, projectId);
  if (!isKnownTransition(project.status, to)) return; // e.g. a đề án already stopped or finished: the plan still changes
  await applyTransition(tx, actor, project, to, comment);
}

export async function decideAdjustment(actor: Actor, raw: unknown): Promise<{ status: string; versionNo: number | null }> {
  const input = DecideAdjustmentInputSchema.parse(raw);
  return db().$transaction(async (tx) => {
    const found = await tx.planAdjustment.findUnique({ where: { id: input.adjustmentId }, select: { planId: true } });
    if (!found) throw new NotFoundError("adjustment");
    const plan = await lockPlan(tx, actor, found.planId);
    const adj = await tx.planAdjustment.findUniqueOrThrow({
      where: { id: input.adjustmentId },
      select: { id: true, kind: true, authority: true, status: true, reason: true, amountAfter: true, requestedById: true, project: { select: { id: true, implementerId: true, provinceId: true } } },
    });
    if (adj.status !== "REQUESTED") throw new InvalidTransitionError("errors.adjustments.alreadyDecided");
    const provinceId = plan.provinceId ?? adj.project?.provinceId ?? null;
    if (!canDecideAdjustment(actor, adj.authority, provinceId)) {
      throw new ForbiddenError("errors.adjustments.decidedByOther", { authority: adj.authority });
    }
    // Segregation of duties: the person who asked for a change never decides it, whatever their roles.
    if (adj.requestedById === actor.userId) throw new ForbiddenError("errors.adjustments.requesterCannotDecide");
    const decided = { decidedById: actor.userId, decidedAt: new Date() };
    if (input.outcome === "REJECT") {
      await tx.planAdjustment.update({ where: { id: adj.id }, data: { status: "REJECTED", ...decided } });
      await resolveNotices(tx, adjustmentSubject(adj.id));
      await recordAudit(tx, actor, { action: "plan.adjustment.reject", entityType: "PlanAdjustment", entityId: adj.id, data: { note: input.note } });
      return { status: "REJECTED", versionNo: null };
    }
    const previous = await unsafeCurrentVersion(tx, plan.id);
    const decision = await createDecision(tx, actor, input.decision, `Quyết định điều chỉnh kế hoạch khuyến công năm ${plan.planYear}`);
    const effectiveOn = decision.effectiveOn ?? decision.issuedOn;
    if (effectiveOn < previous.effectiveOn) throw new DomainError("VALIDATION", "errors.adjustments.effectiveBeforeCurrent", {}, { "decision.effectiveOn": message("errors.adjustments.effectiveBeforeCurrentField") });
    const items: ItemLine[] = await tx.planItem.findMany({ where: { planVersionId: previous.id }, select: { projectId: true, taskTitle: true, implementerId: true, provinceId: true, amount: true } });
    const p = adj.project;
    const added = adj.kind === "ADD_PROJECT" && p ? { projectId: p.id, taskTitle: null, implementerId: p.implementerId, provinceId: p.provinceId, amount: adj.amountAfter ?? 0n } : undefined;
    const next = applyChange(items, { kind: adj.kind, projectId: p?.id ?? null, amountAfter: adj.amountAfter, added });
    const versionNo = previous.versionNo + 1;
    const version = await tx.planVersion.create({
      data: { planId: plan.id, versionNo, decisionId: decision.id, effectiveOn, note: adj.reason, items: { createMany: { data: next } } },
      select: { id: true },
    });
    await tx.planAdjustment.update({ where: { id: adj.id }, data: { status: "APPROVED", ...decided, decisionId: decision.id, resultingVersionId: version.id } });
    await tx.annualPlan.update({ where: { id: plan.id }, data: { version: { increment: 1 } } });
    const comment = `Quyết định số ${decision.number}/${decision.symbol}`;
    if (p && adj.kind === "STOP_PROJECT") await moveProject(tx, actor, p.id, "STOPPED", comment);
    if (p && adj.kind === "ADD_PROJECT") await moveProject(tx, actor, p.id, "IN_PLAN", comment);
    if (p && adj.amountAfter !== null && adj.kind !== "STOP_PROJECT") await tx.project.update({ where: { id: p.id }, data: { approvedAmount: adj.amountAfter } });
    await resolveNotices(tx, adjustmentSubject(adj.id));
    await recordAudit(tx, actor, { action: "plan.adjustment.approve", entityType: "PlanAdjustment", entityId: adj.id, data: { decisionId: decision.id, versionNo, kind: adj.kind } });
    const orgs = [...(p ? [p.implementerId] : []), ...(await sctOrganisationsOf(tx, [provinceId]))];
    await notify(tx, { organisationIds: orgs }, { kind: "DECISION_ISSUED", title: `Điều chỉnh kế hoạch năm ${plan.planYear}: Quyết định số ${decision.number}/${decision.symbol}`, link: `/ke-hoach/${plan.id}` });
    return { status: "APPROVED", versionNo };
  });
}
