import "server-only";
// Registration workflow steps with their rules: submission (all checks pass), province appraisal
// with a Mẫu 4a/4b sheet (TT 36/2013 Điều 8.1, 10.2.a), and registration with the Cục before the
// plan year's deadline (Điều 10.2.b). Every step is one transaction and leaves a transition record.
import { z } from "zod";
import { hasRole, type Actor } from "../auth/actor";
import { db, type Tx } from "../db/client";
import { DomainError, ForbiddenError, message, verbatimFields } from "../errors";
import { recordAudit } from "../audit/record";
import { parseMoney } from "../money";
import { notify } from "../notifications/notify";
import { checkProject } from "./checks";
import { lateRegistrationParams, registrationOpen } from "./deadlines";
import { applyTransition, lockProject, transitionContext, type ProjectForTransition } from "./mutations";

const StepSchema = z.object({ projectId: z.uuid(), version: z.number().int().positive(), comment: z.string().trim().max(4000).default("") });

async function assertDeadline(tx: Tx, project: ProjectForTransition, now: Date): Promise<void> {
  const year = await tx.planYear.findUniqueOrThrow({ where: { year: project.planYear }, select: { year: true, registrationDeadline: true, registrationExtendedTo: true } });
  if (!registrationOpen(year, now)) throw new DomainError("DEADLINE_PASSED", "errors.registration.deadlinePassed", lateRegistrationParams(year));
}

async function assertChecksPass(tx: Tx, actor: Actor, projectId: string): Promise<void> {
  const check = await checkProject(actor, projectId, tx);
  const errors = check.issues.filter((i) => i.severity === "ERROR");
  if (errors.length) {
    throw new DomainError("VALIDATION", "errors.projects.submitBlocked", { count: errors.length, first: errors[0]!.message }, verbatimFields(errors.map((e) => [e.path, e.message] as const)));
  }
}

/** The implementer sends the đề án to the SCT, or straight to the Cục for regional and multi-province đề án. */
export async function submitProject(actor: Actor, raw: unknown, now = new Date()) {
  const input = StepSchema.parse(raw);
  return db().$transaction(async (tx) => {
    const project = await lockProject(tx, actor, input.projectId, input.version);
    const direct = transitionContext(project).registersDirectly;
    await assertChecksPass(tx, actor, project.id);
    if (direct) await assertDeadline(tx, project, now);
    return applyTransition(tx, actor, project, direct ? "REGISTERED" : "SUBMITTED_TO_SCT", input.comment);
  });
}

export const CRITERIA = ["CONFORMITY", "OBJECTIVES_EFFECTIVENESS_BUDGET", "CAPACITY", "COMBINATION", "DOSSIER_COMPLETENESS"] as const;

export const ProvinceAppraisalInputSchema = z
  .object({
    projectId: z.uuid(),
    version: z.number().int().positive(),
    outcome: z.enum(["APPROVE", "RETURN", "REJECT"], { error: "Chọn kết luận thẩm định." }),
    method: z.enum(["COUNCIL", "STAFF"], { error: "Chọn hình thức thẩm định." }),
    form: z.enum(["4a", "4b"]).default("4a"),
    criteria: z
      .array(z.object({ criterion: z.enum(CRITERIA), assessment: z.enum(["MET", "PARTLY_MET", "NOT_MET"], { error: "Chọn đánh giá cho tiêu chí." }), comment: z.string().trim().max(2000).default("") }))
      .length(CRITERIA.length, "Phiếu thẩm định phải đánh giá đủ 5 tiêu chí (TT 36/2013 Điều 9)."),
    members: z.array(z.object({ name: z.string().trim().min(1, "Nhập họ tên thành viên.").max(200), role: z.enum(["CHAIR", "SECRETARY", "MEMBER"]) })).max(30).default([]),
    approvedAmount: z.string().trim().max(30).default(""),
    conclusion: z.string().trim().max(8000).default(""),
  })
  .refine((v) => v.method !== "COUNCIL" || (v.members.some((m) => m.role === "CHAIR") && v.members.length >= 3), { path: ["members"], message: "Hội đồng cần ít nhất 3 thành viên, trong đó có chủ tịch." })
  .refine((v) => v.outcome === "APPROVE" || v.conclusion.length >= 10, { path: ["conclusion"], message: "Khi trả lại hoặc không chấp thuận, hãy ghi rõ lý do (ít nhất 10 ký tự)." })
  .refine((v) => new Set(v.criteria.map((c) => c.criterion)).size === CRITERIA.length, { path: ["criteria"], message: "Mỗi tiêu chí chỉ đánh giá một lần." });

export type ProvinceAppraisalInput = z.infer<typeof ProvinceAppraisalInputSchema>;

