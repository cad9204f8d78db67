// Session control against real PostgreSQL (docs/decisions/048): a token carries the user's
// sessionVersion from sign-in; once sign-out (or endSessions) raises it, the token is refused.
import { describe, expect, it } from "vitest";
import type { JWT } from "next-auth/jwt";
import { loadSessionActor } from "../../lib/auth/load-actor";
import { authOptions, endSessionOfToken } from "../../lib/auth/options";
import { endSessions } from "../../lib/auth/sessions";
import { cucStaff } from "../fixtures/world";
import { testDb as db } from "./db";

const version = async (userId: string) => (await db().user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } })).sessionVersion;

describe("session versions", () => {
  it("put the user's version in the token at sign-in and hand it to the session", async () => {
    const { callbacks } = authOptions();
    const token = (await callbacks!.jwt!({ token: {} as JWT, user: { id: "u-1", email: "a@b.vn", sessionVersion: 3 } as never, account: null })) as JWT;
    expect(token).toMatchObject({ sub: "u-1", sv: 3 });
    const session = await callbacks!.session!({ session: { expires: "" }, token, user: undefined as never, newSession: undefined, trigger: "update" } as never);
    expect(session).toMatchObject({ userId: "u-1", sessionVersion: 3 });
  });

  it("refuse a token whose version endSessions has passed, and accept the new one", async () => {
    const actor = await cucStaff(db());
    const issued = await version(actor.userId);
    expect((await loadSessionActor(db(), actor.userId, issued))?.userId).toBe(actor.userId);
    await db().$transaction((tx) => endSessions(tx, actor.userId));
    expect(await loadSessionActor(db(), actor.userId, issued)).toBeNull();
    expect(await loadSessionActor(db(), actor.userId, issued + 1)).toMatchObject({ userId: actor.userId, mustChangePassword: false });
  });

  it("end the session at sign-out; signing out with an already ended token changes nothing", async () => {
    const actor = await cucStaff(db());
    const issued = await version(actor.userId);
    await endSessionOfToken({ sub: actor.userId, sv: issued });
    expect(await version(actor.userId)).toBe(issued + 1);
    expect(await loadSessionActor(db(), actor.userId, issued)).toBeNull();
    await endSessionOfToken({ sub: actor.userId, sv: issued });
    await endSessionOfToken({ sub: actor.userId });
    expect(await version(actor.userId)).toBe(issued + 1);
  });

  it("say when an admin reset means the password must be changed first", async () => {
    const actor = await cucStaff(db());
    await db().user.update({ where: { id: actor.userId }, data: { mustChangePassword: true } });
    expect(await loadSessionActor(db(), actor.userId, await version(actor.userId))).toMatchObject({ mustChangePassword: true });
  });
});
