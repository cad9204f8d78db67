// Who may see and record dự toán giao (budget allocations). National allocations are recorded
// by Cục staff as they arrive from the finance side; leadership reads; everyone else gets the
// same answer as for a missing page (docs/decisions/002).
import { hasRole, type Actor } from "../auth/actor";
import { provinceScopeOf } from "../admin-units/scope";

/** An SCT reads its own province's units only (issue #10); the Where below is what enforces it. */
export function canReadAllocations(actor: Actor): boolean {
  return hasRole(actor, "CUC_STAFF", "LEADERSHIP", "SCT");
}

/** Every unit's allocations, unscoped (the national red-flag rule): the Cục and leadership only. */
export function canReadNationalAllocations(actor: Actor): boolean {
  return hasRole(actor, "CUC_STAFF", "LEADERSHIP");
}

/** Receiving units the actor may see: all for national roles, else those located in its provinces. */
export function allocationReceiverWhere(actor: Actor): { provinceId?: { in: string[] } } {
  const scope = provinceScopeOf(actor);
  return scope.all ? {} : { provinceId: { in: [...scope.provinceIds] } };
}

export function canRecordAllocations(actor: Actor): boolean {
  return hasRole(actor, "CUC_STAFF");
}
