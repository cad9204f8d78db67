// The actor: who is acting, resolved on the server from the session, never from the client.
import type { OrganisationKind, Role } from "../db/generated/enums";

export type { Role };

export type GeoScope = {
  /**
   * Province ids covered by a non-national actor, already expanded to predecessors and successors.
   * Empty for national actors, who cover every province: ask lib/admin-units (isNational,
   * provinceScopeOf, coversProvince, provincesInScope) rather than reading this list directly.
   */
  provinceIds: readonly string[];
};

export type Actor = {
  userId: string;
  email: string;
  name: string;
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  /** Own organisation plus its predecessors: a merged centre keeps its old work. */
  organisationIds: readonly string[];
  roles: readonly Role[];
  scope: GeoScope;
  /**
   * An admin reset the password: until the user chooses a new one, only the own-password change
   * runs (lib/action.ts, lib/api/actor.ts). Absent means false (actors built by hand in tests).
   */
  mustChangePassword?: boolean;
};

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.roles.some((r) => roles.includes(r));
}

/** Roles that read the whole country. */
export const NATIONAL_ROLES: readonly Role[] = ["ADMIN", "CUC_STAFF", "LEADERSHIP"];
