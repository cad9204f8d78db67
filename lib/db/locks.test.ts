import { describe, expect, it } from "vitest";
import { advisoryKeyText, lockOrder } from "./locks";

describe("lockOrder", () => {
  it("sorts, deduplicates and drops strings that are not uuids", () => {
    const a = "0190a5a0-0000-7000-8000-00000000000a";
    const b = "0190a5a0-0000-7000-8000-00000000000B";
    expect(lockOrder([b, a, "not-a-uuid", a, ""])).toEqual([a, b.toLowerCase()]);
    expect(lockOrder([])).toEqual([]);
  });
});

describe("advisoryKeyText", () => {
  it("names each kind of key, so different kinds never share a lock by accident", () => {
    expect(advisoryKeyText({ kind: "project-code", prefix: "KCQG-2027-15-" })).toBe("KCQG-2027-15-");
    expect(advisoryKeyText({ kind: "budget-allocation", year: 2027, fundingSourceId: "s" })).toBe("budget-allocation:2027:s");
    expect(advisoryKeyText({ kind: "notification-digest", userId: "u" })).toBe("notification-digest:u");
    expect(advisoryKeyText({ kind: "deadline-sweep", year: 2027, thresholdDays: 3 })).toBe("deadline-sweep:2027:3");
  });
});
