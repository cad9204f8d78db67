import { afterEach, describe, expect, it, vi } from "vitest";

const post = (headers: Record<string, string>) => new Request("http://app.local/api/v1/x", { method: "POST", headers });

async function load(trustedProxy: "0" | "1") {
  vi.resetModules(); // lib/env caches the parsed environment
  vi.stubEnv("DATABASE_URL", "postgresql://unused@127.0.0.1/unused");
  vi.stubEnv("TRUSTED_PROXY", trustedProxy);
  return import("./same-origin");
}

afterEach(() => vi.unstubAllEnvs());

describe("isSameOrigin and X-Forwarded-Host", () => {
  const forged = { host: "app.local", origin: "https://evil.example", "x-forwarded-host": "evil.example" };

  it("ignores a client's X-Forwarded-Host without a trusted proxy", async () => {
    const { isSameOrigin } = await load("0");
    expect(isSameOrigin(post(forged))).toBe(false);
    expect(isSameOrigin(post({ host: "app.local", origin: "http://app.local", "x-forwarded-host": "evil.example" }))).toBe(true);
  });

  it("believes X-Forwarded-Host when TRUSTED_PROXY=1", async () => {
    const { isSameOrigin } = await load("1");
    expect(isSameOrigin(post(forged))).toBe(true);
  });
});
