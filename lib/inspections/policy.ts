// Who records inspections and who closes findings. Pure, on the parties of lib/projects/policy:
// Cục staff and the SCT of the đề án's province inspect (TT 36/2013 Điều 20.3, 21.1; TT 46/2012
// Điều 9.3); the implementer or the inspecting organisation closes a finding, with evidence.
import type { ProjectStatus } from "../db/generated/enums";
import type { Party } from "../projects/state-machine";

/** From the contract on: there is something to inspect, also after acceptance or a stop. */
export const INSPECTABLE_STATUSES: readonly ProjectStatus[] = ["CONTRACTED", "IN_PROGRESS", "CARRIED_OVER", "ACCEPTED", "SETTLED", "STOPPED"];

export function canRecordInspection(parties: readonly Party[], status: ProjectStatus): boolean {
  return (parties.includes("CUC") || parties.includes("PROVINCE_SCT")) && INSPECTABLE_STATUSES.includes(status);
}

export function canCloseFinding(parties: readonly Party[], actorOrganisationIds: readonly string[], inspectorId: string): boolean {
  return parties.includes("IMPLEMENTER") || actorOrganisationIds.includes(inspectorId);
}

/** Closing needs evidence: a written remedy and/or at least one attached document. */
export function hasClosingEvidence(evidence: string, attachmentCount: number): boolean {
  return evidence.trim().length > 0 || attachmentCount > 0;
}

/** Members of the team, one per non-empty line. */
export function teamMembers(team: string): string[] {
  return team.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}
