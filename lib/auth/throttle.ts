import "server-only";
// Counting failed sign-ins per key (docs/decisions/048). Each failure is one INSERT … ON CONFLICT
// DO UPDATE, so concurrent attempts queue on the row and every one is counted: a read-then-write
// would let thirty parallel guesses count as one.
import type { Db, Tx } from "../db/client";
import { activeLock, FAILURE_WINDOW_MS, LOCKOUT_MS, type ThrottleKey } from "./throttle-rules";

export type Lock = { kind: ThrottleKey["kind"]; lockedUntil: Date };

export async function findActiveLock(db: Db | Tx, keys: readonly ThrottleKey[], now: Date): Promise<Lock | null> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keys.map((k) => k.key) }, lockedUntil: { gt: now } }, select: { key: true, lockedUntil: true } });
  const lock = activeLock(rows, now);
  if (!lock) return null;
  return { kind: keys.find((k) => k.key === lock.key)!.kind, lockedUntil: lock.lockedUntil };
}

export type FailureCount = { failures: number; lockedUntil: Date | null; /** This failure is the one that reached the threshold. */ lockedNow: boolean };

/**
 * One more failure for the key. A window that has passed, or a lock that has ended, starts the
 * count again; reaching the threshold locks the key from now for LOCKOUT_MS.
 */
export async function recordFailure(tx: Tx, key: ThrottleKey, now: Date): Promise<FailureCount> {
  const windowOpenedAfter = new Date(now.getTime() - FAILURE_WINDOW_MS);
  const lockEnd = new Date(now.getTime() + LOCKOUT_MS);
  const [row] = await tx.$queryRaw<{ failures: number; lockedUntil: Date | null }[]>`
    INSERT INTO "SignInThrottle" AS t (key, failures, "windowStart", "lockedUntil", "updatedAt")
    VALUES (${key.key}, 1, ${now}::timestamptz, CASE WHEN 1 >= ${key.maxFailures}::int THEN ${lockEnd}::timestamptz END, ${now}::timestamptz)
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN t."windowStart" <= ${windowOpenedAfter}::timestamptz OR t."lockedUntil" <= ${now}::timestamptz THEN 1 ELSE t.failures + 1 END,
      "windowStart" = CASE WHEN t."windowStart" <= ${windowOpenedAfter}::timestamptz OR t."lockedUntil" <= ${now}::timestamptz THEN ${now}::timestamptz ELSE t."windowStart" END,
      "lockedUntil" = CASE
        WHEN t."windowStart" <= ${windowOpenedAfter}::timestamptz OR t."lockedUntil" <= ${now}::timestamptz THEN CASE WHEN 1 >= ${key.maxFailures}::int THEN ${lockEnd}::timestamptz END
        WHEN t.failures + 1 >= ${key.maxFailures}::int THEN ${lockEnd}::timestamptz
        ELSE t."lockedUntil" END,
      "updatedAt" = ${now}::timestamptz
    RETURNING failures, "lockedUntil"`;
  if (!row) throw new Error("sign-in throttle upsert returned no row");
  return { failures: row.failures, lockedUntil: row.lockedUntil, lockedNow: row.failures === key.maxFailures };
}

/** A successful sign-in forgets the account's failures (never the address's: one good password must not reset a spray). */
export async function clearFailures(tx: Tx, key: ThrottleKey): Promise<void> {
  await tx.signInThrottle.deleteMany({ where: { key: key.key } });
}
