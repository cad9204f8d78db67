// Sign-in throttling against real PostgreSQL (docs/decisions/048): five wrong passwords lock an
// account for fifteen minutes, even against the right password; fifty failures from one address
// block it; an admin (and only an admin) lifts an account's lock; concurrent failures all count.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { listLockedAccounts } from "../../lib/auth/account-lock-queries";
import { unlockAccount } from "../../lib/auth/account-lock-mutations";
import type { Actor } from "../../lib/auth/actor";
import { hashPassword } from "../../lib/auth/password";
import { authorizeCredentials } from "../../lib/auth/sign-in";
import { ACCOUNT_MAX_FAILURES, ADDRESS_MAX_FAILURES, LOCKOUT_MS } from "../../lib/auth/throttle-rules";
import { adminUser, cucStaff } from "../fixtures/world";
import { failure } from "../fixtures/failure";
import { testDb as db } from "./db";

// Read at the first sign-in of this file: addresses count only behind a trusted proxy.
process.env.TRUSTED_PROXY = "true";

const PASSWORD = "Dung-Mat-Khau-2026";
let admin: Actor;
let passwordHash: string;

beforeAll(async () => {
  admin = await adminUser(db());
  passwordHash = await hashPassword(PASSWORD);
});

/** A fresh user with a known password, and a fresh client address for it. */
async function person() {
  const actor = await cucStaff(db());
  await db().user.update({ where: { id: actor.userId }, data: { passwordHash } });
  const octet = () => Math.floor(Math.random() * 250);
  const address = `10.${octet()}.${octet()}.${octet()}`;
  return { actor, email: actor.email, address };
}

const attempt = (email: string, password: string, address: string, now?: Date) =>
  authorizeCredentials({ email, password }, { headers: { "x-forwarded-for": `1.2.3.4, ${address}` } }, now);

const throttle = (key: string) => db().signInThrottle.findUnique({ where: { key } });
const audits = (entityId: string, action: string) => db().auditLog.count({ where: { entityId, action } });

describe("the account lock", () => {
  it("locks after five wrong passwords, then refuses the right one too, saying until when", async () => {
    const { actor, email, address } = await person();
    const now = new Date();
    for (let i = 1; i < ACCOUNT_MAX_FAILURES; i++) expect(await attempt(email, "sai", address, now)).toBeNull();
    const fifth = await failure(attempt(email, "sai", address, now));
    const until = now.getTime() + LOCKOUT_MS;
    expect(fifth.message).toBe(`AccountLocked:${until}`);
    expect((await failure(attempt(email.toUpperCase(), PASSWORD, address, now))).message).toBe(`AccountLocked:${until}`);
    expect(await throttle(`account:${email}`)).toMatchObject({ failures: 5, lockedUntil: new Date(until) });
    expect(await audits(actor.userId, "auth.signInFailed")).toBe(6);
    expect(await audits(actor.userId, "auth.lockout")).toBe(1);
    expect(await audits(actor.userId, "auth.signIn")).toBe(0);
    const trail = await db().auditLog.findMany({ where: { entityId: actor.userId }, select: { entityType: true, data: true } });
    expect(JSON.stringify(trail)).not.toContain(PASSWORD);
    expect(trail.every((e) => e.entityType === "User")).toBe(true);
  });

  it("ends after fifteen minutes, and the count starts again", async () => {
    const { email, address } = await person();
    const start = new Date();
    for (let i = 0; i < ACCOUNT_MAX_FAILURES - 1; i++) await attempt(email, "sai", address, start);
    await failure(attempt(email, "sai", address, start));
    const later = new Date(start.getTime() + LOCKOUT_MS + 1000);
    expect(await attempt(email, "sai", address, later)).toBeNull();
    expect(await throttle(`account:${email}`)).toMatchObject({ failures: 1, lockedUntil: null });
    expect(await attempt(email, PASSWORD, address, later)).toMatchObject({ email, sessionVersion: 0 });
  });

  it("is forgotten by a successful sign-in before it is reached, which is audited", async () => {
    const { actor, email, address } = await person();
    for (let i = 0; i < ACCOUNT_MAX_FAILURES - 1; i++) await attempt(email, "sai", address);
    expect(await attempt(email, PASSWORD, address)).toEqual({ id: actor.userId, email, name: actor.name, sessionVersion: 0 });
    expect(await throttle(`account:${email}`)).toBeNull();
    for (let i = 0; i < ACCOUNT_MAX_FAILURES - 1; i++) expect(await attempt(email, "sai", address)).toBeNull();
    expect(await audits(actor.userId, "auth.signIn")).toBe(1);
  });

  it("locks an email nobody has the same way, so a lock tells nothing about who exists", async () => {
    const email = `${randomUUID()}@khong-co.vn`;
    for (let i = 0; i < ACCOUNT_MAX_FAILURES - 1; i++) expect(await attempt(email, "sai", "10.9.9.9")).toBeNull();
    expect((await failure(attempt(email, "sai", "10.9.9.9"))).message).toMatch(/^AccountLocked:/);
    expect(await audits(email, "auth.lockout")).toBe(1);
  });
});

