// The password policy, one zod schema for every place a password is chosen (own change, reset link):
// at least 12 characters, not the account's email, not a well-known password, and not the current
// one. Length over composition rules, as NIST SP 800-63B recommends; the lists catch the
// passwords tried first in guessing attacks: zxcvbn-ts's ~49 000 most common passwords from
// public breach corpora (offline, no breach service is asked) plus local favourites.
import { z } from "zod";
import { verifyPassword } from "../auth/password";

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

/** Local favourites the breach lists miss; compared lower-case and without spaces, all 12+ characters. */
const LOCAL_COMMON_PASSWORDS: readonly string[] = [
  "123456789012", "1234567890123", "12345678901234", "123456123456", "111111111111", "000000000000",
  "qwertyuiop12", "qwertyuiopas", "qwerty123456", "1qaz2wsx3edc", "passwordpassword", "password1234",
  "password@123", "password123!", "iloveyou1234", "abc123456789", "abcd12345678", "admin1234567",
  "administrator", "letmein12345", "welcome12345", "changeme1234", "matkhau12345", "matkhau@1234",
  "matkhaumoi123", "khuyencong2026", "khuyencong@2026", "khuyencong123", "khuyencong@123", "vietnam12345",
  "vietnam@1234", "anhyeuem1234", "hanoi1234567", "congthuong123", "congthuong@123", "sctcongthuong",
];

function normalised(password: string): string {
  return password.toLowerCase().replace(/\s+/g, "");
}

let commonPasswords: Promise<ReadonlySet<string>> | undefined;

/** Loaded on first use, once per server process: the list is ~0.5 MB and only password changes need it. */
function loadCommonPasswords(): Promise<ReadonlySet<string>> {
  commonPasswords ??= import("@zxcvbn-ts/language-common").then(({ dictionary }) => new Set([...dictionary["passwords-common"], ...LOCAL_COMMON_PASSWORDS].map(normalised)));
  return commonPasswords;
}

export async function isCommonPassword(password: string): Promise<boolean> {
  return (await loadCommonPasswords()).has(normalised(password));
}

export type PasswordContext = {
  email: string;
  /** The hash of the password in use, to refuse choosing it again; null when there is none to compare. */
  currentHash: string | null;
};

/** Parse with `parseAsync`: comparing with the current password is an argon2 verification. */
export function passwordPolicySchema(context: PasswordContext) {
  const email = context.email.trim().toLowerCase();
  return z
    .string()
    .min(MIN_PASSWORD_LENGTH, `Mật khẩu mới cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự; một cụm vài từ dễ nhớ là đủ dài.`)
    .max(MAX_PASSWORD_LENGTH, `Mật khẩu mới tối đa ${MAX_PASSWORD_LENGTH} ký tự.`)
    .refine((p) => normalised(p) !== normalised(email) && normalised(p) !== normalised(email.split("@")[0] ?? ""), "Mật khẩu mới không được là địa chỉ thư điện tử của tài khoản.")
    .refine(async (p) => !(await isCommonPassword(p)), "Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác.")
    .refine(async (p) => context.currentHash === null || !(await verifyPassword(context.currentHash, p)), "Mật khẩu mới phải khác mật khẩu đang dùng.");
}
