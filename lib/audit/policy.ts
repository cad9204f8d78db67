// Who may read the audit trail: an admin searches all of it; a đề án's history is for whoever can
// read the đề án (checked by lib/projects' scope in the query).
import { hasRole, type Actor } from "../auth/actor";

export function canSearchAudit(actor: Actor): boolean {
  return hasRole(actor, "ADMIN");
}
