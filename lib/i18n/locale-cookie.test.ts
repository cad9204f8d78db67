import { describe, expect, it } from "vitest";
import { localeCookieOptions } from "./locale-cookie";

describe("localeCookieOptions", () => {
  it("is Secure on an https address and httpOnly always", () => {
    expect(localeCookieOptions("https://khuyencong.gov.vn")).toMatchObject({ secure: true, httpOnly: true, sameSite: "lax" });
    expect(localeCookieOptions("http://localhost:3000")).toMatchObject({ secure: false, httpOnly: true });
  });
});
