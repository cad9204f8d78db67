// Who may change a plan year. Only the Cục extends a year's registration deadline (TT 36/2013
// Điều 10.2.b leaves the deadline to the Cục's call); an admin opens the next plan year; everyone
// reads the years.
import { hasRole, type Actor } from "../auth/actor";

export type PlanYearStep = "EXTEND_DEADLINE" | "ADD_NEXT_YEAR";

export function canExtendDeadline(actor: Actor): boolean {
  return hasRole(actor, "CUC_STAFF");
}

export function canAddPlanYear(actor: Actor): boolean {
  return hasRole(actor, "ADMIN");
}

/** What the /nam-ke-hoach page offers this actor. */
export function planYearSteps(actor: Actor): PlanYearStep[] {
  const steps: PlanYearStep[] = [];
  if (canExtendDeadline(actor)) steps.push("EXTEND_DEADLINE");
  if (canAddPlanYear(actor)) steps.push("ADD_NEXT_YEAR");
  return steps;
}

/**
 * A year is open for registration changes while it is still being planned: it lies after the
 * running budget year and its national plan is not issued (decision 041). Extending the deadline
 * of a year already running or already decided would change nothing but the record.
 */
export function isPlanYearOpen(year: number, runningYear: number, nationalPlanIssued: boolean): boolean {
  return year > runningYear && !nationalPlanIssued;
}
