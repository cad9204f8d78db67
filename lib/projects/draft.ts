import "server-only";
// Saving a đề án draft (đề án editor). The implementer is the actor's organisation; the đề án is
// loaded through the actor's scope, locked, and version-checked, then its parts are replaced in
// one transaction. Totals are computed from the budget lines, never typed.
import { hasRole, type Actor } from "../auth/actor";
import { coversProvince } from "../admin-units/scope";
import { facilityScopeWhere, projectScopeWhere } from "../auth/policy";
import { db, type Tx } from "../db/client";
import { ConflictError, DomainError, ForbiddenError, NotFoundError, verbatimFields } from "../errors";
import { recordAudit } from "../audit/record";
import { toSearchText } from "../search-text";
import { budgetTotals, parseBudgetLines } from "./budget";
import { ProjectDraftInputSchema, type ProjectDraftInput } from "./schemas";
import { EDITABLE_STATUSES } from "./state-machine";
import { lockAdvisory, lockRows } from "../db/locks";

export type SavedDraft = { id: string; code: string; version: number };

function validationError(errors: Record<string, string>): DomainError {
  return new DomainError("VALIDATION", "errors.projects.draftInvalid", {}, verbatimFields(Object.entries(errors)));
}

async function assertReferences(tx: Tx, actor: Actor, input: ProjectDraftInput): Promise<void> {
  const errors: Record<string, string> = {};
  const year = await tx.planYear.findUnique({ where: { year: input.planYear }, select: { contentCatalogVersionId: true } });
  if (!year) errors.planYear = `Năm kế hoạch ${input.planYear} chưa được mở đăng ký.`;
  if (year && input.contentCategoryIds.length) {
    const found = await tx.contentCategory.count({ where: { id: { in: input.contentCategoryIds }, versionId: year.contentCatalogVersionId } });
    if (found !== new Set(input.contentCategoryIds).size) errors.contentCategoryIds = `Có nội dung khuyến công không thuộc danh mục áp dụng cho năm ${input.planYear}.`;
  }
  if (input.provinceId && !coversProvince(actor, input.provinceId)) {
    errors.provinceId = "Tỉnh thực hiện nằm ngoài phạm vi của đơn vị bạn.";
  }
  const facilityIds = [...new Set([...input.beneficiaries.map((b) => b.facilityId), ...input.budgetLines.flatMap((l) => (l.facilityId ? [l.facilityId] : []))])];
  if (facilityIds.length) {
    const visible = await tx.facility.count({ where: { AND: [{ id: { in: facilityIds } }, facilityScopeWhere(actor)] } });
    if (visible !== facilityIds.length) errors.beneficiaries = "Có cơ sở thụ hưởng không tồn tại hoặc nằm ngoài phạm vi của bạn.";
  }
  const beneficiarySet = new Set(input.beneficiaries.map((b) => b.facilityId));
  input.budgetLines.forEach((l, i) => {
    if (l.facilityId && !beneficiarySet.has(l.facilityId)) errors[`budgetLines.${i}.facilityId`] = `Dòng ${i + 1}: cơ sở của dòng dự toán phải có trong danh sách đơn vị thụ hưởng.`;
  });
  const normIds = [...new Set(input.budgetLines.flatMap((l) => (l.supportNormId ? [l.supportNormId] : [])))];
  if (normIds.length && (await tx.supportNorm.count({ where: { id: { in: normIds } } })) !== normIds.length) errors.budgetLines = "Có định mức không tồn tại.";
  if (Object.keys(errors).length) throw validationError(errors);
}

async function nextCode(tx: Tx, input: ProjectDraftInput): Promise<string> {
  const province = input.provinceId ? await tx.province.findUnique({ where: { id: input.provinceId }, select: { code: true } }) : null;
  const prefix = `${input.fundingSource}-${input.planYear}-${province?.code ?? "LT"}-`;
  // Serialise code allocation per prefix; the unique index is the final guard.
  await lockAdvisory(tx, { kind: "project-code", prefix });
  const codes = await tx.project.findMany({ where: { code: { startsWith: prefix } }, select: { code: true } });
  const highest = codes.reduce((max, { code }) => Math.max(max, Number(code.slice(prefix.length)) || 0), 0);
  return `${prefix}${String(highest + 1).padStart(3, "0")}`;
}

/** Parses and checks an editor or import payload without touching the database. */
export function parseDraft(raw: unknown): ProjectDraftInput {
  const parsed = ProjectDraftInputSchema.safeParse(raw);
  if (!parsed.success) throw validationError(Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message])));
  const budget = parseBudgetLines(parsed.data.budgetLines);
  if (Object.keys(budget.errors).length) throw validationError(budget.errors);
  return parsed.data;
}

export async function saveDraft(actor: Actor, raw: unknown): Promise<SavedDraft> {
  const input = parseDraft(raw);
  return db().$transaction((tx) => saveDraftInTx(tx, actor, input));
}

