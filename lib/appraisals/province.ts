import "server-only";
// Province appraisal (thẩm định cấp cơ sở, TT 36/2013 Điều 8.1, 10.2.a): the SCT appraises a
// submitted đề án with a Mẫu 4a/4b sheet, by a council (members recorded) or by its own staff.
// One transaction that leaves a transition record, like the registration steps in lib/projects.
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { DomainError, ForbiddenError, message } from "../errors";
import { parseMoneyField } from "../money";
import { applyTransition, lockProject } from "../projects/mutations";
import { canAppraiseAtProvince } from "./policy";
import { ProvinceAppraisalInputSchema } from "./schemas";
import { assertSheetComplete } from "./sheet-check";
import { decisionFacts, recordedScores } from "./sheet-rules";

const OUTCOME_STATUS = { APPROVE: "APPROVED_BY_SCT", RETURN: "RETURNED_BY_SCT", REJECT: "REJECTED_BY_SCT" } as const;

/** Thẩm định cấp cơ sở by the SCT, by a council (members recorded) or by the department's staff. */
export async function appraiseAtProvince(actor: Actor, raw: unknown) {
  const input = ProvinceAppraisalInputSchema.parse(raw);
  if (!canAppraiseAtProvince(actor)) throw new ForbiddenError("errors.appraisals.provinceBySctOnly");
  return db().$transaction(async (tx) => {
    const project = await lockProject(tx, actor, input.projectId, input.version);
    const outcome = await assertSheetComplete(tx, project.id, input);
    let approvedAmount: bigint | null = null;
    if (outcome === "APPROVE" && input.approvedAmount) {
      approvedAmount = parseMoneyField(input.approvedAmount, "approvedAmount", "trieu");
      const { supportAmount } = await tx.project.findUniqueOrThrow({ where: { id: project.id }, select: { supportAmount: true } });
      if (approvedAmount <= 0n || approvedAmount > supportAmount) throw new DomainError("VALIDATION", "errors.appraisals.provinceAmountInvalid", {}, { approvedAmount: message("errors.appraisals.provinceAmountInvalidField") });
    }
    const council = input.method === "COUNCIL"
      ? await tx.appraisalCouncil.create({
          data: { level: "PROVINCE", planYear: project.planYear, organisationId: actor.organisationId, name: `Hội đồng thẩm định cấp cơ sở năm ${project.planYear}`, members: { create: input.members.map((m) => ({ name: m.name, role: m.role })) } },
          select: { id: true },
        })
      : null;
    const failedCriterionReason = outcome === "APPROVE" ? input.failedCriterionReason : "";
    const status = await applyTransition(tx, actor, project, OUTCOME_STATUS[outcome], input.conclusion, { ...decisionFacts(outcome, approvedAmount, input.criteria, failedCriterionReason), method: input.method, form: input.form });
    await tx.appraisal.create({
      data: {
        projectId: project.id, level: "PROVINCE", method: input.method, councilId: council?.id ?? null, form: input.form, outcome,
        approvedAmount, conclusion: input.conclusion, failedCriterionReason, decidedById: actor.userId, decidedAt: new Date(),
        scores: { create: recordedScores(input.criteria) },
      },
    });
    if (approvedAmount !== null) await tx.project.update({ where: { id: project.id }, data: { approvedAmount } });
    return status;
  });
}

