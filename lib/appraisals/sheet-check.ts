import "server-only";
// Applies the sheet rules (./sheet-rules.ts) inside the deciding transaction: reads which required
// dossier documents the locked đề án lacks and refuses with every broken rule as a field message.
import type { Tx } from "../db/client";
import { DomainError, message } from "../errors";
import { renderMessage } from "../i18n/messages";
import { missingDossierKinds } from "../attachments/required";
import type { AttachmentKind } from "../db/generated/enums";
import { sheetErrors, type SheetInput, type SheetRule } from "./sheet-rules";

/** Required dossier kinds the đề án's own dossier (not its contracts' files) lacks. */
export async function missingDossierOf(tx: Tx, projectId: string): Promise<AttachmentKind[]> {
  const [attachments, beneficiaries] = await Promise.all([
    tx.attachment.findMany({ where: { projectId, contractId: null, progressReportId: null, inspectionId: null, findingId: null, acceptanceId: null }, select: { kind: true } }),
    tx.projectBeneficiary.count({ where: { projectId } }),
  ]);
  return missingDossierKinds({ hasBeneficiaries: beneficiaries > 0 }, attachments.map((a) => a.kind));
}

const documents = (missing: readonly AttachmentKind[]) => missing.map((k) => renderMessage("vi", `attachments.kind.${k}`)).join(", ");

function toMessage(rule: SheetRule) {
  const params: Record<string, string | number> = {};
  if (rule.count !== undefined) params.count = rule.count;
  if (rule.missing) params.documents = documents(rule.missing);
  return message(`errors.appraisalSheet.${rule.key}`, params);
}

/** Refuses an incomplete sheet with every broken rule; returns the (then chosen) outcome. */
export async function assertSheetComplete<O extends string>(tx: Tx, projectId: string, sheet: Omit<SheetInput, "missingDossier" | "outcome"> & { outcome: O | "" }): Promise<O> {
  const errors = sheetErrors({ ...sheet, missingDossier: await missingDossierOf(tx, projectId) });
  const fields = Object.fromEntries(Object.entries(errors).map(([path, rule]) => [path, toMessage(rule)]));
  if (Object.keys(fields).length > 0) throw new DomainError("VALIDATION", "errors.appraisalSheet.incomplete", { count: Object.keys(fields).length }, fields);
  return sheet.outcome as O;
}
