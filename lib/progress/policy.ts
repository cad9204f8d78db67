// Who does what with monthly progress reports. Pure: parties come from lib/projects/policy
// (partiesOf), so "the SCT of the đề án's province" is the same rule as the workflow's: for KCĐP
// too, and for a regional centre's đề án the SCT where it runs (Project.provinceId). A đề án run
// in several provinces without one province is confirmed by the Cục (decision 024).
import type { ProjectStatus } from "../db/generated/enums";
import type { Party } from "../projects/state-machine";

/** Statuses in which monthly reports are made: signed and not yet accepted. */
export const REPORTING_STATUSES: readonly ProjectStatus[] = ["CONTRACTED", "IN_PROGRESS", "CARRIED_OVER"];

export function isReportingStatus(status: ProjectStatus): boolean {
  return REPORTING_STATUSES.includes(status);
}

/** The implementer submits and edits its reports while the đề án is being carried out. */
export function canSubmitProgress(parties: readonly Party[], status: ProjectStatus): boolean {
  return parties.includes("IMPLEMENTER") && isReportingStatus(status);
}

/** The party who confirms: the province's SCT, or the Cục when the đề án has no single province. */
export function confirmingParty(project: { provinceId: string | null }): Party {
  return project.provinceId ? "PROVINCE_SCT" : "CUC";
}

/** Confirmation is a second pair of eyes: the confirming party, never the one who recorded it. */
export function canConfirmProgress(parties: readonly Party[], project: { provinceId: string | null }, report: { submittedById: string | null; confirmedAt: Date | null }, userId: string): boolean {
  return parties.includes(confirmingParty(project)) && report.confirmedAt === null && report.submittedById !== userId;
}
