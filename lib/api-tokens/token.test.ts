import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateToken, hashToken, isTokenShaped, SHOWN_PREFIX_LENGTH } from "./token";

describe("API tokens", () => {
  it("are kc_ plus 32 random bytes in base64url, with an 11-character prefix kept in clear", () => {
    const { token, prefix, tokenHash } = generateToken();
    expect(token).toMatch(/^kc_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token.slice(3), "base64url")).toHaveLength(32);
    expect(prefix).toBe(token.slice(0, SHOWN_PREFIX_LENGTH));
    expect(prefix).toHaveLength(11);
    expect(tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(tokenHash).not.toContain(token.slice(3));
  });

  it("never repeat", () => {
    const tokens = new Set(Array.from({ length: 200 }, () => generateToken().token));
    expect(tokens.size).toBe(200);
  });

  it("hash to 64 hex characters, differently for tokens one character apart", () => {
    expect(hashToken("kc_a")).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken("kc_a")).not.toBe(hashToken("kc_b"));
  });

  it("recognise their own shape only", () => {
    expect(isTokenShaped(generateToken().token)).toBe(true);
    expect(isTokenShaped(`xx_${"a".repeat(43)}`)).toBe(false);
    expect(isTokenShaped(`kc_${"a".repeat(42)}`)).toBe(false);
    expect(isTokenShaped(`kc_${"a".repeat(42)}=`)).toBe(false);
    expect(isTokenShaped("")).toBe(false);
  });
});
