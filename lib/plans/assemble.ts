import "server-only";
// Assembling a draft plan (TT 36/2013 Điều 6.2, 8.3): the Cục (or, for KCĐP, the SCT) creates the
// plan for a year with its envelope, includes the đề án that passed appraisal and adds its own
// nhiệm vụ. Draft lines live in the working version 0 until the plan is issued.
import type { Actor } from "../auth/actor";
import { calendarDay, validAtWhere, vietnamToday } from "../calendar";
import type { Prisma } from "../db/generated/client";
import { db, type Tx } from "../db/client";
import { DomainError, ForbiddenError, message, NotFoundError } from "../errors";
import { recordAudit } from "../audit/record";
import { draftVersionOf, lockPlanForManager, type LockedPlan } from "./access";
import { canCreatePlan } from "./policy";
import { AddTaskInputSchema, CreatePlanInputSchema, IncludeProjectsInputSchema, RemoveItemInputSchema } from "./schemas";

export async function createPlan(actor: Actor, raw: unknown): Promise<{ id: string }> {
  const input = CreatePlanInputSchema.parse(raw);
  return db().$transaction(async (tx) => {
    let provinceId: string | null = null;
    if (input.level === "NATIONAL") {
      if (!canCreatePlan(actor, "NATIONAL")) throw new ForbiddenError("errors.plans.nationalByCucOnly");
    } else {
      if (!canCreatePlan(actor, "PROVINCIAL")) throw new ForbiddenError("errors.plans.provincialBySctOnly");
      const org = await tx.organisation.findUniqueOrThrow({ where: { id: actor.organisationId }, select: { provinceId: true } });
      provinceId = org.provinceId;
      if (!provinceId) throw new ForbiddenError("errors.common.noProvince");
    }
    const source = await tx.fundingSource.findUniqueOrThrow({ where: { code: input.level === "NATIONAL" ? "KCQG" : "KCDP" }, select: { id: true } });
    if (!(await tx.planYear.findUnique({ where: { year: input.year }, select: { year: true } }))) throw new NotFoundError("planYear", { year: String(input.year) });
    // The unique key has a nullable province, which PostgreSQL does not compare: check explicitly.
    const dup = await tx.annualPlan.findFirst({ where: { planYear: input.year, fundingSourceId: source.id, level: input.level, provinceId }, select: { id: true } });
    if (dup) throw new DomainError("CONFLICT", "errors.plans.alreadyExists", { year: String(input.year) });
    const plan = await tx.annualPlan.create({
      data: { planYear: input.year, fundingSourceId: source.id, level: input.level, provinceId, envelope: input.envelope, versions: { create: { versionNo: 0, effectiveOn: calendarDay(input.year, 1, 1), note: "Dự thảo" } } },
      select: { id: true },
    });
    await recordAudit(tx, actor, { action: "plan.create", entityType: "AnnualPlan", entityId: plan.id, data: { year: input.year, level: input.level, envelope: input.envelope.toString() } });
    return plan;
  });
}

/** Đề án the plan may include: same year and source (and province for KCĐP), passed appraisal. */
export function candidateWhere(plan: Pick<LockedPlan, "planYear" | "fundingSourceId" | "level" | "provinceId">, draftVersionId: string) {
  return {
    planYear: plan.planYear,
    fundingSourceId: plan.fundingSourceId,
    status: "APPROVED_BY_CUC" as const,
    ...(plan.level === "PROVINCIAL" ? { provinceId: plan.provinceId } : {}),
    planItems: { none: { planVersionId: draftVersionId } },
  };
}

export async function includeApprovedProjects(actor: Actor, raw: unknown): Promise<{ added: number }> {
  const input = IncludeProjectsInputSchema.parse(raw);
  return db().$transaction(async (tx) => {
    const plan = await lockPlanForManager(tx, actor, input.planId);
    const versionId = await draftVersionOf(tx, plan);
    const projects = await tx.project.findMany({
      where: { ...candidateWhere(plan, versionId), ...(input.projectIds ? { id: { in: input.projectIds } } : {}) },
      select: { id: true, implementerId: true, provinceId: true, approvedAmount: true, supportAmount: true },
    });
    if (input.projectIds && projects.length !== input.projectIds.length) throw new DomainError("VALIDATION", "errors.plans.projectsNotEligible");
    await tx.planItem.createMany({ data: projects.map((p) => ({ planVersionId: versionId, projectId: p.id, implementerId: p.implementerId, provinceId: p.provinceId, amount: p.approvedAmount ?? p.supportAmount })) });
    await recordAudit(tx, actor, { action: "plan.includeProjects", entityType: "AnnualPlan", entityId: plan.id, data: { projectIds: projects.map((p) => p.id) } });
    return { added: projects.length };
  });
}

export async function addTask(actor: Actor, raw: unknown): Promise<{ id: string }> {
  const input = AddTaskInputSchema.parse(raw);
  return db().$transaction(async (tx) => {
    const plan = await lockPlanForManager(tx, actor, input.planId);
    const versionId = await draftVersionOf(tx, plan);
    const implementer = await tx.organisation.findFirst({ where: { AND: [{ id: input.implementerId }, implementerScope(plan)] }, select: { id: true, provinceId: true } });
    if (!implementer) throw new DomainError("VALIDATION", "errors.plans.implementerInvalid", {}, { implementerId: message("errors.plans.implementerInvalidField") });
    const item = await tx.planItem.create({ data: { planVersionId: versionId, taskTitle: input.taskTitle, implementerId: implementer.id, provinceId: plan.provinceId ?? implementer.provinceId, amount: input.amount }, select: { id: true } });
    await recordAudit(tx, actor, { action: "plan.addTask", entityType: "AnnualPlan", entityId: plan.id, data: { itemId: item.id, amount: input.amount.toString() } });
    return item;
  });
}

/** Nhiệm vụ of a national plan go to the Cục, ministry units and regional centres; KCĐP ones to the province's bodies. */
export function implementerScope(plan: Pick<LockedPlan, "level" | "provinceId">, now?: Date): Prisma.OrganisationWhereInput {
  const bodies: Prisma.OrganisationWhereInput = plan.level === "NATIONAL"
    ? { kind: { in: ["CUC", "MINISTRY_UNIT", "REGIONAL_CENTRE"] } }
    : { provinceId: plan.provinceId, kind: { in: ["SCT", "PROVINCIAL_CENTRE"] } };
  return { AND: [bodies, validAtWhere(vietnamToday(now))] };
}

export async function removeDraftItem(actor: Actor, raw: unknown): Promise<{ removed: true }> {
  const input = RemoveItemInputSchema.parse(raw);
  return db().$transaction(async (tx: Tx) => {
    const plan = await lockPlanForManager(tx, actor, input.planId);
    const versionId = await draftVersionOf(tx, plan);
    const { count } = await tx.planItem.deleteMany({ where: { id: input.itemId, planVersionId: versionId } });
    if (!count) throw new NotFoundError("planItem");
    await recordAudit(tx, actor, { action: "plan.removeItem", entityType: "AnnualPlan", entityId: plan.id, data: { itemId: input.itemId } });
    return { removed: true as const };
  });
}
