// Who may change support norms: system administrators, who enter dated versions from the legal
// texts. Everyone reads them (they are the published rules).
import type { Actor } from "../auth/actor";
import { canAdminister } from "../auth/policy";

export function canAddNormVersion(actor: Actor): boolean {
  return canAdminister(actor);
}
