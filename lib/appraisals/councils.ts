import "server-only";
// Hội đồng thẩm định cấp Bộ (TT 36/2013 Điều 8.2: the Cục trưởng organises the appraisal with a
// council). Creating a council, assigning đề án (which opens their appraisal and records the
// recusals of conflicted members), and each member's own assessment of the Điều 9 criteria.
import type { Actor } from "../auth/actor";
import { projectScopeWhere } from "../auth/policy";
import { db, type Tx } from "../db/client";
import { DomainError, ForbiddenError, message, NotFoundError } from "../errors";
import { recordAudit } from "../audit/record";
import { nameAt, NAME_HISTORY_SELECT } from "../organisations/names";
import { lockProject } from "../projects/mutations";
import { provinceFamily } from "../admin-units/queries";
import { requireMinistryAppraiser } from "./policy";
import { conflictsOf, recusalReason } from "./conflict";
import { openInTx } from "./mutations";
import { AssignInputSchema, CreateCouncilInputSchema, MemberAssessmentInputSchema } from "./schemas";
import { lockRows } from "../db/locks";

export async function createCouncil(actor: Actor, raw: unknown) {
  const input = CreateCouncilInputSchema.parse(raw);
  requireMinistryAppraiser(actor);
  return db().$transaction(async (tx) => {
    const year = await tx.planYear.findUnique({ where: { year: input.planYear }, select: { year: true } });
    if (!year) throw new DomainError("VALIDATION", "errors.councils.unknownYear", { year: String(input.planYear) }, { planYear: message("errors.councils.unknownYearField") });
    const userIds = input.members.flatMap((m) => (m.userId ? [m.userId] : []));
    // App users on a council are Cục staff (the Cục's apparatus, Điều 8.2).
    const users = await tx.user.findMany({ where: { id: { in: userIds }, active: true, roles: { some: { role: "CUC_STAFF" } } }, select: { id: true, name: true, organisationId: true } });
    const members = input.members.map((m, i) => {
      const user = m.userId ? users.find((u) => u.id === m.userId) : undefined;
      if (m.userId && !user) throw new DomainError("VALIDATION", "errors.councils.memberNotCucStaff", {}, { [`members.${i}.userId`]: message("errors.councils.memberNotCucStaffField") });
      return { userId: user?.id ?? null, name: user?.name ?? m.name, role: m.role, organisationId: user?.organisationId ?? m.organisationId, declaredInterests: m.declaredInterests };
    });
    const orgIds = members.flatMap((m) => (m.organisationId ? [m.organisationId] : []));
    if ((await tx.organisation.count({ where: { id: { in: [...new Set(orgIds)] } } })) !== new Set(orgIds).size) throw new DomainError("VALIDATION", "errors.councils.memberOrgMissing", {}, { members: message("errors.councils.memberOrgMissingField") });
    const council = await tx.appraisalCouncil.create({
      data: { level: "MINISTRY", planYear: input.planYear, organisationId: actor.organisationId, name: input.name, decisionRef: input.decisionRef, members: { create: members } },
      select: { id: true },
    });
    await recordAudit(tx, actor, { action: "council.create", entityType: "AppraisalCouncil", entityId: council.id, data: { planYear: input.planYear, members: members.length } });
    return council;
  });
}

async function councilOf(tx: Tx, councilId: string) {
  const council = await tx.appraisalCouncil.findFirst({
    where: { id: councilId, level: "MINISTRY" },
    select: { id: true, planYear: true, members: { select: { id: true, name: true, organisationId: true, declaredInterests: true, organisation: { select: { provinceId: true } } } } },
  });
  if (!council) throw new NotFoundError("council");
  return council;
}

/** The facts the conflict rule needs about a đề án, read through the actor's scope (missing = not found). */
async function conflictFacts(tx: Tx, actor: Actor, projectId: string) {
  const p = await tx.project.findFirst({
    where: { AND: [{ id: projectId }, projectScopeWhere(actor)] },
    select: { implementerId: true, provinceId: true, province: { select: { name: true } }, implementer: { select: { names: NAME_HISTORY_SELECT } }, beneficiaries: { select: { facility: { select: { id: true, name: true } } } } },
  });
  if (!p) throw new NotFoundError("project");
  return { implementerId: p.implementerId, implementerName: nameAt(p.implementer.names), provinceFamily: await provinceFamily(tx, p.provinceId), provinceName: p.province?.name, facilities: p.beneficiaries.map((b) => b.facility) };
}

