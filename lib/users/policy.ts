// Who administers accounts, and which geographic scope goes with which roles. Admins are national
// (lib/auth/actor NATIONAL_ROLES): there is no province-level admin, so an SCT or centre manages
// no accounts at all, not even its own province's (docs/decisions/049).
import { canAdminister } from "../auth/policy";
import { NATIONAL_ROLES, type Actor, type Role } from "../auth/actor";
import type { ScopeKind } from "../db/generated/enums";

export function canManageUsers(actor: Actor): boolean {
  return canAdminister(actor);
}

/**
 * The scope kind a set of roles needs: national roles read the country, a regional centre its zone,
 * an SCT or provincial centre its province. Roles of different kinds cannot be mixed: null.
 */
export function scopeKindFor(roles: readonly Role[]): ScopeKind | null {
  const kinds = new Set(roles.map((r): ScopeKind => (NATIONAL_ROLES.includes(r) ? "NATIONAL" : r === "REGIONAL_CENTRE" ? "ZONE" : "PROVINCE")));
  return kinds.size === 1 ? [...kinds][0]! : null;
}
