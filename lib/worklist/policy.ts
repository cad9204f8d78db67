// Who has a work list (issue #8 item 8): the implementing centres first, and the SCT and the Cục
// for what waits on them. Leadership reads figures elsewhere.
import { hasRole, type Actor } from "../auth/actor";

export function canReadWorklist(actor: Actor): boolean {
  return hasRole(actor, "PROVINCIAL_CENTRE", "REGIONAL_CENTRE", "SCT", "CUC_STAFF");
}