describe("unlocking", () => {
  it("is for admins only, lifts the lock at once and is audited", async () => {
    const { actor, email, address } = await person();
    for (let i = 0; i < ACCOUNT_MAX_FAILURES; i++) await attempt(email, "sai", address).catch(() => null);
    expect((await listLockedAccounts(admin)).find((a) => a.email === email)).toMatchObject({ name: actor.name, failures: 5 });
    const cuc = await cucStaff(db());
    expect((await failure(unlockAccount(cuc, { email }))).code).toBe("FORBIDDEN");
    expect((await failure(listLockedAccounts(cuc))).code).toBe("FORBIDDEN");
    expect((await failure(attempt(email, PASSWORD, address))).message).toMatch(/^AccountLocked:/);

    expect(await unlockAccount(admin, { email: email.toUpperCase() })).toEqual({ email });
    expect((await listLockedAccounts(admin)).map((a) => a.email)).not.toContain(email);
    expect(await db().auditLog.count({ where: { entityId: actor.userId, action: "auth.unlock", actorId: admin.userId } })).toBe(1);
    expect(await attempt(email, PASSWORD, address)).toMatchObject({ id: actor.userId });
    const again = await failure(unlockAccount(admin, { email }));
    expect(again).toMatchObject({ code: "NOT_FOUND", message: expect.stringContaining("không còn bị khóa") });
  });
});

describe("concurrent attempts", () => {
  it("count every failure exactly, and lock once", async () => {
    const { actor, email, address } = await person();
    await Promise.all(Array.from({ length: ACCOUNT_MAX_FAILURES - 1 }, () => attempt(email, "sai", address)));
    expect(await throttle(`account:${email}`)).toMatchObject({ failures: ACCOUNT_MAX_FAILURES - 1, lockedUntil: null });
    const second = await person();
    const results = await Promise.allSettled(Array.from({ length: ACCOUNT_MAX_FAILURES }, () => attempt(second.email, "sai", second.address)));
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(1);
    expect(await throttle(`account:${second.email}`)).toMatchObject({ failures: ACCOUNT_MAX_FAILURES, lockedUntil: expect.any(Date) });
    expect(await audits(second.actor.userId, "auth.lockout")).toBe(1);
    expect(await audits(actor.userId, "auth.signInFailed")).toBe(ACCOUNT_MAX_FAILURES - 1);
  });

  it("from one address across many accounts block the address, not the accounts elsewhere", async () => {
    const { email, address } = await person();
    const sprayed = Array.from({ length: ADDRESS_MAX_FAILURES }, () => `${randomUUID()}@khong-co.vn`);
    await Promise.allSettled(sprayed.map((e) => attempt(e, "sai", address)));
    expect(await throttle(`ip:${address}`)).toMatchObject({ failures: ADDRESS_MAX_FAILURES, lockedUntil: expect.any(Date) });
    expect((await failure(attempt(email, PASSWORD, address))).message).toMatch(/^AddressLocked:/);
    expect(await attempt(email, PASSWORD, "10.250.250.250")).toMatchObject({ email });
  });
});
