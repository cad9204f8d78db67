// Who may do what at nghiệm thu cơ sở. Pure: the parties come from lib/projects (partiesOf); the
// mutations ask again inside their transaction, after the scoped, locked read of the đề án.
import type { Actor } from "../auth/actor";
import type { AcceptanceForm } from "../db/generated/enums";
import { partiesOf } from "../projects/policy";
import type { Party } from "../projects/state-machine";
import { organisingParty } from "./rules";

type ProjectParties = { implementerId: string; provinceId: string | null; kind: string; fundingSource: { code: string } };

/**
 * The forms this actor may record for the đề án: the SCT 5a (group đề án, per location) and 5b,
 * the Cục 5c (not for KCĐP, which the province decides).
 */
export function acceptanceFormsFor(actor: Actor, project: ProjectParties): AcceptanceForm[] {
  const parties = partiesOf(actor, project);
  const forms: AcceptanceForm[] = ["MAU_5A", "MAU_5B", "MAU_5C"];
  return forms.filter((f) => parties.includes(organisingParty(f)) && !(f === "MAU_5C" && project.fundingSource.code === "KCDP") && !(f === "MAU_5A" && project.kind !== "GROUP"));
}

/** Force majeure is confirmed by the SCT of the đề án's province (TT 36/2013 Điều 18.4). */
export function canConfirmForceMajeure(actor: Actor, project: ProjectParties): boolean {
  return partiesOf(actor, project).includes("PROVINCE_SCT");
}

const OUTCOME_PARTIES: readonly Party[] = ["IMPLEMENTER", "PROVINCE_SCT", "CUC"];

/** Outcome indicators are reported by the implementer, the SCT or the Cục (leadership only reads). */
export function canRecordOutcomes(actor: Actor, project: ProjectParties): boolean {
  return partiesOf(actor, project).some((p) => OUTCOME_PARTIES.includes(p));
}
