// Who may see and record dự toán giao (budget allocations). National allocations are recorded
// by Cục staff as they arrive from the finance side; leadership reads; everyone else gets the
// same answer as for a missing page (docs/decisions/002).
import { hasRole, type Actor } from "../auth/actor";

export function canReadAllocations(actor: Actor): boolean {
  return hasRole(actor, "CUC_STAFF", "LEADERSHIP");
}

export function canRecordAllocations(actor: Actor): boolean {
  return hasRole(actor, "CUC_STAFF");
}
