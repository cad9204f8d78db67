import { describe, expect, it } from "vitest";
import { changesOf, diffFacility, mergeChanges, type FacilitySnapshot } from "./changes";

const base: FacilitySnapshot = { taxCode: "0100000001", name: "HTX A", kind: "COOPERATIVE", size: "SMALL", industry: "Mây tre", province: "Tỉnh A", commune: null, addressLine: "Thôn 1", inCraftVillage: false, craftVillageName: "", womenOwned: false, ownerName: "Chủ", ownerPhone: "" };

describe("facility changes", () => {
  it("lists only changed fields, in form order, and hides personal values", () => {
    expect(diffFacility(base, { ...base, ownerPhone: "0912345678", commune: "Xã B", name: "HTX B" })).toEqual([
      { field: "name", before: "HTX A", after: "HTX B" }, { field: "commune", before: null, after: "Xã B" }, { field: "ownerPhone", before: null, after: null },
    ]);
    expect(diffFacility(base, base)).toEqual([]);
  });
  it("merges successive edits to first before, last after", () => {
    expect(mergeChanges([[{ field: "name", before: "A", after: "B" }], [{ field: "name", before: "B", after: "C" }, { field: "size", before: "SMALL", after: "MICRO" }]])).toEqual([
      { field: "name", before: "A", after: "C" }, { field: "size", before: "SMALL", after: "MICRO" },
    ]);
  });
  it("reads back audit data and ignores anything malformed", () => {
    expect(changesOf({ toVersion: 3, changes: [{ field: "name", before: "A", after: "B" }, { field: "bogus" }] })).toEqual({ toVersion: 3, changes: [{ field: "name", before: "A", after: "B" }] });
    expect(changesOf(null)).toBeNull();
    expect(changesOf({ changes: [] })).toBeNull();
  });
});
