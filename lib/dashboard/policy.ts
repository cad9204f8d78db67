// What the home page shows this actor: national figures for national roles, otherwise the scope
// its counts cover. Pure; the counts themselves are scoped in lib/dashboard/queries.
import { hasRole, type Actor } from "../auth/actor";
import { isNational } from "../admin-units/scope";

export type HomeScope = "NATIONAL" | "PROVINCES" | "OWN_WORK";

/** National users (lib/admin-units isNational, the one gate) see the country; an SCT its provinces; centres their own đề án. */
export function homeScope(actor: Actor): HomeScope {
  if (isNational(actor)) return "NATIONAL";
  return hasRole(actor, "SCT") ? "PROVINCES" : "OWN_WORK";
}
