import { describe, expect, it } from "vitest";
import { actionKey, describeData } from "./describe";

describe("describeData", () => {
  it("reads a transition with its decision: money in triệu, criteria as pairs", () => {
    const lines = describeData({ from: "SUBMITTED_TO_SCT", to: "APPROVED_BY_SCT", approvedAmount: "250000000", criteria: [{ criterion: "NEED", assessment: "MET" }], failedCriterionReason: "" });
    expect(lines).toEqual([
      { field: "from", value: "SUBMITTED_TO_SCT" },
      { field: "to", value: "APPROVED_BY_SCT" },
      { field: "approvedAmount", value: "250 triệu đồng" },
      { field: "criteria", value: "NEED: MET" },
      { field: "failedCriterionReason", value: "—" },
    ]);
  });

  it("spreads a changes object into one line per field, before → after", () => {
    expect(describeData({ changes: { title: { from: "A", to: "B" }, supportAmount: { from: "1000000", to: "2500000" } } })).toEqual([
      { field: "title", value: "A → B" },
      { field: "supportAmount", value: "1 triệu đồng → 2,5 triệu đồng" },
    ]);
  });

  it("reads a facility edit's listed changes the same way", () => {
    expect(describeData({ fromVersion: 1, toVersion: 2, changes: [{ field: "name", before: "Cơ sở A", after: "Cơ sở B" }, { field: "ownerPhone", before: null, after: null }] })).toEqual([
      { field: "fromVersion", value: "1" },
      { field: "toVersion", value: "2" },
      { field: "name", value: "Cơ sở A → Cơ sở B" },
      { field: "ownerPhone", value: "— → —" },
    ]);
  });

  it("has nothing to say about an entry without data, and keys actions without dots", () => {
    expect(describeData(null)).toEqual([]);
    expect(actionKey("plan.adjustment.approve")).toBe("plan_adjustment_approve");
  });
});
