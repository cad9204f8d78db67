import "server-only";
// Thẩm định cấp Bộ of one đề án (TT 36/2013 Điều 8.2, 9): opening moves REGISTERED →
// UNDER_CUC_APPRAISAL; the decision moves it to APPROVED_BY_CUC / RETURNED_BY_CUC /
// REJECTED_BY_CUC. Each step locks the đề án and checks its version (lockProject), so two Cục
// users deciding at once end with exactly one decision and the other gets CONFLICT.
import type { Actor } from "../auth/actor";
import { db, type Tx } from "../db/client";
import { DomainError, message } from "../errors";
import { parseMoneyField } from "../money";
import { formatMoney } from "../format";
import { recordAudit } from "../audit/record";
import { applyTransition, lockProject, type ProjectForTransition } from "../projects/mutations";
import { assertAppraisable, requireMinistryAppraiser } from "./policy";
import { MinistryDecisionInputSchema, OpenAppraisalInputSchema } from "./schemas";
import { assertSheetComplete } from "./sheet-check";
import { decisionFacts, recordedScores } from "./sheet-rules";
import { assertCouncilMayConclude } from "./quorum-check";

const OUTCOME_STATUS = { APPROVE: "APPROVED_BY_CUC", APPROVE_REDUCED: "APPROVED_BY_CUC", RETURN: "RETURNED_BY_CUC", REJECT: "REJECTED_BY_CUC" } as const;

/**
 * Inside the caller's transaction: moves a registered đề án under appraisal and returns its open
 * ministry appraisal (created as STAFF; a council assignment switches it to COUNCIL).
 */
export async function openInTx(tx: Tx, actor: Actor, locked: ProjectForTransition) {
  assertAppraisable(locked.status);
  let project = locked;
  if (project.status === "REGISTERED") {
    const moved = await applyTransition(tx, actor, project, "UNDER_CUC_APPRAISAL", "Cục tiếp nhận thẩm định cấp Bộ");
    project = { ...project, ...moved };
  }
  const open = await tx.appraisal.findFirst({ where: { projectId: project.id, level: "MINISTRY", outcome: null }, orderBy: { createdAt: "desc" }, select: { id: true, councilId: true } });
  const appraisal = open ?? (await tx.appraisal.create({ data: { projectId: project.id, level: "MINISTRY", method: "STAFF" }, select: { id: true, councilId: true } }));
  return { project, appraisal };
}

/** The Cục opens the appraisal of a registered đề án. Opening again is harmless. */
export async function openMinistryAppraisal(actor: Actor, raw: unknown) {
  const input = OpenAppraisalInputSchema.parse(raw);
  requireMinistryAppraiser(actor);
  return db().$transaction(async (tx) => {
    const { project, appraisal } = await openInTx(tx, actor, await lockProject(tx, actor, input.projectId, input.version));
    return { appraisalId: appraisal.id, status: project.status, version: project.version };
  });
}

function reducedAmount(text: string, requested: bigint): bigint {
  const amount = parseMoneyField(text, "approvedAmount", "trieu");
  if (amount <= 0n || amount >= requested) {
    const limit = { requested: formatMoney(requested) };
    throw new DomainError("VALIDATION", "errors.appraisals.reducedAmountInvalid", limit, { approvedAmount: message("errors.appraisals.reducedAmountInvalid", limit) });
  }
  return amount;
}

/**
 * The Cục's decision (by its staff, or the council's conclusion consolidated by the secretary or
 * chair): five criteria, outcome, approved amount. Decides on first save if not yet opened.
 */
export async function decideMinistryAppraisal(actor: Actor, raw: unknown) {
  const input = MinistryDecisionInputSchema.parse(raw);
  requireMinistryAppraiser(actor);
  return db().$transaction(async (tx) => {
    const { project, appraisal } = await openInTx(tx, actor, await lockProject(tx, actor, input.projectId, input.version));
    const outcome = await assertSheetComplete(tx, project.id, input);
    const { supportAmount } = await tx.project.findUniqueOrThrow({ where: { id: project.id }, select: { supportAmount: true } });
    const approvedAmount = outcome === "APPROVE" ? supportAmount : outcome === "APPROVE_REDUCED" ? reducedAmount(input.approvedAmount, supportAmount) : null;
    if (appraisal.councilId) {
      const assessed = await tx.criterionScore.count({ where: { appraisalId: appraisal.id, memberId: { not: null } } });
      if (assessed === 0) throw new DomainError("VALIDATION", "errors.appraisals.noAssessments");
      await assertCouncilMayConclude(tx, { councilId: appraisal.councilId, projectId: project.id, actingSecretaryId: input.actingSecretaryId });
    }
    const failedCriterionReason = approvedAmount !== null ? input.failedCriterionReason : "";
    const status = await applyTransition(tx, actor, project, OUTCOME_STATUS[outcome], input.conclusion, decisionFacts(outcome, approvedAmount, input.criteria, failedCriterionReason));
    await tx.criterionScore.deleteMany({ where: { appraisalId: appraisal.id, memberId: null } });
    await tx.appraisal.update({
      where: { id: appraisal.id },
      data: {
        outcome, approvedAmount, conclusion: input.conclusion, decidedById: actor.userId, decidedAt: new Date(),
        failedCriterionReason,
        actingSecretaryId: appraisal.councilId ? input.actingSecretaryId : null,
        scores: { create: recordedScores(input.criteria) },
      },
    });
    if (approvedAmount !== null) await tx.project.update({ where: { id: project.id }, data: { approvedAmount } });
    await recordAudit(tx, actor, { action: "appraisal.ministryDecision", entityType: "Project", entityId: project.id, data: { outcome, approvedAmount: approvedAmount?.toString() ?? null } });
    return { ...status, outcome, approvedAmount };
  });
}
