// The CSP nonce carries 128 random bits (ASVS 11.5.1) and the policy forbids <base> (ASVS 3.4.3).
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce } from "./security-headers";

describe("createNonce", () => {
  it("is 16 random bytes in base64, not a UUID", () => {
    const nonce = createNonce();
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(atob(nonce)).toHaveLength(16);
    expect(atob(nonce)).not.toMatch(/^[0-9a-f]{8}-/);
  });

  it("differs between responses", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
  });
});

describe("contentSecurityPolicy", () => {
  it("allows no <base> and no plugins, and pins scripts to the nonce", () => {
    const csp = contentSecurityPolicy("abc", false);
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toContain("'unsafe-eval'");
  });
});