type Member = Awaited<ReturnType<typeof councilOf>>["members"][number];
const asConflictMember = (m: Member) => ({ organisationId: m.organisationId, organisationProvinceId: m.organisation?.provinceId ?? null, declaredInterests: m.declaredInterests });

/** Assigns a registered đề án to the council: opens its appraisal and records recusals. */
export async function assignToCouncil(actor: Actor, raw: unknown) {
  const input = AssignInputSchema.parse(raw);
  requireMinistryAppraiser(actor);
  return db().$transaction(async (tx) => {
    const council = await councilOf(tx, input.councilId);
    const locked = await lockProject(tx, actor, input.projectId, input.version);
    if (locked.planYear !== council.planYear) throw new DomainError("VALIDATION", "errors.councils.yearMismatch", { projectYear: String(locked.planYear), councilYear: String(council.planYear) });
    const { project, appraisal } = await openInTx(tx, actor, locked);
    if (appraisal.councilId && appraisal.councilId !== council.id) throw new DomainError("CONFLICT", "errors.councils.assignedElsewhere");
    await tx.appraisal.update({ where: { id: appraisal.id }, data: { method: "COUNCIL", councilId: council.id } });
    const facts = await conflictFacts(tx, actor, project.id);
    const recusals = council.members.flatMap((m) => {
      const reason = recusalReason(conflictsOf(asConflictMember(m), facts));
      return reason ? [{ memberId: m.id, projectId: project.id, reason }] : [];
    });
    await tx.councilRecusal.createMany({ data: recusals, skipDuplicates: true });
    await recordAudit(tx, actor, { action: "council.assign", entityType: "Project", entityId: project.id, data: { councilId: council.id, recusals: recusals.length } });
    return { appraisalId: appraisal.id, status: project.status, version: project.version, recusals: recusals.length };
  });
}

/**
 * One member's own assessment of the five criteria. The secretary may enter it from the member's
 * signed sheet, so any Cục staff records it; a conflicted member's assessment is refused.
 */
export async function recordMemberAssessment(actor: Actor, raw: unknown) {
  const input = MemberAssessmentInputSchema.parse(raw);
  requireMinistryAppraiser(actor);
  return db().$transaction(async (tx) => {
    const council = await councilOf(tx, input.councilId);
    const member = council.members.find((m) => m.id === input.memberId);
    if (!member) throw new NotFoundError("councilMember");
    await lockRows(tx, "Project", [input.projectId]);
    const facts = await conflictFacts(tx, actor, input.projectId);
    const appraisal = await tx.appraisal.findFirst({ where: { projectId: input.projectId, level: "MINISTRY", councilId: council.id }, orderBy: { createdAt: "desc" }, select: { id: true, outcome: true } });
    if (!appraisal) throw new NotFoundError("councilProject");
    if (appraisal.outcome) throw new DomainError("INVALID_TRANSITION", "errors.councils.alreadyConcluded");
    const recusal = await tx.councilRecusal.findUnique({ where: { memberId_projectId: { memberId: member.id, projectId: input.projectId } }, select: { reason: true } });
    const reason = recusal?.reason ?? recusalReason(conflictsOf(asConflictMember(member), facts));
    if (reason) throw new ForbiddenError("errors.councils.memberRecused", { name: member.name, reason });
    await tx.criterionScore.deleteMany({ where: { appraisalId: appraisal.id, memberId: member.id } });
    await tx.criterionScore.createMany({ data: input.criteria.map((c) => ({ appraisalId: appraisal.id, memberId: member.id, criterion: c.criterion, assessment: c.assessment, comment: c.comment })) });
    await recordAudit(tx, actor, { action: "council.assess", entityType: "Project", entityId: input.projectId, data: { councilId: council.id, memberId: member.id } });
    return { memberId: member.id };
  });
}
