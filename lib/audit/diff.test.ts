import { describe, expect, expectTypeOf, it } from "vitest";
import type { FacilityChange } from "../facilities/changes";
import { changedFields, changesByField, type FieldChange } from "./diff";

describe("changedFields", () => {
  it("keeps only what changed, with both values, money and dates as text", () => {
    const before = { title: "Máy sấy", supportAmount: 300_000_000n, startOn: new Date("2027-03-01T00:00:00Z"), note: null };
    const after = { title: "Máy sấy chè", supportAmount: 300_000_000n, startOn: new Date("2027-04-01T00:00:00Z"), note: null };
    expect(changedFields(before, after)).toEqual([
      { field: "title", before: "Máy sấy", after: "Máy sấy chè" },
      { field: "startOn", before: "2027-03-01T00:00:00.000Z", after: "2027-04-01T00:00:00.000Z" },
    ]);
  });

  it("compares lists by content, and a field absent before counts as empty", () => {
    expect(changedFields({ ids: ["a", "b"] }, { ids: ["a", "b"] })).toEqual([]);
    expect(changedFields({}, { ids: ["a"], amount: 5n })).toEqual([{ field: "ids", before: null, after: ["a"] }, { field: "amount", before: null, after: "5" }]);
  });
});

describe("one FieldChange", () => {
  it("is what a facility edit records, narrowed to its fields", () => {
    expectTypeOf<FacilityChange>().toExtend<FieldChange>();
  });

  it("is written by a đề án save in the trail's by-field form", () => {
    expect(changesByField(changedFields({ title: "A", totalCost: 7n }, { title: "B", totalCost: 8n }))).toEqual({ title: { from: "A", to: "B" }, totalCost: { from: "7", to: "8" } });
  });
});
