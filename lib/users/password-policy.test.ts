import { describe, expect, it } from "vitest";
import { hashPassword } from "../auth/password";
import { isCommonPassword, passwordPolicySchema } from "./password-policy";

const problems = async (password: string, currentHash: string | null = null) => {
  const result = await passwordPolicySchema({ email: "lan.nguyen@sct.gov.vn", currentHash }).safeParseAsync(password);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe("passwordPolicySchema", () => {
  it("accepts a long passphrase", async () => {
    expect(await problems("chè Thái Nguyên thơm ngon")).toEqual([]);
  });

  it("refuses fewer than 12 characters in Vietnamese", async () => {
    expect(await problems("ngan-qua")).toEqual([expect.stringContaining("ít nhất 12 ký tự")]);
  });

  it("refuses the account's email, whatever the case", async () => {
    expect(await problems("Lan.Nguyen@SCT.gov.vn")).toEqual(["Mật khẩu mới không được là địa chỉ thư điện tử của tài khoản."]);
  });

  it("refuses a well-known password, also with capitals and spaces", async () => {
    expect(isCommonPassword("KhuyenCong@2026")).toBe(true);
    expect(await problems("Password 1234")).toEqual(["Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác."]);
  });

  it("refuses the current password and accepts another", async () => {
    const currentHash = await hashPassword("mật khẩu cũ của tôi");
    expect(await problems("mật khẩu cũ của tôi", currentHash)).toEqual(["Mật khẩu mới phải khác mật khẩu đang dùng."]);
    expect(await problems("mật khẩu mới của tôi", currentHash)).toEqual([]);
  });
});
