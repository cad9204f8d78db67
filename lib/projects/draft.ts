import "server-only";
// Saving a đề án draft (đề án editor). The implementer is the actor's organisation; the đề án is
// loaded through the actor's scope, locked, and version-checked, then its parts are replaced in
// one transaction. Totals are computed from the budget lines, never typed.
import type { Actor } from "../auth/actor";
import { facilityScopeWhere, projectScopeWhere } from "../auth/policy";
import { db, type Tx } from "../db/client";
import { DomainError, ForbiddenError, NotFoundError, fieldMessagesOf, verbatimFields, type FieldMessages } from "../errors";
import { insertFacility, newFacilityRefusals } from "../facilities/create";
import { changedFields, changesByField } from "../audit/diff";
import type { Prisma } from "../db/generated/client";
import { recordAudit } from "../audit/record";
import { draftSnapshot, refuseStaleDraft, writtenSnapshot } from "./draft-changes";
import { toSearchText } from "../search-text";
import { parseBudgetLines } from "./budget";
import { codePrefix, reserveCodes } from "./codes";
import { assertDraftProvinceInForce } from "./draft-province";
import { draftFields, draftPartRows } from "./draft-rows";
import { draftReferenceErrors, namedFacilityIds, namedNormIds, type KnownReferences } from "./draft-references";
import { BudgetLineInputSchema, DraftReferencesSchema, ProjectDraftInputSchema, type BudgetLineInput, type DraftReferences, type ProjectDraftInput } from "./schemas";
import { canDraftProject } from "./policy";
import { EDITABLE_STATUSES } from "./state-machine";
import { lockRows } from "../db/locks";

/** `createdFacilities`: the real id of each facility the save created, by the editor's key. */
export type SavedDraft = { id: string; code: string; version: number; createdFacilities: { key: string; id: string }[] };

export function validationError(errors: Record<string, string>): DomainError {
  return new DomainError("VALIDATION", "errors.projects.draftInvalid", {}, verbatimFields(Object.entries(errors)));
}

/** Every reference rule the draft breaks, new facilities' included, at its field path. */
async function referenceMessages(tx: Tx, actor: Actor, input: DraftReferences): Promise<FieldMessages> {
  const province = await fieldMessagesOf(assertDraftProvinceInForce(actor, input, tx));
  const year = input.planYear === null ? null : await tx.planYear.findUnique({ where: { year: input.planYear }, select: { contentCatalogVersionId: true } });
  const contentIds = [...new Set(input.contentCategoryIds)];
  const facilityIds = namedFacilityIds(input);
  const normIds = namedNormIds(input);
  const ids = (rows: { id: string }[]) => new Set(rows.map((r) => r.id));
  const known: KnownReferences = {
    catalogue: year ? ids(contentIds.length ? await tx.contentCategory.findMany({ where: { id: { in: contentIds }, versionId: year.contentCatalogVersionId }, select: { id: true } }) : []) : null,
    facilityIds: ids(facilityIds.length ? await tx.facility.findMany({ where: { AND: [{ id: { in: facilityIds } }, facilityScopeWhere(actor)] }, select: { id: true } }) : []),
    normIds: ids(normIds.length ? await tx.supportNorm.findMany({ where: { id: { in: normIds } }, select: { id: true } }) : []),
  };
  const facilities = await newFacilityRefusals(tx, actor, input.newFacilities, (i) => `newFacilities.${i}.`);
  return { ...verbatimFields(Object.entries(draftReferenceErrors(actor, input, known))), ...province, ...Object.assign({}, ...facilities.map((f) => f.fields)) };
}

async function nextCode(tx: Tx, input: ProjectDraftInput): Promise<string> {
  const province = input.provinceId ? await tx.province.findUnique({ where: { id: input.provinceId }, select: { code: true } }) : null;
  const [code] = await reserveCodes(tx, codePrefix(input.fundingSource, input.planYear, province?.code ?? null), 1);
  return code!;
}

/** The budget lines of an invalid payload that are themselves well formed, at their own positions. */
function wellFormedLines(raw: unknown): BudgetLineInput[] {
  const lines = (raw as { budgetLines?: unknown } | null)?.budgetLines;
  if (!Array.isArray(lines)) return [];
  return lines.map((l) => BudgetLineInputSchema.safeParse(l)).map((r) => (r.success ? r.data : { ...BLANK_LINE }));
}
const BLANK_LINE: BudgetLineInput = BudgetLineInputSchema.parse({ item: "-" });

