import "server-only";
// Who appraises, at which level, and shared guards. Thẩm định cấp cơ sở is the SCT's (TT 36/2013
// Điều 8.1). Thẩm định cấp Bộ is organised by the Cục (Điều 8.2), so only Cục staff see the queue
// and councils; for anyone else the pages answer "not found" and the mutations FORBIDDEN
// (docs/decisions/002: missing = not yours).
import { hasRole, type Actor } from "../auth/actor";
import type { ProjectStatus } from "../db/generated/enums";
import { ForbiddenError, InvalidTransitionError, message, type MissingSubject, NotFoundError } from "../errors";

/** The province sheet; which đề án the SCT may appraise is the state machine's (lib/projects/policy). */
export function canAppraiseAtProvince(actor: Actor): boolean {
  return hasRole(actor, "SCT");
}

export function canAppraiseAtMinistry(actor: Actor): boolean {
  return hasRole(actor, "CUC_STAFF");
}

export function requireMinistryAppraiser(actor: Actor): void {
  if (!canAppraiseAtMinistry(actor)) throw new ForbiddenError("errors.appraisals.ministryByCucOnly");
}

/** For reads: non-Cục actors get the same answer as for a missing record. */
export function requireMinistryReader(actor: Actor, what: MissingSubject = "page"): void {
  if (!canAppraiseAtMinistry(actor)) throw new NotFoundError(what);
}

/** Only registered đề án (or those already under appraisal) can be appraised by the Cục (Điều 8.2, 10.2). */
export function assertAppraisable(status: ProjectStatus): void {
  if (status === "REGISTERED" || status === "UNDER_CUC_APPRAISAL") return;
  throw new InvalidTransitionError("errors.appraisals.notRegistered", { status: message(`status.${status}`) });
}

export const DECIDED_STATUSES = ["APPROVED_BY_CUC", "RETURNED_BY_CUC", "REJECTED_BY_CUC"] as const satisfies readonly ProjectStatus[];
