import "server-only";
// A user choosing their own password: changing it (current password required) or setting it by a
// one-time link. Both end every session of the user, this one included, so the user signs in
// again with the new password; a stolen session dies with the old one.
import { z } from "zod";
import { recordAudit } from "../audit/record";
import type { Actor } from "../auth/actor";
import { hashPassword, verifyPassword } from "../auth/password";
import { endSessions } from "../auth/sessions";
import { db, type Tx } from "../db/client";
import { ConflictError, DomainError, message, NotFoundError } from "../errors";
import { voidOpenLinks } from "./issue-reset";
import { passwordPolicySchema } from "./password-policy";
import { hashResetToken, isResetTokenShaped } from "./reset-token";
import { ChangeOwnPasswordInputSchema, RedeemResetInputSchema } from "./schemas";

/** The policy, reported on the newPassword field. */
async function checkPolicy(newPassword: string, email: string, currentHash: string): Promise<void> {
  await z.object({ newPassword: passwordPolicySchema({ email, currentHash }) }).parseAsync({ newPassword });
}

type Account = { id: string; email: string; passwordHash: string; mustChangePassword: boolean; passwordChangedAt: Date | null };

/** Stores the new hash only if the old one is still in place: two changes at once cannot both win. */
async function storePassword(tx: Tx, account: Account, passwordHash: string, now: Date): Promise<void> {
  const { count } = await tx.user.updateMany({ where: { id: account.id, passwordHash: account.passwordHash }, data: { passwordHash, mustChangePassword: false, passwordChangedAt: now } });
  if (count === 0) throw new ConflictError("errors.users.passwordChangedElsewhere");
  await endSessions(tx, account.id);
  await voidOpenLinks(tx, account.id, now);
}

/** What the audit keeps of a password change: the flags and dates, never a hash. */
function changedFields(account: Account, now: Date) {
  return { before: { mustChangePassword: account.mustChangePassword, passwordChangedAt: account.passwordChangedAt?.toISOString() ?? null }, after: { mustChangePassword: false, passwordChangedAt: now.toISOString() } };
}

const ACCOUNT_SELECT = { id: true, email: true, passwordHash: true, mustChangePassword: true, passwordChangedAt: true } as const;

export async function changeOwnPassword(actor: Actor, raw: unknown, now = new Date()): Promise<void> {
  const input = ChangeOwnPasswordInputSchema.parse(raw);
  const account = await db().user.findFirst({ where: { id: actor.userId, active: true }, select: ACCOUNT_SELECT });
  if (!account) throw new NotFoundError("user");
  if (!(await verifyPassword(account.passwordHash, input.currentPassword))) {
    throw new DomainError("VALIDATION", "errors.users.wrongCurrentPassword", {}, { currentPassword: message("errors.users.wrongCurrentPasswordField") });
  }
  await checkPolicy(input.newPassword, account.email, account.passwordHash);
  const passwordHash = await hashPassword(input.newPassword);
  await db().$transaction(async (tx) => {
    await storePassword(tx, account, passwordHash, now);
    await recordAudit(tx, actor, { action: "user.changePassword", entityType: "User", entityId: account.id, data: changedFields(account, now) });
  });
}

/** Sets the password by a one-time link. Used, expired, superseded and unknown links get one answer. */
export async function redeemPasswordReset(raw: unknown, now = new Date()): Promise<{ email: string }> {
  const input = RedeemResetInputSchema.parse(raw);
  const invalid = () => new DomainError("VALIDATION", "errors.users.resetLinkInvalid");
  if (!isResetTokenShaped(input.token)) throw invalid();
  const reset = await db().passwordReset.findFirst({
    where: { tokenHash: hashResetToken(input.token), usedAt: null, expiresAt: { gt: now }, user: { active: true } },
    select: { id: true, user: { select: ACCOUNT_SELECT } },
  });
  if (!reset) throw invalid();
  await checkPolicy(input.newPassword, reset.user.email, reset.user.passwordHash);
  const passwordHash = await hashPassword(input.newPassword);
  await db().$transaction(async (tx) => {
    // Claim the link first: of two uses at once, only one finds it unused.
    const { count } = await tx.passwordReset.updateMany({ where: { id: reset.id, usedAt: null }, data: { usedAt: now } });
    if (count === 0) throw invalid();
    await storePassword(tx, reset.user, passwordHash, now);
    // No session acts here: the link stands for its owner, named in the entry.
    await recordAudit(tx, null, { action: "user.setPasswordByLink", entityType: "User", entityId: reset.user.id, data: { resetId: reset.id, ...changedFields(reset.user, now) } });
  });
  return { email: reset.user.email };
}
