import { describe, expect, it } from "vitest";
import type { AdjustmentKind } from "../db/generated/enums";
import { ADJUSTMENT_KINDS, adjustmentAuthority, kindNeedsAmount, kindNeedsProject } from "./adjustment-authority";

const EXPECTED: Record<AdjustmentKind, { plain: string; sctGroup: string }> = {
  INCREASE_SUPPORT: { plain: "MINISTER", sctGroup: "MINISTER" },
  CHANGE_CONTENT: { plain: "MINISTER", sctGroup: "MINISTER" },
  EXTEND_NEXT_YEAR: { plain: "MINISTER", sctGroup: "MINISTER" },
  ADD_PROJECT: { plain: "MINISTER", sctGroup: "MINISTER" },
  STOP_PROJECT: { plain: "MINISTER", sctGroup: "MINISTER" },
  CHANGE_LOCATION: { plain: "CUC", sctGroup: "SCT" },
  CHANGE_BENEFICIARY: { plain: "CUC", sctGroup: "SCT" },
  CHANGE_PARTNER: { plain: "CUC", sctGroup: "SCT" },
  CHANGE_TIMING: { plain: "CUC", sctGroup: "CUC" },
  KEEP_OR_REDUCE_SUPPORT: { plain: "CUC", sctGroup: "CUC" },
  OTHER: { plain: "CUC", sctGroup: "CUC" },
};

describe("adjustmentAuthority (TT 36/2013 Điều 11)", () => {
  it("covers every kind of the schema", () => {
    expect([...ADJUSTMENT_KINDS].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const kind of ADJUSTMENT_KINDS) {
    it(`${kind} on a national plan`, () => {
      expect(adjustmentAuthority(kind, { level: "NATIONAL", sctGroupProject: false })).toBe(EXPECTED[kind].plain);
      expect(adjustmentAuthority(kind, { level: "NATIONAL", sctGroupProject: true })).toBe(EXPECTED[kind].sctGroup);
    });
    it(`${kind} on a provincial KCĐP plan is decided by the province`, () => {
      for (const sctGroupProject of [false, true]) expect(adjustmentAuthority(kind, { level: "PROVINCIAL", sctGroupProject })).toBe("SCT");
    });
  }

  it("asks for a đề án and an amount where they matter", () => {
    expect(ADJUSTMENT_KINDS.filter(kindNeedsAmount)).toEqual(["INCREASE_SUPPORT", "KEEP_OR_REDUCE_SUPPORT"]);
    expect(ADJUSTMENT_KINDS.filter((k) => !kindNeedsProject(k))).toEqual(["OTHER"]);
  });
});
