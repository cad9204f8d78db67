// Who may see and add cơ sở CNNT. Which facilities is geography (facilityScopeWhere in
// lib/auth/policy); these say which roles.
import { coversProvince } from "../admin-units/scope";
import { hasRole, type Actor } from "../auth/actor";

/** Every role that works with đề án reads the facilities in its scope; leadership included. */
export function canReadFacilities(actor: Actor): boolean {
  return hasRole(actor, "ADMIN", "CUC_STAFF", "LEADERSHIP", "SCT", "PROVINCIAL_CENTRE", "REGIONAL_CENTRE");
}

/** Implementers add the beneficiaries of their đề án from the editor. */
export function canCreateFacility(actor: Actor): boolean {
  return hasRole(actor, "SCT", "PROVINCIAL_CENTRE", "REGIONAL_CENTRE");
}

/** The implementers who enter a facility also correct it (within their geography, checked in the where). */
export function canEditFacility(actor: Actor): boolean {
  return canCreateFacility(actor);
}

/**
 * Owner contact is personal data (NĐ 13/2023/NĐ-CP): shown only to those who collect it and work
 * with the owner, the implementers of the facility's province; never the CCCD number (decision 039).
 * The province is checked here too, not only by the query that found the facility: an implementer
 * of another province is not the owner's contact, whichever path reached the record.
 */
export function canReadOwnerContact(actor: Actor, facility: { provinceId: string }): boolean {
  return canCreateFacility(actor) && coversProvince(actor, facility.provinceId);
}
