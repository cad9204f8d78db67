// The rules of an appraisal sheet (Mẫu 4a/4b at the SCT, the Cục's decision at ministry level),
// TT 36/2013 Điều 9: every criterion assessed, a conclusion, an explicit reason to approve despite
// a criterion "Không đạt", and "Hồ sơ đầy đủ: Đạt" only with the required dossier documents
// (lib/attachments/required.ts). Pure, so the form shows the same messages before it asks to
// confirm, and the mutation re-checks them; every broken rule is reported at once.
import type { AttachmentKind } from "../db/generated/enums";

/** A dossier document kind, for client components that may not import lib/db. */
export type DossierKind = AttachmentKind;
import { CRITERIA } from "./criteria";

export type SheetCriterion = { criterion: string; assessment: string };
export type SheetInput = {
  outcome: string;
  criteria: readonly SheetCriterion[];
  conclusion: string;
  failedCriterionReason: string;
  /** Required dossier kinds the đề án lacks (lib/attachments/required.ts). */
  missingDossier: readonly AttachmentKind[];
};
/** Key under errors.appraisalSheet; `documents` is filled by the caller with the kinds' labels. */
export type SheetRule = { key: "unassessed" | "outcomeRequired" | "conclusionRequired" | "reasonRequired" | "failedReasonRequired" | "dossierIncomplete"; count?: number; missing?: readonly AttachmentKind[] };

export const APPROVING = ["APPROVE", "APPROVE_REDUCED"] as const;
export const MIN_REASON = 10;

export const isApproving = (outcome: string) => (APPROVING as readonly string[]).includes(outcome);
export const hasFailedCriterion = (criteria: readonly SheetCriterion[]) => criteria.some((c) => c.assessment === "NOT_MET");

/** Field path → broken rule; empty when the sheet may be recorded. */
export function sheetErrors(input: SheetInput): Record<string, SheetRule> {
  const errors: Record<string, SheetRule> = {};
  CRITERIA.forEach((criterion, i) => {
    const row = input.criteria.find((c) => c.criterion === criterion);
    if (!row || row.assessment === "") errors[`criteria.${i}.assessment`] = { key: "unassessed" };
  });
  if (!input.outcome) errors.outcome = { key: "outcomeRequired" };
  const conclusion = input.conclusion.trim();
  if (isApproving(input.outcome) && conclusion.length === 0) errors.conclusion = { key: "conclusionRequired" };
  else if (input.outcome && !isApproving(input.outcome) && conclusion.length < MIN_REASON) errors.conclusion = { key: "reasonRequired", count: MIN_REASON };
  if (isApproving(input.outcome) && hasFailedCriterion(input.criteria) && input.failedCriterionReason.trim().length < MIN_REASON) {
    errors.failedCriterionReason = { key: "failedReasonRequired", count: MIN_REASON };
  }
  const dossierIndex = CRITERIA.indexOf("DOSSIER_COMPLETENESS");
  const dossier = input.criteria.find((c) => c.criterion === "DOSSIER_COMPLETENESS");
  if (dossier?.assessment === "MET" && input.missingDossier.length > 0) errors[`criteria.${dossierIndex}.assessment`] = { key: "dossierIncomplete", missing: input.missingDossier };
  return errors;
}

/** The criteria as scores to store; call only once sheetErrors is empty (all assessed). */
export function recordedScores<C extends string, A extends string>(criteria: readonly { criterion: C; assessment: A | ""; comment: string }[]) {
  return criteria.map((c) => ({ criterion: c.criterion, assessment: c.assessment as A, comment: c.comment }));
}

/** What an appraisal decided, for the audit entry of its step: outcome, amount and each criterion. */
export function decisionFacts(outcome: string, approvedAmount: bigint | null, criteria: readonly { criterion: string; assessment: string }[], failedCriterionReason: string) {
  return {
    outcome,
    approvedAmount: approvedAmount?.toString() ?? null,
    criteria: criteria.map((c) => ({ criterion: c.criterion, assessment: c.assessment })),
    failedCriterionReason,
  };
}
