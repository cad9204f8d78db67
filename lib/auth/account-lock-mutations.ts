import "server-only";
// An admin lifting an account's sign-in lock before it ends (docs/decisions/048).
import { recordAudit } from "../audit/record";
import { db } from "../db/client";
import { ForbiddenError, NotFoundError } from "../errors";
import type { Actor } from "./actor";
import { canAdminister } from "./policy";
import { UnlockAccountInputSchema } from "./schemas";
import { accountKey } from "./throttle-rules";

/** Lifts the lock and forgets the failures, so the owner can sign in at once. */
export async function unlockAccount(actor: Actor, raw: unknown, now = new Date()): Promise<{ email: string }> {
  const input = UnlockAccountInputSchema.parse(raw);
  if (!canAdminister(actor)) throw new ForbiddenError();
  const key = accountKey(input.email);
  return db().$transaction(async (tx) => {
    const { count } = await tx.signInThrottle.deleteMany({ where: { key: key.key, lockedUntil: { gt: now } } });
    if (count === 0) throw new NotFoundError("accountLock", { email: input.email });
    const user = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    await recordAudit(tx, actor, { action: "auth.unlock", entityType: "User", entityId: user?.id ?? input.email, data: { email: input.email } });
    return { email: input.email };
  });
}
