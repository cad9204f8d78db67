import "server-only";
// Saving an import's valid rows in bulk, inside the commit's transaction. The đề án editor's save
// (lib/projects/draft.ts) queries its references and numbers its code per đề án; here the same
// rules (lib/projects/draft-references.ts) run in memory against the file's references, loaded
// once, and the same rows (lib/projects/draft-rows.ts) are written with one INSERT per table
// (bulk-tables.ts). New đề án are inserted under a provisional code and numbered last (numberNewRows), so
// the per-prefix numbering lock is held only for one UPDATE and the commit
// (docs/decisions/015-bulk-mau-2-import.md).
import type { Actor } from "../auth/actor";
import type { Tx } from "../db/client";
import { uuidv7 } from "../db/uuid";
import { DomainError } from "../errors";
import { codePrefix, numberProjects, provisionalCode, type ToNumber } from "../projects/codes";
import { validationError } from "../projects/draft";
import { draftReferenceErrors, namedNormIds } from "../projects/draft-references";
import { draftFields, draftPartRows } from "../projects/draft-rows";
import type { ProjectDraftInput } from "../projects/schemas";
import { toSearchText } from "../search-text";
import { insertAudit, insertCreatedTransitions, insertParts, insertProjects, updateProjects } from "./bulk-tables";
import type { HeaderMap } from "./headers";
import type { ImportRefs } from "./references";
import { issueMaker } from "./row-fields";
import { rowStatus, type RowOutcome } from "./types";

type Pending = { outcome: RowOutcome; input: ProjectDraftInput };

/** Rows the commit writes: created or updated, with no error. */
export function rowsToSave(outcomes: readonly RowOutcome[]): Pending[] {
  return outcomes.flatMap((outcome) => (outcome.input && (outcome.action === "CREATE" || outcome.action === "UPDATE") && rowStatus(outcome.issues) !== "ERROR" ? [{ outcome, input: outcome.input }] : []));
}

/**
 * The editor's reference rules for every row, against the file's references plus the norms its
 * rows name (one query). A refused row gets the editor's message and is dropped; returns the rows
 * that passed.
 */
export async function checkRowReferences(tx: Tx, actor: Actor, pending: readonly Pending[], refs: ImportRefs, header: HeaderMap): Promise<Pending[]> {
  const wantedNorms = [...new Set(pending.flatMap((p) => namedNormIds(p.input)))];
  const normIds = new Set(wantedNorms.length ? (await tx.supportNorm.findMany({ where: { id: { in: wantedNorms } }, select: { id: true } })).map((n) => n.id) : []);
  const facilityIds = new Set(refs.facilitiesById.keys());
  const catalogues = new Map([...refs.catalogues].map(([year, codes]) => [year, new Set(codes.values())]));
  return pending.filter(({ outcome, input }) => {
    const errors = draftReferenceErrors(actor, input, { catalogue: catalogues.get(input.planYear) ?? null, facilityIds, normIds });
    if (!Object.keys(errors).length) return true;
    const error = validationError(errors);
    outcome.issues.push(issueMaker(outcome.row, header)(null, `${error.message} ${Object.values(errors).join(" ")}`.trim()));
    outcome.action = null;
    return false;
  });
}

async function fundingSourceIds(tx: Tx, pending: readonly Pending[]): Promise<Map<string, string>> {
  const codes = [...new Set(pending.map((p) => p.input.fundingSource))];
  const found = await tx.fundingSource.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } });
  if (found.length !== codes.length) throw new DomainError("VALIDATION", "errors.allocations.unknownSource");
  return new Map(found.map((f) => [f.code, f.id]));
}

function prefixOf(input: ProjectDraftInput, refs: ImportRefs): string {
  const province = input.provinceId ? refs.provinces.find((p) => p.id === input.provinceId) : null;
  // New rows only get a province from refs.provinces (build-row.ts); anything else is a bug.
  if (input.provinceId && !province) throw new Error(`province ${input.provinceId} of a new row is not among the actor's provinces`);
  return codePrefix(input.fundingSource, input.planYear, province?.code ?? null);
}

/**
 * Writes the rows (already checked) and returns the new đề án still to be numbered, in file order.
 * Updates replace the parts of đề án that validation locked and read in this transaction, so
 * their version is the one compared.
 */
export async function writeRows(tx: Tx, actor: Actor, pending: readonly Pending[], refs: ImportRefs): Promise<ToNumber[]> {
  if (!pending.length) return [];
  const sources = await fundingSourceIds(tx, pending);
  const creates = pending.filter((p) => p.outcome.action === "CREATE");
  const updates = pending.filter((p) => p.outcome.action === "UPDATE");

  const createdIds = creates.map(() => uuidv7());
  const updatedAt = new Date();
  await insertProjects(tx, creates.map((p, i) => {
    const code = provisionalCode();
    return { ...draftFields(p.input, sources.get(p.input.fundingSource)!), id: createdIds[i]!, code, searchText: code, implementerId: actor.organisationId, createdById: actor.userId, updatedAt };
  }));
  await insertCreatedTransitions(tx, createdIds, actor.userId);

  const updatedIds = updates.map((p) => p.input.id!);
  if (updatedIds.length) {
    const ofProjects = { where: { projectId: { in: updatedIds } } };
    await tx.projectBudgetLine.deleteMany(ofProjects);
    await tx.projectWorkItem.deleteMany(ofProjects);
    await tx.projectPartner.deleteMany(ofProjects);
    await tx.projectContent.deleteMany(ofProjects);
    await tx.projectBeneficiary.deleteMany(ofProjects);
  }
  await updateProjects(tx, updates.map(({ outcome, input }) => ({ ...draftFields(input, sources.get(input.fundingSource)!), id: input.id!, searchText: toSearchText(outcome.code, input.title), updatedAt })));

  const idByRow = new Map<RowOutcome, string>([...creates.map((p, i) => [p.outcome, createdIds[i]!] as const), ...updates.map((p) => [p.outcome, p.input.id!] as const)]);
  await insertParts(tx, pending.map((p) => draftPartRows(idByRow.get(p.outcome)!, p.input)));
  // One audit entry per đề án, in file order, as the editor's save writes them.
  const audit = pending.map((p) => ({ actorId: actor.userId, action: p.outcome.action === "CREATE" ? "project.create" : "project.update", entityType: "Project", entityId: idByRow.get(p.outcome)! }));
  await insertAudit(tx, audit);

  return creates.map((p, i) => ({ id: createdIds[i]!, prefix: prefixOf(p.input, refs), title: p.input.title }));
}

/** Numbers the new đề án; the last step of the commit, since the prefix locks last until commit. */
export async function numberNewRows(tx: Tx, created: readonly ToNumber[]): Promise<void> {
  if (created.length) await numberProjects(tx, created);
}
