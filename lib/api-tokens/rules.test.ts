import { describe, expect, it } from "vitest";
import { failure } from "../../tests/fixtures/failure";
import { defaultTokenExpiryDay, tokenExpiry, tokenState } from "./rules";

// 10:00 on 2 December 2026 in Vietnam.
const now = new Date("2026-12-02T03:00:00Z");

describe("tokenExpiry", () => {
  it("is 90 days ahead when no day is given (never none), else the end of that day in Vietnam", () => {
    expect(tokenExpiry("", now).toISOString()).toBe("2027-03-02T16:59:59.999Z");
    expect(defaultTokenExpiryDay(now)).toBe("2027-03-02");
    expect(tokenExpiry("2026-12-03", now)?.toISOString()).toBe("2026-12-03T16:59:59.999Z");
    expect(tokenExpiry("2027-12-02", now)?.toISOString()).toBe("2027-12-02T16:59:59.999Z");
  });

  it("refuses today, the past and more than 365 days ahead, naming the latest day", async () => {
    for (const day of ["2026-12-02", "2025-01-01", "2027-12-03"]) {
      const error = await failure(Promise.resolve().then(() => tokenExpiry(day, now)));
      expect(error.code).toBe("VALIDATION");
      expect(error.message).toContain("2027-12-02");
      expect(error.details?.expiresOn).toContain(day);
    }
  });

  it("refuses an impossible day", async () => {
    expect((await failure(Promise.resolve().then(() => tokenExpiry("2027-02-29", now)))).code).toBe("VALIDATION");
  });
});

describe("tokenState", () => {
  it("is revoked before expired, and expired from the expiry instant on", () => {
    const at = new Date("2026-12-02T03:00:00Z");
    expect(tokenState({ expiresAt: null, revokedAt: null }, now)).toBe("ACTIVE");
    expect(tokenState({ expiresAt: at, revokedAt: null }, now)).toBe("EXPIRED");
    expect(tokenState({ expiresAt: new Date(at.getTime() + 1), revokedAt: null }, now)).toBe("ACTIVE");
    expect(tokenState({ expiresAt: at, revokedAt: at }, now)).toBe("REVOKED");
  });
});
