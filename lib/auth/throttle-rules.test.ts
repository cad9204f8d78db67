import { describe, expect, it } from "vitest";
import { accountKey, activeLock, addressKey, clientAddress, emailOfAccountKey, lockErrorCode, parseLockErrorCode } from "./throttle-rules";

describe("throttle keys", () => {
  it("keys an account by its lowercased email and an address by itself", () => {
    expect(accountKey(" Cuc@KhuyenCong.local ")).toEqual({ key: "account:cuc@khuyencong.local", maxFailures: 5, kind: "account" });
    expect(addressKey("203.0.113.7")).toEqual({ key: "ip:203.0.113.7", maxFailures: 50, kind: "address" });
    expect(emailOfAccountKey("account:a@b.vn")).toBe("a@b.vn");
    expect(emailOfAccountKey("ip:203.0.113.7")).toBeNull();
  });
});

describe("clientAddress", () => {
  it("ignores X-Forwarded-For without a trusted proxy: the client could have written it", () => {
    expect(clientAddress({ "x-forwarded-for": "203.0.113.7" }, false)).toBeNull();
  });

  it("takes the address the trusted proxy appended, not what the client put before it", () => {
    expect(clientAddress({ "x-forwarded-for": "10.0.0.1, 203.0.113.7" }, true)).toBe("203.0.113.7");
    expect(clientAddress({ "x-forwarded-for": ["10.0.0.1", "198.51.100.2"] }, true)).toBe("198.51.100.2");
    expect(clientAddress({}, true)).toBeNull();
    expect(clientAddress(undefined, true)).toBeNull();
    expect(clientAddress({ "x-forwarded-for": "x".repeat(65) }, true)).toBeNull();
  });
});

describe("activeLock", () => {
  const now = new Date("2026-12-02T10:00:00Z");
  it("is the longest lock still running, and none once every lock has ended", () => {
    const rows = [
      { key: "a", lockedUntil: new Date("2026-12-02T10:05:00Z") },
      { key: "b", lockedUntil: new Date("2026-12-02T10:10:00Z") },
      { key: "c", lockedUntil: null },
    ];
    expect(activeLock(rows, now)?.key).toBe("b");
    expect(activeLock(rows, new Date("2026-12-02T10:10:00Z"))).toBeNull();
    expect(activeLock([], now)).toBeNull();
  });
});

describe("lock error codes", () => {
  it("carry the kind and the end of the lock to the sign-in page and nothing else", () => {
    const until = new Date("2026-12-02T10:15:00Z");
    expect(parseLockErrorCode(lockErrorCode("account", until))).toEqual({ kind: "account", until });
    expect(parseLockErrorCode(lockErrorCode("address", until))).toEqual({ kind: "address", until });
    expect(parseLockErrorCode("CredentialsSignin")).toBeNull();
    expect(parseLockErrorCode(undefined)).toBeNull();
  });
});
