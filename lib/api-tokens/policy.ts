// Who may hold personal API tokens: any signed-in user with a role. A token acts exactly as its
// owner (same roles, same scope), so it grants nothing the pages do not; each user sees and
// revokes only their own tokens (the queries filter on userId).
import type { Actor } from "../auth/actor";

export function canHoldApiTokens(actor: Actor): boolean {
  return actor.roles.length > 0;
}
