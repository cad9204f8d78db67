// Who may do what with a đề án. Pure: the parties an actor plays for a đề án, and the steps the
// detail page offers for a status. The mutations ask the state machine again inside their
// transaction; this decides only what pages show (docs/decisions/017).
import { coversProvince } from "../admin-units/scope";
import { hasRole, type Actor } from "../auth/actor";
import type { ProjectStatus } from "../db/generated/enums";
import { availableTransitions, EDITABLE_STATUSES, type Party, type TransitionContext } from "./state-machine";

export type Step = "EDIT" | "SUBMIT" | "WITHDRAW" | "APPRAISE" | "REGISTER" | "APPRAISE_MINISTRY";

/** Who may draft a đề án: implementing organisations (SCT, centres). */
export function canDraftProject(actor: Actor): boolean {
  return hasRole(actor, "SCT", "PROVINCIAL_CENTRE", "REGIONAL_CENTRE");
}

/** How the actor relates to a đề án: its implementer, the SCT of its province, or the Cục. */
export function partiesOf(actor: Actor, project: { implementerId: string; provinceId: string | null }): Party[] {
  const parties: Party[] = [];
  if (actor.organisationIds.includes(project.implementerId) && hasRole(actor, "SCT", "PROVINCIAL_CENTRE", "REGIONAL_CENTRE")) parties.push("IMPLEMENTER");
  if (hasRole(actor, "SCT") && project.provinceId && coversProvince(actor, project.provinceId)) parties.push("PROVINCE_SCT");
  if (hasRole(actor, "CUC_STAFF")) parties.push("CUC");
  return parties;
}

/** What the state machine needs to know about a đề án besides its status (TT 36/2013 Điều 8.1.b, TT 46/2012 Điều 8). */
export function transitionContextOf(project: { fundingSource: { code: string }; implementer: { kind: string }; multiProvince: boolean; kind: string }): TransitionContext {
  return {
    local: project.fundingSource.code === "KCDP",
    registersDirectly: project.implementer.kind === "REGIONAL_CENTRE" || project.multiProvince,
    group: project.kind === "GROUP",
  };
}

/** Whether the actor registers đề án with the Cục at all (an SCT): the list then offers it in bulk. */
export function registersWithCuc(actor: Actor): boolean {
  return hasRole(actor, "SCT");
}

/** A row the list offers for registration, with the version shown (optimistic check); amounts as whole-đồng text. */
export type RegisterCandidate = { id: string; code: string; title: string; version: number; amount: string; fund: "KCQG" | "KCDP" };

type Registrable = Parameters<typeof canRegisterWithCuc>[1] & { id: string; code: string; title: string; version: number; supportAmount: bigint };

/** The rows of a list the actor may register with the Cục now; a KCĐP đề án is totalled apart. */
export function registerCandidates(actor: Actor, rows: readonly Registrable[]): RegisterCandidate[] {
  return rows
    .filter((p) => canRegisterWithCuc(actor, p))
    .map((p) => ({ id: p.id, code: p.code, title: p.title, version: p.version, amount: p.supportAmount.toString(), fund: p.fundingSource.code === "KCDP" ? "KCDP" : "KCQG" }));
}

/** Whether the actor (as the SCT of the đề án's province) may register it with the Cục now. */
export function canRegisterWithCuc(actor: Actor, project: { status: ProjectStatus; implementerId: string; provinceId: string | null; fundingSource: { code: string }; implementer: { kind: string }; multiProvince: boolean; kind: string }): boolean {
  return projectSteps(project.status, partiesOf(actor, project), transitionContextOf(project)).includes("REGISTER");
}

/** The workflow steps these parties may take on a đề án in this status, in display order. */
export function projectSteps(status: ProjectStatus, parties: readonly Party[], context: TransitionContext): Step[] {
  const next = availableTransitions(status, parties, context);
  const editable = EDITABLE_STATUSES.includes(status);
  const steps: Step[] = [];
  if (parties.includes("IMPLEMENTER") && editable) steps.push("EDIT");
  if (parties.includes("IMPLEMENTER") && (next.includes("SUBMITTED_TO_SCT") || (next.includes("REGISTERED") && editable))) steps.push("SUBMIT");
  if (parties.includes("IMPLEMENTER") && next.includes("DRAFT")) steps.push("WITHDRAW");
  if (status === "SUBMITTED_TO_SCT" && next.includes("APPROVED_BY_SCT")) steps.push("APPRAISE");
  if (parties.includes("PROVINCE_SCT") && next.includes("REGISTERED")) steps.push("REGISTER");
  if (parties.includes("CUC") && !context.local && (status === "REGISTERED" || status === "UNDER_CUC_APPRAISAL")) steps.push("APPRAISE_MINISTRY");
  return steps;
}
