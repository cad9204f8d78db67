// Sign-in throttling, the pure part: the numbers, the keys and the client address
// (docs/decisions/048). The counting itself is one atomic upsert per key (lib/auth/throttle.ts).

/** Wrong passwords for one account within the window that lock it. */
export const ACCOUNT_MAX_FAILURES = 5;
/** Failures from one client address within the window that block it: offices share one address. */
export const ADDRESS_MAX_FAILURES = 50;
/** Failures older than this no longer count. */
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
/** How long a lock lasts; an admin may lift an account's lock earlier. */
export const LOCKOUT_MS = 15 * 60 * 1000;

export type ThrottleKey = { key: string; maxFailures: number; kind: "account" | "address" };

/** The email is the one the form sent, lowercased: an unknown address is throttled like a known one, so a lock reveals nothing. */
export function accountKey(email: string): ThrottleKey {
  return { key: `account:${email.trim().toLowerCase()}`, maxFailures: ACCOUNT_MAX_FAILURES, kind: "account" };
}

export function addressKey(address: string): ThrottleKey {
  return { key: `ip:${address}`, maxFailures: ADDRESS_MAX_FAILURES, kind: "address" };
}

/** The email inside an account key, for the admin's list. */
export function emailOfAccountKey(key: string): string | null {
  return key.startsWith("account:") ? key.slice("account:".length) : null;
}

type Headers = Record<string, unknown> | undefined;

/**
 * The client's address, or null when it cannot be trusted. Next.js keeps an X-Forwarded-For the
 * client sent itself, so the header means something only behind a proxy that appends to it; the
 * last entry is then the address that proxy saw (one proxy hop).
 */
export function clientAddress(headers: Headers, trustedProxy: boolean): string | null {
  if (!trustedProxy || !headers) return null;
  const raw = headers["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw.join(",") : typeof raw === "string" ? raw : "";
  const last = value.split(",").map((part) => part.trim()).filter(Boolean).at(-1);
  return last && last.length <= 64 ? last : null;
}

/** The lock that refuses a sign-in now: the one lasting longest among the keys, if any. */
export function activeLock<T extends { lockedUntil: Date | null }>(rows: readonly T[], now: Date): (T & { lockedUntil: Date }) | null {
  let found: (T & { lockedUntil: Date }) | null = null;
  for (const row of rows) {
    if (row.lockedUntil && row.lockedUntil > now && (!found || row.lockedUntil > found.lockedUntil)) found = row as T & { lockedUntil: Date };
  }
  return found;
}

/**
 * The error next-auth carries from authorize to the sign-in page (its `error` parameter): the
 * kind of lock and its end in epoch milliseconds, so the page can say until when.
 */
export function lockErrorCode(kind: ThrottleKey["kind"], until: Date): string {
  return `${kind === "account" ? "AccountLocked" : "AddressLocked"}:${until.getTime()}`;
}

export function parseLockErrorCode(code: string | null | undefined): { kind: ThrottleKey["kind"]; until: Date } | null {
  const match = /^(AccountLocked|AddressLocked):(\d{1,15})$/.exec(code ?? "");
  if (!match) return null;
  return { kind: match[1] === "AccountLocked" ? "account" : "address", until: new Date(Number(match[2])) };
}