/** The field errors of an editor or import payload (schema and amounts), without the database. */
export function draftFieldErrors(raw: unknown): { input: ProjectDraftInput | null; errors: Record<string, string> } {
  const parsed = ProjectDraftInputSchema.safeParse(raw);
  // Every error of the form at once: the amounts are checked even when another field is invalid.
  const errors = parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message]));
  const budget = parseBudgetLines(parsed.success ? parsed.data.budgetLines : wellFormedLines(raw));
  return { input: parsed.success ? parsed.data : null, errors: { ...budget.errors, ...errors } };
}

/** Parses and checks an editor or import payload without touching the database. */
export function parseDraft(raw: unknown): ProjectDraftInput {
  const { input, errors } = draftFieldErrors(raw);
  if (!input || Object.keys(errors).length) throw validationError(errors);
  return input;
}

/**
 * Saves the editor's draft. The field errors and the reference errors (facilities, norms,
 * contents, new facilities) are gathered in one pass and refused together, so the user fixes
 * everything at once instead of meeting the reference errors after the next save.
 */
export async function saveDraft(actor: Actor, raw: unknown): Promise<SavedDraft> {
  const { input, errors } = draftFieldErrors(raw);
  const references = DraftReferencesSchema.safeParse(raw);
  return db().$transaction(async (tx) => {
    if (!canDraftProject(actor)) throw new ForbiddenError("errors.projects.draftByImplementerOnly");
    const all = { ...(references.success ? await referenceMessages(tx, actor, references.data) : {}), ...verbatimFields(Object.entries(errors)) };
    if (!input || Object.keys(all).length) throw new DomainError("VALIDATION", "errors.projects.draftInvalid", {}, all);
    return saveInTx(tx, actor, input);
  });
}

/** The draft with its new facilities' keys replaced by their ids; each new facility is a beneficiary. */
function withCreatedFacilities(input: ProjectDraftInput, created: ReadonlyMap<string, string>): ProjectDraftInput {
  const real = (id: string) => created.get(id) ?? id;
  const beneficiaries = [...input.beneficiaries.map((b) => real(b.facilityId)), ...created.values()];
  return {
    ...input,
    beneficiaries: [...new Set(beneficiaries)].map((facilityId) => ({ facilityId })),
    budgetLines: input.budgetLines.map((l) => (l.facilityId ? { ...l, facilityId: real(l.facilityId) } : l)),
    newFacilities: [],
  };
}

/** One đề án's save; a Mẫu 2 import saves its rows in bulk instead (lib/mau-2/save-rows.ts). */
async function saveInTx(tx: Tx, actor: Actor, input: ProjectDraftInput): Promise<SavedDraft> {
  const fundingSource = await tx.fundingSource.findUniqueOrThrow({ where: { code: input.fundingSource }, select: { id: true } });
  const fields = draftFields(input, fundingSource.id);
  let id: string;
  let code: string;
  let version: number;
  let before: Record<string, unknown> | null = null;
  if (input.id) {
    await lockRows(tx, "Project", [input.id]);
    const existing = await tx.project.findFirst({ where: { AND: [{ id: input.id }, projectScopeWhere(actor)] }, select: { id: true, code: true, version: true, status: true, implementerId: true } });
    if (!existing) throw new NotFoundError("project");
    if (!actor.organisationIds.includes(existing.implementerId)) throw new ForbiddenError("errors.projects.editByImplementerOnly");
    if (!EDITABLE_STATUSES.includes(existing.status)) throw new DomainError("INVALID_TRANSITION", "errors.projects.notEditable");
    if (existing.version !== input.version) await refuseStaleDraft(tx, existing.id, input.version ?? 0);
    before = await draftSnapshot(tx, existing.id);
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
  // The new facilities are written with the đề án: a refused or failed save leaves none behind.
  const newFacilityIds = new Map<string, string>();
  for (const f of input.newFacilities) newFacilityIds.set(f.key, (await insertFacility(tx, actor, f)).id);
  const parts = draftPartRows(id, withCreatedFacilities(input, newFacilityIds));
  await tx.projectContent.createMany({ data: parts.contents });
  await tx.projectBeneficiary.createMany({ data: parts.beneficiaries });
  await tx.projectBudgetLine.createMany({ data: parts.budgetLines });
  await tx.projectWorkItem.createMany({ data: parts.workItems });
  await tx.projectPartner.createMany({ data: parts.partners });
  // The entry says what the save changed (before → after) and which version it made, so a later
  // stale save can be told what changed since (refuseStaleDraft).
  const changes = before ? changesByField(changedFields(before, writtenSnapshot(fields, parts))) : {};
  await recordAudit(tx, actor, { action: before ? "project.update" : "project.create", entityType: "Project", entityId: id, data: (before ? { toVersion: version, fromVersion: version - 1, changes } : { toVersion: version }) as Prisma.InputJsonObject });
  return { id, code, version, createdFacilities: [...newFacilityIds].map(([key, facilityId]) => ({ key, id: facilityId })) };
}
