// Who may add or remove which dossier document, and when. Pure: the mutation asks it inside its
// transaction with the parties computed from the actor and the locked đề án.
import type { AttachmentKind, ProjectStatus } from "../db/generated/enums";
import { EDITABLE_STATUSES, type Party } from "../projects/state-machine";

/** Display order of the kinds. */
export const ATTACHMENT_KINDS = [
  "REQUEST_LETTER",
  "BENEFICIARY_LETTER",
  "ANNEX_2",
  "APPRAISAL_SHEET",
  "DECISION",
  "CONTRACT",
  "ACCEPTANCE_MINUTES",
  "OTHER",
] as const satisfies readonly AttachmentKind[];

/**
 * The implementer's dossier to the SCT (TT 36/2013 Điều 10.1.a): công văn đề nghị, văn bản đề
 * nghị of the beneficiary, Phụ lục 2 attachments, and anything else supporting it.
 */
const IMPLEMENTER_KINDS: readonly AttachmentKind[] = ["REQUEST_LETTER", "BENEFICIARY_LETTER", "ANNEX_2", "OTHER"];

/** The SCT's phiếu thẩm định cấp cơ sở (Mẫu 4a/4b, Điều 10.2.a), while the đề án is before it. */
const SCT_KINDS: readonly AttachmentKind[] = ["APPRAISAL_SHEET"];

/** What else decides the window: the SCT has asked for documents it has not yet received. */
export type UploadContext = { documentsRequested?: boolean };

/**
 * Kinds these parties may upload to a đề án in this status, in display order. The implementer
 * adds to its dossier while it may edit the đề án, and while the SCT appraising it waits for
 * documents it asked for (lib/document-requests).
 */
export function uploadableKinds(parties: readonly Party[], status: ProjectStatus, context: UploadContext = {}): AttachmentKind[] {
  const allowed = new Set<AttachmentKind>();
  const requested = status === "SUBMITTED_TO_SCT" && context.documentsRequested === true;
  if (parties.includes("IMPLEMENTER") && (EDITABLE_STATUSES.includes(status) || requested)) IMPLEMENTER_KINDS.forEach((k) => allowed.add(k));
  if (parties.includes("PROVINCE_SCT") && status === "SUBMITTED_TO_SCT") SCT_KINDS.forEach((k) => allowed.add(k));
  return ATTACHMENT_KINDS.filter((k) => allowed.has(k));
}

export function canUploadAttachment(parties: readonly Party[], status: ProjectStatus, kind: AttachmentKind, context: UploadContext = {}): boolean {
  return uploadableKinds(parties, status, context).includes(kind);
}

/**
 * Removing follows the same window as adding, and only the uploader's own organisation may do it:
 * a centre cannot remove the SCT's appraisal sheet, nor the SCT the centre's letters.
 */
export function canDeleteAttachment(parties: readonly Party[], status: ProjectStatus, kind: AttachmentKind, uploadedByActorsOrganisation: boolean, context: UploadContext = {}): boolean {
  return uploadedByActorsOrganisation && canUploadAttachment(parties, status, kind, context);
}
