// Who may see and add cơ sở CNNT. Which facilities is geography (facilityScopeWhere in
// lib/auth/policy); these say which roles.
import { hasRole, type Actor } from "../auth/actor";

/** Every role that works with đề án reads the facilities in its scope; leadership included. */
export function canReadFacilities(actor: Actor): boolean {
  return hasRole(actor, "ADMIN", "CUC_STAFF", "LEADERSHIP", "SCT", "PROVINCIAL_CENTRE", "REGIONAL_CENTRE");
}

/** Implementers add the beneficiaries of their đề án from the editor. */
export function canCreateFacility(actor: Actor): boolean {
  return hasRole(actor, "SCT", "PROVINCIAL_CENTRE", "REGIONAL_CENTRE");
}
