import "server-only";
// The accounts locked by failed sign-ins, for the admin's list (docs/decisions/048). Only ADMIN
// may read it: the list names who is being guessed at.
import { db } from "../db/client";
import { ForbiddenError } from "../errors";
import type { Actor } from "./actor";
import { canAdminister } from "./policy";
import { emailOfAccountKey } from "./throttle-rules";

export type LockedAccount = { email: string; name: string | null; failures: number; lockedUntil: Date };

export async function listLockedAccounts(actor: Actor, now = new Date()): Promise<LockedAccount[]> {
  if (!canAdminister(actor)) throw new ForbiddenError();
  const rows = await db().signInThrottle.findMany({ where: { key: { startsWith: "account:" }, lockedUntil: { gt: now } }, select: { key: true, failures: true, lockedUntil: true }, orderBy: { lockedUntil: "asc" }, take: 200 });
  const emails = rows.map((r) => emailOfAccountKey(r.key)!);
  const users = await db().user.findMany({ where: { email: { in: emails } }, select: { email: true, name: true } });
  const names = new Map(users.map((u) => [u.email, u.name]));
  return rows.map((r, i) => ({ email: emails[i]!, name: names.get(emails[i]!) ?? null, failures: r.failures, lockedUntil: r.lockedUntil! }));
}
