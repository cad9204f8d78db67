import { describe, expect, it } from "vitest";
import { changedFields } from "./diff";

describe("changedFields", () => {
  it("keeps only what changed, with both values, money and dates as text", () => {
    const before = { title: "Máy sấy", supportAmount: 300_000_000n, startOn: new Date("2027-03-01T00:00:00Z"), note: null };
    const after = { title: "Máy sấy chè", supportAmount: 300_000_000n, startOn: new Date("2027-04-01T00:00:00Z"), note: null };
    expect(changedFields(before, after)).toEqual({
      title: { from: "Máy sấy", to: "Máy sấy chè" },
      startOn: { from: "2027-03-01T00:00:00.000Z", to: "2027-04-01T00:00:00.000Z" },
    });
  });

  it("compares lists by content, and a field absent before counts as empty", () => {
    expect(changedFields({ ids: ["a", "b"] }, { ids: ["a", "b"] })).toEqual({});
    expect(changedFields({}, { ids: ["a"], amount: 5n })).toEqual({ ids: { from: null, to: ["a"] }, amount: { from: null, to: "5" } });
  });
});
