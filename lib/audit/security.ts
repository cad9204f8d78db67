import "server-only";
// Security events in the audit trail (issue #11 §4): a refused or not-found access by a signed-in
// user is logged with who, what was refused and where, so an admin can see probing at /nhat-ky.
// Written outside the refused request's work (which wrote nothing); a failure to log never turns a
// refusal into an error page.
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { ForbiddenError, NotFoundError } from "../errors";
import { log } from "../log";
import { recordAudit } from "./record";

export function isDenial(error: unknown): error is NotFoundError | ForbiddenError {
  return error instanceof NotFoundError || error instanceof ForbiddenError;
}

/** Logs `security.accessDenied` for a denial seen at an edge (`where`: lib/audit/denied-at.ts, or the API route). */
export async function recordDenied(actor: Actor | null, error: NotFoundError | ForbiddenError, where: string): Promise<void> {
  if (!actor) return;
  await recordAudit(db(), actor, { action: "security.accessDenied", entityType: error.code, entityId: where, data: { reason: error.key } }).catch((failure: unknown) => {
    void log.error("Could not log a denied access", { error: failure });
  });
}

/**
 * Logs `security.tokenRefused` for a bearer token refused at /api/v1 (ASVS 16.3.1): why, where, and
 * the token's public prefix when it has the app's shape. Never the token; no actor is known.
 */
export async function recordTokenRefused(reason: string, prefix: string | null, where: string): Promise<void> {
  await recordAudit(db(), null, { action: "security.tokenRefused", entityType: "ApiToken", entityId: prefix ?? "unknown", data: { reason, where } }).catch((failure: unknown) => {
    void log.error("Could not log a refused token", { error: failure });
  });
}

/** Logs that `actor` read personal data in full (which fields of which record), in the reader's request. */
export async function recordPersonalDataView(actor: Actor, entityType: string, entityId: string, fields: readonly string[]): Promise<void> {
  await recordAudit(db(), actor, { action: "personalData.view", entityType, entityId, data: { fields: [...fields] } });
}