const OUTCOME_STATUS = { APPROVE: "APPROVED_BY_SCT", RETURN: "RETURNED_BY_SCT", REJECT: "REJECTED_BY_SCT" } as const;

/** Thẩm định cấp cơ sở by the SCT, by a council (members recorded) or by the department's staff. */
export async function appraiseAtProvince(actor: Actor, raw: unknown) {
  const input = ProvinceAppraisalInputSchema.parse(raw);
  if (!hasRole(actor, "SCT")) throw new ForbiddenError("errors.appraisals.provinceBySctOnly");
  return db().$transaction(async (tx) => {
    const project = await lockProject(tx, actor, input.projectId, input.version);
    let approvedAmount: bigint | null = null;
    if (input.outcome === "APPROVE" && input.approvedAmount) {
      approvedAmount = parseMoney(input.approvedAmount, "trieu");
      const { supportAmount } = await tx.project.findUniqueOrThrow({ where: { id: project.id }, select: { supportAmount: true } });
      if (approvedAmount <= 0n || approvedAmount > supportAmount) throw new DomainError("VALIDATION", "errors.appraisals.provinceAmountInvalid", {}, { approvedAmount: message("errors.appraisals.provinceAmountInvalidField") });
    }
    const council = input.method === "COUNCIL"
      ? await tx.appraisalCouncil.create({
          data: { level: "PROVINCE", planYear: project.planYear, organisationId: actor.organisationId, name: `Hội đồng thẩm định cấp cơ sở năm ${project.planYear}`, members: { create: input.members.map((m) => ({ name: m.name, role: m.role })) } },
          select: { id: true },
        })
      : null;
    const status = await applyTransition(tx, actor, project, OUTCOME_STATUS[input.outcome], input.conclusion);
    await tx.appraisal.create({
      data: {
        projectId: project.id, level: "PROVINCE", method: input.method, councilId: council?.id ?? null, form: input.form, outcome: input.outcome,
        approvedAmount, conclusion: input.conclusion, decidedById: actor.userId, decidedAt: new Date(),
        scores: { create: input.criteria.map((c) => ({ criterion: c.criterion, assessment: c.assessment, comment: c.comment })) },
      },
    });
    if (approvedAmount !== null) await tx.project.update({ where: { id: project.id }, data: { approvedAmount } });
    if (input.outcome === "RETURN") {
      const { code, title } = await tx.project.findUniqueOrThrow({ where: { id: project.id }, select: { code: true, title: true } });
      await notify(tx, { organisationIds: [project.implementerId] }, { kind: "PROJECT_RETURNED", title: `Đề án ${code} bị Sở trả lại`, body: `${title}: ${input.conclusion}`, link: `/de-an/${project.id}` });
    }
    return status;
  });
}

/** The SCT registers an approved đề án with the Cục, before the plan year's deadline. */
export async function registerWithCuc(actor: Actor, raw: unknown, now = new Date()) {
  const input = StepSchema.parse(raw);
  return db().$transaction(async (tx) => {
    const project = await lockProject(tx, actor, input.projectId, input.version);
    if (project.status === "APPROVED_BY_SCT" || project.status === "RETURNED_BY_CUC") await assertDeadline(tx, project, now);
    return applyTransition(tx, actor, project, "REGISTERED", input.comment);
  });
}

export const DeadlineExtensionInputSchema = z.object({
  year: z.number().int().min(2019).max(2100),
  until: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày gia hạn phải có dạng dd/mm/yyyy."),
  reason: z.string().trim().min(5, "Ghi lý do gia hạn.").max(2000),
});

/** Only the Cục extends a plan year's registration deadline. */
export async function extendRegistrationDeadline(actor: Actor, raw: unknown) {
  const input = DeadlineExtensionInputSchema.parse(raw);
  if (!hasRole(actor, "CUC_STAFF")) throw new ForbiddenError("errors.planYears.extendByCucOnly");
  const until = new Date(`${input.until}T00:00:00Z`);
  return db().$transaction(async (tx) => {
    const year = await tx.planYear.findUnique({ where: { year: input.year }, select: { registrationDeadline: true } });
    if (!year) throw new DomainError("VALIDATION", "errors.planYears.unknownYear", { year: String(input.year) });
    if (until <= year.registrationDeadline) throw new DomainError("VALIDATION", "errors.planYears.extensionNotLater", {}, { until: message("errors.planYears.extensionNotLaterField") });
    await tx.planYear.update({ where: { year: input.year }, data: { registrationExtendedTo: until } });
    await recordAudit(tx, actor, { action: "planYear.extendRegistration", entityType: "PlanYear", entityId: String(input.year), data: { until: input.until, reason: input.reason } });
    return { year: input.year, until };
  });
}
