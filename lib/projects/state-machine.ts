// Lifecycle of a đề án (../shared/domain/README.md "The lifecycle in one line"; reference §1).
// Pure: says which party may move a đề án from which state to which. Mutations ask it inside
// their transaction, after loading the đề án through the actor's scope.
import type { ProjectStatus } from "../db/generated/enums";

/** How the actor relates to the đề án, decided by lib/projects from the actor and the record. */
export type Party =
  | "IMPLEMENTER" // a member of the implementing organisation
  | "PROVINCE_SCT" // the SCT of the đề án's province
  | "CUC"; // Cục staff

export type TransitionContext = {
  /** KCĐP đề án are decided by the province: the SCT takes the Cục's steps (TT 46/2012 Điều 8). */
  local: boolean;
  /** Regional-centre and multi-province đề án register directly with the Cục (TT 36/2013 Điều 8.1.b). */
  registersDirectly: boolean;
  group: boolean;
};

type Rule = { from: ProjectStatus; to: ProjectStatus; by: Party; when?: (c: TransitionContext) => boolean };

const viaSct = (c: TransitionContext) => !c.registersDirectly;
const direct = (c: TransitionContext) => c.registersDirectly;

/** "CUC" steps; for KCĐP the SCT takes them (see `resolveParty`). */
const RULES: readonly Rule[] = [
  { from: "DRAFT", to: "SUBMITTED_TO_SCT", by: "IMPLEMENTER", when: viaSct },
  { from: "DRAFT", to: "REGISTERED", by: "IMPLEMENTER", when: direct },
  // Rút hồ sơ: the implementer takes a submission back while the SCT has not yet decided (decision 040).
  { from: "SUBMITTED_TO_SCT", to: "DRAFT", by: "IMPLEMENTER" },
  { from: "SUBMITTED_TO_SCT", to: "APPROVED_BY_SCT", by: "PROVINCE_SCT" },
  { from: "SUBMITTED_TO_SCT", to: "RETURNED_BY_SCT", by: "PROVINCE_SCT" },
  { from: "SUBMITTED_TO_SCT", to: "REJECTED_BY_SCT", by: "PROVINCE_SCT" },
  { from: "RETURNED_BY_SCT", to: "SUBMITTED_TO_SCT", by: "IMPLEMENTER" },
  { from: "APPROVED_BY_SCT", to: "REGISTERED", by: "PROVINCE_SCT" },
  { from: "REGISTERED", to: "UNDER_CUC_APPRAISAL", by: "CUC" },
  { from: "UNDER_CUC_APPRAISAL", to: "APPROVED_BY_CUC", by: "CUC" },
  { from: "UNDER_CUC_APPRAISAL", to: "RETURNED_BY_CUC", by: "CUC" },
  { from: "UNDER_CUC_APPRAISAL", to: "REJECTED_BY_CUC", by: "CUC" },
  { from: "RETURNED_BY_CUC", to: "REGISTERED", by: "PROVINCE_SCT", when: viaSct },
  { from: "RETURNED_BY_CUC", to: "REGISTERED", by: "IMPLEMENTER", when: direct },
  { from: "APPROVED_BY_CUC", to: "IN_PLAN", by: "CUC" },
  { from: "IN_PLAN", to: "GROUP_PLAN_APPROVED", by: "PROVINCE_SCT", when: (c) => c.group },
  { from: "IN_PLAN", to: "CONTRACTED", by: "CUC", when: (c) => !c.group },
  { from: "GROUP_PLAN_APPROVED", to: "CONTRACTED", by: "CUC" },
  { from: "CONTRACTED", to: "IN_PROGRESS", by: "IMPLEMENTER" },
  { from: "IN_PROGRESS", to: "ACCEPTED", by: "PROVINCE_SCT" },
  // Mẫu 5c: the Cục accepts the tasks and đề án it accepts itself (TT 36/2013 Điều 21.1).
  { from: "IN_PROGRESS", to: "ACCEPTED", by: "CUC", when: (c) => !c.local },
  { from: "IN_PROGRESS", to: "CARRIED_OVER", by: "CUC" },
  { from: "CARRIED_OVER", to: "IN_PROGRESS", by: "CUC" },
  { from: "ACCEPTED", to: "SETTLED", by: "CUC" },
  { from: "SETTLED", to: "LIQUIDATED", by: "CUC" },
  // Ngừng triển khai, decided by the Minister through the Cục (TT 36/2013 Điều 11.2.a).
  { from: "IN_PLAN", to: "STOPPED", by: "CUC" },
  { from: "GROUP_PLAN_APPROVED", to: "STOPPED", by: "CUC" },
  { from: "CONTRACTED", to: "STOPPED", by: "CUC" },
  { from: "IN_PROGRESS", to: "STOPPED", by: "CUC" },
  { from: "CARRIED_OVER", to: "STOPPED", by: "CUC" },
];

/** The party that takes a rule's step: for KCĐP the province takes the Cục's steps. */
function stepOwner(rule: Rule, context: TransitionContext): Party {
  return rule.by === "CUC" && context.local ? "PROVINCE_SCT" : rule.by;
}

export function canTransition(from: ProjectStatus, to: ProjectStatus, parties: readonly Party[], context: TransitionContext): boolean {
  return RULES.some((r) => r.from === from && r.to === to && (r.when?.(context) ?? true) && parties.includes(stepOwner(r, context)));
}

/** Next states the given parties may choose from `from`. */
export function availableTransitions(from: ProjectStatus, parties: readonly Party[], context: TransitionContext): ProjectStatus[] {
  return RULES.filter((r) => r.from === from && (r.when?.(context) ?? true) && parties.includes(stepOwner(r, context))).map((r) => r.to);
}

/** Whether any party could ever move from `from` to `to` (distinguishes "wrong state" from "not yours"). */
export function isKnownTransition(from: ProjectStatus, to: ProjectStatus): boolean {
  return RULES.some((r) => r.from === from && r.to === to);
}

/** States in which the implementer may still edit the content of the đề án. */
export const EDITABLE_STATUSES: readonly ProjectStatus[] = ["DRAFT", "RETURNED_BY_SCT", "RETURNED_BY_CUC"];

export const TERMINAL_STATUSES: readonly ProjectStatus[] = ["REJECTED_BY_SCT", "REJECTED_BY_CUC", "LIQUIDATED", "STOPPED"];
