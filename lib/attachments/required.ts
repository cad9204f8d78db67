// The dossier an implementer sends with a đề án (TT 36/2013 Điều 10.1.a), as the attachment kinds
// that must be present. One definition: submission completeness (lib/projects/checks.ts) and the
// appraisal sheet's "Hồ sơ đầy đủ" criterion (lib/appraisals/sheet-rules.ts) both read it.
// Phụ lục 2 attachments are required "for certain đề án types" that the domain guide does not
// list, so ANNEX_2 is not required here (docs/decisions/037).
import type { AttachmentKind } from "../db/generated/enums";

export type DossierFacts = {
  /** The đề án names beneficiary facilities, so the implementer is not the beneficiary itself. */
  hasBeneficiaries: boolean;
};

/** Attachment kinds the đề án's dossier must contain. */
export function requiredDossierKinds(facts: DossierFacts): AttachmentKind[] {
  // Công văn đề nghị always; văn bản đề nghị hỗ trợ of the beneficiary when the implementer is not it.
  return facts.hasBeneficiaries ? ["REQUEST_LETTER", "BENEFICIARY_LETTER"] : ["REQUEST_LETTER"];
}

/** Required kinds not among the đề án's attachments, in the order of requiredDossierKinds. */
export function missingDossierKinds(facts: DossierFacts, present: readonly AttachmentKind[]): AttachmentKind[] {
  return requiredDossierKinds(facts).filter((k) => !present.includes(k));
}
