import "server-only";
// Issuing a plan as a decision (TT 36/2013 Điều 8.3; NĐ 45/2012 Điều 2.2 for KCĐP): the working
// version 0 becomes version 1, stamped with the decision and its effective date, and every đề án
// in it moves to IN_PLAN with the amount assigned. Exceeding the envelope needs an explicit
// confirmation with a reason, kept in the version note and the audit trail.
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { lockRows } from "../db/locks";
import { DomainError, message } from "../errors";
import { recordAudit } from "../audit/record";
import { formatMoney } from "../format";
import { sumDong } from "../money";
import { notify } from "../notifications/notify";
import { applyTransition, lockProject } from "../projects/mutations";
import { createDecision, draftVersionOf, lockPlanForManager, sctOrganisationsOf } from "./access";
import { IssuePlanInputSchema } from "./schemas";

// A national plan moves hundreds of đề án in one transaction; Prisma's 5 s default is too short.
const ISSUE_TRANSACTION = { timeout: 120_000, maxWait: 10_000 };

export async function issuePlan(actor: Actor, raw: unknown): Promise<{ versionId: string; decisionId: string }> {
  const input = IssuePlanInputSchema.parse(raw);
  return db().$transaction(async (tx) => {
    const plan = await lockPlanForManager(tx, actor, input.planId);
    const versionId = await draftVersionOf(tx, plan);
    const items = await tx.planItem.findMany({ where: { planVersionId: versionId }, select: { projectId: true, implementerId: true, provinceId: true, amount: true } });
    if (!items.length) throw new DomainError("VALIDATION", "errors.plans.empty");
    const total = sumDong(items.map((i) => i.amount));
    const over = total > plan.envelope;
    if (over && !(input.confirmOverEnvelope && input.overEnvelopeReason.length >= 10)) {
      throw new DomainError("VALIDATION", "errors.plans.overEnvelope", { total: formatMoney(total), envelope: formatMoney(plan.envelope) }, {
        overEnvelopeReason: message("errors.plans.overEnvelopeReasonField"),
      });
    }
    const national = plan.level === "NATIONAL";
    const decision = await createDecision(tx, actor, input.decision, `Quyết định phê duyệt kế hoạch khuyến công ${national ? "quốc gia" : "địa phương"} năm ${plan.planYear}`);
    const note = over ? `Ban hành vượt mức trần ngân sách năm. Lý do: ${input.overEnvelopeReason}` : "";
    await tx.planVersion.update({ where: { id: versionId }, data: { versionNo: 1, decisionId: decision.id, effectiveOn: decision.effectiveOn ?? decision.issuedOn, note } });
    await tx.annualPlan.update({ where: { id: plan.id }, data: { status: "ISSUED", version: { increment: 1 } } });
    // Every đề án locked in one sorted call (lib/db/locks.ts), so an import or another issue that
    // locks an overlapping set cannot deadlock with this one; lockProject below then only re-reads.
    await lockRows(tx, "Project", items.flatMap((i) => (i.projectId ? [i.projectId] : [])));
    for (const item of items) {
      if (!item.projectId) continue;
      const project = await lockProject(tx, actor, item.projectId);
      await applyTransition(tx, actor, project, "IN_PLAN", `Quyết định số ${decision.number}/${decision.symbol}`, { decisionId: decision.id, planId: plan.id, amount: item.amount.toString() });
      await tx.project.update({ where: { id: project.id }, data: { approvedAmount: item.amount } });
    }
    await recordAudit(tx, actor, {
      action: "plan.issue",
      entityType: "AnnualPlan",
      entityId: plan.id,
      data: { decisionId: decision.id, total: total.toString(), envelope: plan.envelope.toString(), overEnvelope: over, reason: over ? input.overEnvelopeReason : null },
    });
    await notify(
      tx,
      { organisationIds: [...new Set(items.map((i) => i.implementerId)), ...(await sctOrganisationsOf(tx, items.map((i) => i.provinceId)))] },
      { kind: "DECISION_ISSUED", title: `Kế hoạch khuyến công năm ${plan.planYear} đã ban hành: Quyết định số ${decision.number}/${decision.symbol}`, link: `/ke-hoach/${plan.id}` },
    );
    return { versionId, decisionId: decision.id };
  }, ISSUE_TRANSACTION);
}
