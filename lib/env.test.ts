import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("env", () => {
  it("explains a missing or malformed DATABASE_URL in Vietnamese", async () => {
    vi.stubEnv("DATABASE_URL", "mysql://nope");
    const { env, EnvError } = await import("./env");
    expect(() => env()).toThrow(EnvError);
    expect(() => env()).toThrow(/DATABASE_URL phải có dạng postgresql:\/\//);
  });

  it("requires NEXTAUTH_SECRET in production", async () => {
    vi.stubEnv("DATABASE_URL", "postgresql://u:p@127.0.0.1:5432/db");
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("NEXTAUTH_SECRET", "");
    const { authSecret } = await import("./env");
    expect(() => authSecret()).toThrow(/NEXTAUTH_SECRET/);
  });

  it("trusts X-Forwarded-For only when TRUSTED_PROXY says so", async () => {
    vi.stubEnv("DATABASE_URL", "postgresql://u:p@127.0.0.1:5432/db");
    vi.stubEnv("TRUSTED_PROXY", "");
    expect((await import("./env")).env().TRUSTED_PROXY).toBe(false);
    vi.resetModules();
    vi.stubEnv("TRUSTED_PROXY", "true");
    expect((await import("./env")).env().TRUSTED_PROXY).toBe(true);
    vi.resetModules();
    vi.stubEnv("TRUSTED_PROXY", "yes");
    await expect(import("./env").then((m) => m.env())).rejects.toThrow(/TRUSTED_PROXY phải là true hoặc false/);
  });

  it("turns demo mode on for development and off for production unless DEMO_MODE says otherwise", async () => {
    vi.stubEnv("DATABASE_URL", "postgresql://u:p@127.0.0.1:5432/db");
    const cases: [string, string, boolean][] = [["development", "", true], ["production", "", false], ["production", "1", true], ["development", "0", false], ["production", "true", true]];
    for (const [nodeEnv, demo, expected] of cases) {
      vi.stubEnv("NODE_ENV", nodeEnv);
      vi.stubEnv("DEMO_MODE", demo);
      vi.resetModules();
      const { demoMode } = await import("./env");
      expect(demoMode(), `${nodeEnv} DEMO_MODE=${demo}`).toBe(expected);
    }
  });

  it("refuses a DEMO_MODE that is neither on nor off", async () => {
    vi.stubEnv("DATABASE_URL", "postgresql://u:p@127.0.0.1:5432/db");
    vi.stubEnv("DEMO_MODE", "yes");
    const { env } = await import("./env");
    expect(() => env()).toThrow(/DEMO_MODE phải là 1/);
  });
});
