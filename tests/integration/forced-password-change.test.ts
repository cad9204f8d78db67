// A password an admin reset must be changed before anything else (issue #11), enforced on the
// server, not only by the page redirect: every server action (discovered from the code) refuses
// such a user except the own-password change and the public ones, and so does the JSON API for a
// token made before the reset. Against real PostgreSQL.
import { beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "../../lib/api-tokens/mutations";
import { apiRoute } from "../../lib/api/handler";
import { apiJson } from "../../lib/api/respond";
import type { Actor } from "../../lib/auth/actor";
import { loadActor } from "../../lib/auth/load-actor";
import { discoverActions, type DiscoveredAction } from "../security/discover";
import { cucStaff, referenceBasics } from "../fixtures/world";
import { testDb as db } from "./db";

const REFUSAL = "Mật khẩu của bạn vừa được quản trị viên đặt lại";
// The own-password change, and the actions open to anyone.
const STILL_RUN = ["app/(app)/actions.ts#setLocale", "app/(app)/tai-khoan/doi-mat-khau/actions.ts#changeOwnPasswordAction", "app/(public)/dat-lai-mat-khau/actions.ts#redeemPasswordResetAction"];

let actions: DiscoveredAction[];
let cuc: Actor;
let reset: Actor;

const mustChange = (userId: string, value: boolean) => db().user.update({ where: { id: userId }, data: { mustChangePassword: value } });

beforeAll(async () => {
  await referenceBasics(db());
  cuc = await cucStaff(db());
  await mustChange(cuc.userId, true);
  reset = (await loadActor(db(), cuc.userId))!;
  ({ actions } = await discoverActions());
}, 300_000);

describe("a user whose password an admin reset", () => {
  it("carries the flag on the actor loaded from the database", () => {
    expect(reset.mustChangePassword).toBe(true);
  });

  it("is refused by every server action, in Vietnamese, except the password change and the public ones", async () => {
    expect(actions.length).toBeGreaterThan(40);
    const ran: string[] = [];
    for (const { key, action } of actions) {
      const result = await action.invoke({}, { locale: "vi", actor: async () => reset });
      if (!result.ok && result.message.startsWith(REFUSAL)) expect(result.code).toBe("FORBIDDEN");
      else ran.push(key);
    }
    expect(ran.sort()).toEqual([...STILL_RUN].sort());
  });

  it("is refused in English when the request is in English", async () => {
    const other = actions.find((a) => !STILL_RUN.includes(a.key))!;
    expect(await other.action.invoke({}, { locale: "en", actor: async () => reset })).toMatchObject({ ok: false, code: "FORBIDDEN", message: expect.stringContaining("Change password") });
  });

  it("cannot use an API token made before the reset until the password is changed", async () => {
    const owner = await cucStaff(db());
    const { token } = await createApiToken(owner, { name: "Trước khi đặt lại", expiresOn: "" });
    const whoAmI = apiRoute(async ({ actor }) => apiJson({ userId: actor.userId }));
    const call = async () => {
      const response = await whoAmI(new Request("http://localhost/api/v1/test", { headers: { authorization: `Bearer ${token}` } }));
      return { status: response.status, body: (await response.json()) as { userId?: string; error?: { code: string; message: string } } };
    };
    await mustChange(owner.userId, true);
    const refused = await call();
    expect(refused).toMatchObject({ status: 403, body: { error: { code: "FORBIDDEN", message: expect.stringContaining("đổi mật khẩu") } } });
    await mustChange(owner.userId, false);
    expect(await call()).toEqual({ status: 200, body: { userId: owner.userId } });
  });
});
