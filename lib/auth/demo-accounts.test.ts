import { describe, expect, it } from "vitest";
import { DEMO_USERS } from "../../prisma/seed/demo/users";
import { isDemoAccount, usableAccountWhere } from "./demo-accounts";

describe("demo accounts", () => {
  it("are exactly the seed's accounts on the reserved domain, so demo mode covers every one", () => {
    for (const user of DEMO_USERS) expect(isDemoAccount(user.email), user.email).toBe(true);
    expect(isDemoAccount("lan@sct.thanhhoa.gov.vn")).toBe(false);
    expect(isDemoAccount("Admin@KhuyenCong.Local")).toBe(true);
  });

  it("are left out of the accounts that may act only when demo mode is off", () => {
    expect(usableAccountWhere(true)).toEqual({});
    expect(usableAccountWhere(false)).toEqual({ NOT: { email: { endsWith: "@khuyencong.local", mode: "insensitive" } } });
  });
});
