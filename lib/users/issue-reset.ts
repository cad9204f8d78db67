import "server-only";
// Issuing a one-time password link inside the caller's transaction: earlier open links of the user
// are voided (only the newest works), the hash is stored, and the clear token is returned once.
import type { Actor } from "../auth/actor";
import type { Tx } from "../db/client";
import { recordAudit } from "../audit/record";
import { generateResetToken, resetExpiry, resetLinkPath } from "./reset-token";

export type IssuedLink = { path: string; expiresAt: Date };

/** `actor` is the admin issuing it; null only for the first admin's own link (lib/users/first-admin.ts). */
export async function issueResetLink(tx: Tx, actor: Actor | null, userId: string, now: Date): Promise<IssuedLink> {
  await voidOpenLinks(tx, userId, now);
  const { token, tokenHash } = generateResetToken();
  const expiresAt = resetExpiry(now);
  const reset = await tx.passwordReset.create({ data: { userId, tokenHash, issuedById: actor?.userId ?? userId, expiresAt }, select: { id: true } });
  // The audit names the link, never its token.
  await recordAudit(tx, actor, { action: "passwordReset.issue", entityType: "User", entityId: userId, data: { resetId: reset.id, expiresAt: expiresAt.toISOString() } });
  return { path: resetLinkPath(token), expiresAt };
}

export async function voidOpenLinks(tx: Tx, userId: string, now: Date): Promise<void> {
  await tx.passwordReset.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
}
