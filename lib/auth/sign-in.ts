import "server-only";
// Credentials sign-in with throttling (docs/decisions/048). A locked account or address is
// refused before the password is checked, so the right password does not open a locked account.
// Every attempt leaves an audit entry; the password never does.
import { recordAudit } from "../audit/record";
import { db, type Tx } from "../db/client";
import { demoMode, env } from "../env";
import { isDemoAccount } from "./demo-accounts";
import { verifyPassword } from "./password";
import { CredentialsSchema } from "./schemas";
import { clearFailures, findActiveLock, recordFailure, type Lock } from "./throttle";
import { accountKey, addressKey, clientAddress, lockErrorCode, type ThrottleKey } from "./throttle-rules";

// A fixed hash so that an unknown email costs the same time as a wrong password.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$3fafVnuzL3vRmmO8GsTZgg$N2plEke73iwRxFTlTfT0zOfjC8w5PbZNpOl3GhC7RQs";

export type SignedInUser = { id: string; email: string; name: string; sessionVersion: number };
export type SignInRequest = { headers?: Record<string, unknown> };

/** Thrown to next-auth, which hands the message to the sign-in page as its `error` parameter. */
export class SignInLockedError extends Error {
  constructor(lock: Lock) {
    super(lockErrorCode(lock.kind, lock.lockedUntil));
  }
}

/** The user, null for a wrong email or password, or SignInLockedError. */
export async function authorizeCredentials(raw: unknown, request: SignInRequest = {}, now = new Date()): Promise<SignedInUser | null> {
  const parsed = CredentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const address = clientAddress(request.headers, env().TRUSTED_PROXY);
  const keys = [accountKey(email), ...(address ? [addressKey(address)] : [])];
  const user = await db().user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true, active: true, sessionVersion: true } });
  const attempt = { entityId: user?.id ?? email, data: { email, address } };

  const lock = await findActiveLock(db(), keys, now);
  if (lock) {
    await recordAudit(db(), null, { action: "auth.signInFailed", entityType: "User", ...attempt, data: { ...attempt.data, reason: "locked", lockedUntil: lock.lockedUntil.toISOString() } });
    throw new SignInLockedError(lock);
  }

  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  // Outside demo mode the seeded demo accounts answer like a wrong password (decision 049).
  const demoRefused = user !== null && !demoMode() && isDemoAccount(user.email);
  if (!user || !user.active || !ok || demoRefused) {
    const reason = !user ? "unknownEmail" : !user.active ? "inactive" : demoRefused ? "demoAccountOutsideDemoMode" : "wrongPassword";
    const locked = await db().$transaction((tx) => countFailure(tx, keys, attempt, reason, now));
    if (locked) throw new SignInLockedError(locked);
    return null;
  }

  await db().$transaction(async (tx) => {
    await clearFailures(tx, accountKey(email));
    await recordAudit(tx, null, { action: "auth.signIn", entityType: "User", entityId: user.id, data: { address } });
  });
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}

/** Counts the failure on every key and audits it; the lock this failure completed, if any. */
async function countFailure(tx: Tx, keys: readonly ThrottleKey[], attempt: { entityId: string; data: { email: string; address: string | null } }, reason: string, now: Date): Promise<Lock | null> {
  await recordAudit(tx, null, { action: "auth.signInFailed", entityType: "User", ...attempt, data: { ...attempt.data, reason } });
  let locked: Lock | null = null;
  for (const key of keys) {
    const count = await recordFailure(tx, key, now);
    if (count.lockedNow && count.lockedUntil) {
      await recordAudit(tx, null, { action: "auth.lockout", entityType: "User", ...attempt, data: { ...attempt.data, scope: key.kind, failures: count.failures, lockedUntil: count.lockedUntil.toISOString() } });
    }
    if (count.lockedUntil && count.lockedUntil > now && (!locked || count.lockedUntil > locked.lockedUntil)) locked = { kind: key.kind, lockedUntil: count.lockedUntil };
  }
  return locked;
}
