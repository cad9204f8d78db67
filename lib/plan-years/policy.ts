// Who may change a plan year. Only the Cục extends a year's registration deadline (TT 36/2013
// Điều 10.2.b leaves the deadline to the Cục's call); everyone reads the years.
import { hasRole, type Actor } from "../auth/actor";

export type PlanYearStep = "EXTEND_DEADLINE";

export function canExtendDeadline(actor: Actor): boolean {
  return hasRole(actor, "CUC_STAFF");
}

/** What the /nam-ke-hoach page offers this actor for a plan year. */
export function planYearSteps(actor: Actor): PlanYearStep[] {
  return canExtendDeadline(actor) ? ["EXTEND_DEADLINE"] : [];
}
