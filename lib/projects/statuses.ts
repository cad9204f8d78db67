import type { ProjectStatus } from "../db/generated/enums";

export type { ProjectStatus };

/** Every status in lifecycle order (for filters and the state machine tests). */
export const PROJECT_STATUSES = [
  "DRAFT",
  "SUBMITTED_TO_SCT",
  "RETURNED_BY_SCT",
  "REJECTED_BY_SCT",
  "APPROVED_BY_SCT",
  "REGISTERED",
  "UNDER_CUC_APPRAISAL",
  "RETURNED_BY_CUC",
  "REJECTED_BY_CUC",
  "APPROVED_BY_CUC",
  "IN_PLAN",
  "GROUP_PLAN_APPROVED",
  "CONTRACTED",
  "IN_PROGRESS",
  "ACCEPTED",
  "SETTLED",
  "LIQUIDATED",
  "STOPPED",
  "CARRIED_OVER",
] as const satisfies readonly ProjectStatus[];

/** Statuses from the plan on: the đề án has (or may get) contracts, progress, acceptance and money. */
const IMPLEMENTATION_STATUSES: ReadonlySet<ProjectStatus> = new Set(PROJECT_STATUSES.slice(PROJECT_STATUSES.indexOf("IN_PLAN")));

export function isInImplementation(status: ProjectStatus): boolean {
  return IMPLEMENTATION_STATUSES.has(status);
}

/** A đề án that reached a plan or beyond: its support counts as given to its beneficiaries. */
export const SUPPORTED_STATUSES: ProjectStatus[] = ["IN_PLAN", "GROUP_PLAN_APPROVED", "CONTRACTED", "IN_PROGRESS", "ACCEPTED", "SETTLED", "LIQUIDATED", "CARRIED_OVER"];
