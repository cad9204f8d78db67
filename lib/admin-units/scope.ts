// Which provinces an actor covers, with one meaning for national users (docs/decisions/014).
// National is decided by role alone (NATIONAL_ROLES); a UserScope row of kind NATIONAL is not
// consulted. A national actor covers every province at every date; anyone else covers the
// provinces loadActor expanded through succession (a Lào Cai SCT also covers the old Yên Bái).
import { NATIONAL_ROLES, type Actor } from "../auth/actor";
import { validAt, type ProvinceRecord } from "./basis";

/** Whether the actor sees the whole country: a national role (ADMIN, CUC_STAFF, LEADERSHIP). */
export function isNational(actor: Pick<Actor, "roles">): boolean {
  return actor.roles.some((r) => NATIONAL_ROLES.includes(r));
}

/** The actor's provinces: every province, or the listed ids (all eras: recorded data stays visible). */
export type ProvinceScope = { all: true } | { all: false; provinceIds: readonly string[] };

export function provinceScopeOf(actor: Pick<Actor, "roles" | "scope">): ProvinceScope {
  return isNational(actor) ? { all: true } : { all: false, provinceIds: actor.scope.provinceIds };
}

/** Whether a record on `provinceId` is within the actor's geography. */
export function coversProvince(actor: Pick<Actor, "roles" | "scope">, provinceId: string): boolean {
  const scope = provinceScopeOf(actor);
  return scope.all || scope.provinceIds.includes(provinceId);
}

/** The provinces of the actor's scope that are in force on `at` (ordered by code). */
export function provincesInScopeAt<P extends ProvinceRecord>(actor: Pick<Actor, "roles" | "scope">, provinces: readonly P[], at: Date): P[] {
  const scope = provinceScopeOf(actor);
  return provinces
    .filter((p) => validAt(p, at) && (scope.all || scope.provinceIds.includes(p.id)))
    .sort((a, b) => a.code.localeCompare(b.code));
}