/** The same save inside a caller's transaction (Excel import saves many drafts all-or-nothing). */
export async function saveDraftInTx(tx: Tx, actor: Actor, input: ProjectDraftInput): Promise<SavedDraft> {
  if (!hasRole(actor, "SCT", "PROVINCIAL_CENTRE", "REGIONAL_CENTRE")) throw new ForbiddenError("errors.projects.draftByImplementerOnly");
  const budget = parseBudgetLines(input.budgetLines);
  const totals = budgetTotals(budget.lines);
  {
    await assertReferences(tx, actor, input);
    const fundingSource = await tx.fundingSource.findUniqueOrThrow({ where: { code: input.fundingSource }, select: { id: true } });
    const fields = {
      title: input.title,
      planYear: input.planYear,
      endYear: input.endYear,
      fundingSourceId: fundingSource.id,
      kind: input.kind,
      provinceId: input.provinceId,
      multiProvince: input.multiProvince,
      locationText: input.locationText,
      needAndBasis: input.needAndBasis,
      objectives: input.objectives,
      scale: input.scale,
      arrangements: input.arrangements,
      expectedEffects: input.expectedEffects,
      ...totals,
    };
    let id: string;
    let code: string;
    let version: number;
    if (input.id) {
      await lockRows(tx, "Project", [input.id]);
      const existing = await tx.project.findFirst({ where: { AND: [{ id: input.id }, projectScopeWhere(actor)] }, select: { id: true, code: true, version: true, status: true, implementerId: true } });
      if (!existing) throw new NotFoundError("project");
      if (!actor.organisationIds.includes(existing.implementerId)) throw new ForbiddenError("errors.projects.editByImplementerOnly");
      if (!EDITABLE_STATUSES.includes(existing.status)) throw new DomainError("INVALID_TRANSITION", "errors.projects.notEditable");
      if (existing.version !== input.version) throw new ConflictError("errors.projects.savedElsewhere");
      // A transaction holds one connection: its parts are replaced one after another.
      const ofProject = { where: { projectId: existing.id } };
      await tx.projectBudgetLine.deleteMany(ofProject);
      await tx.projectWorkItem.deleteMany(ofProject);
      await tx.projectPartner.deleteMany(ofProject);
      await tx.projectContent.deleteMany(ofProject);
      await tx.projectBeneficiary.deleteMany(ofProject);
      const updated = await tx.project.update({ where: { id: existing.id }, data: { ...fields, searchText: toSearchText(existing.code, input.title), version: { increment: 1 } }, select: { version: true } });
      ({ id, code, version } = { id: existing.id, code: existing.code, version: updated.version });
    } else {
      code = await nextCode(tx, input);
      const created = await tx.project.create({ data: { ...fields, code, searchText: toSearchText(code, input.title), implementerId: actor.organisationId, createdById: actor.userId }, select: { id: true, version: true } });
      await tx.projectTransition.create({ data: { projectId: created.id, fromStatus: null, toStatus: "DRAFT", actorId: actor.userId, comment: "Tạo đề án" } });
      ({ id, version } = created);
    }
    await tx.projectContent.createMany({ data: [...new Set(input.contentCategoryIds)].map((contentCategoryId) => ({ projectId: id, contentCategoryId })) });
    await tx.projectBeneficiary.createMany({
      data: [...new Set(input.beneficiaries.map((b) => b.facilityId))].map((facilityId) => ({
        projectId: id,
        facilityId,
        supportAmount: budget.lines.filter((l) => l.facilityId === facilityId).reduce((a, l) => a + l.supportAmount, 0n),
        counterpartAmount: budget.lines.filter((l) => l.facilityId === facilityId).reduce((a, l) => a + l.counterpartAmount, 0n),
      })),
    });
    await tx.projectBudgetLine.createMany({
      data: budget.lines.map((l) => ({
        projectId: id, lineNo: l.lineNo, item: l.item, contentCategoryId: l.contentCategoryId, supportNormId: l.supportNormId, facilityId: l.facilityId, unit: l.unit, quantity: l.quantity,
        totalCost: l.totalCost, supportAmount: l.supportAmount, counterpartAmount: l.counterpartAmount, otherAmount: l.otherAmount, priority: l.priority,
      })),
    });
    await tx.projectWorkItem.createMany({ data: input.workItems.map((w, i) => ({ projectId: id, seq: i + 1, description: w.description, responsible: w.responsible, startDate: w.startDate ? new Date(`${w.startDate}T00:00:00Z`) : null, endDate: w.endDate ? new Date(`${w.endDate}T00:00:00Z`) : null })) });
    await tx.projectPartner.createMany({ data: input.partners.map((p) => ({ projectId: id, name: p.name, role: p.role })) });
    await recordAudit(tx, actor, { action: input.id ? "project.update" : "project.create", entityType: "Project", entityId: id });
    return { id, code, version };
  }
}
