import { dictionary } from "@zxcvbn-ts/language-common";
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
    expect(await isCommonPassword("KhuyenCong@2026")).toBe(true);
    expect(await problems("Password 1234")).toEqual(["Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác."]);
  });

  it("refuses long passwords from the breach corpora, whatever the case (ASVS 6.2.4)", async () => {
    for (const password of ["LeaveMeAlone", "123qweasdzxc", "FinalFantasy", "sonyericsson", "Q1W2E3R4T5Y6"]) {
      expect(await problems(password), password).toEqual(["Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác."]);
    }
  });

  it("refuses each of the 10 000 most common passwords, on length or as common", async () => {
    const top = dictionary["passwords-common"].slice(0, 10_000);
    expect(top).toHaveLength(10_000);
    for (const password of top) {
      const short = password.length < 12;
      expect(short || (await isCommonPassword(password.toUpperCase())), password).toBe(true);
    }
    expect(await isCommonPassword("chè Thái Nguyên thơm ngon")).toBe(false);
  });

  it("refuses the current password and accepts another", async () => {
    const currentHash = await hashPassword("mật khẩu cũ của tôi");
    expect(await problems("mật khẩu cũ của tôi", currentHash)).toEqual(["Mật khẩu mới phải khác mật khẩu đang dùng."]);
    expect(await problems("mật khẩu mới của tôi", currentHash)).toEqual([]);
  });
});
