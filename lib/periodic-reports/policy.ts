// Who may send and read provincial periodic reports. Which rows is the province scope
// (lib/auth/policy.ts provincialReportScopeWhere, lib/admin-units coversProvince): an SCT or a
// provincial centre its own province, Cục staff any province.
import { hasRole, type Actor } from "../auth/actor";

/** SCT and provincial centres for their province; Cục staff for any (entering a report sent on paper). */
export function canSubmitPeriodicReports(actor: Actor): boolean {
  return hasRole(actor, "SCT", "PROVINCIAL_CENTRE", "CUC_STAFF");
}

/** Those who send them, plus leadership and administrators, who read the whole country. */
export function canReadPeriodicReports(actor: Actor): boolean {
  return canSubmitPeriodicReports(actor) || hasRole(actor, "LEADERSHIP", "ADMIN");
}
