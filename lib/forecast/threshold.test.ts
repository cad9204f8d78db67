import { describe, expect, it } from "vitest";
import { parseThreshold } from "./threshold";

describe("parseThreshold (threshold)", () => {
  it("defaults to 80 % and reads whole percentages within 10–100", () => {
    expect(parseThreshold(undefined)).toEqual({ thresholdBp: 8000, note: null });
    expect(parseThreshold(" 90 ")).toEqual({ thresholdBp: 9000, note: null });
    expect(parseThreshold("10").thresholdBp).toBe(1000);
    expect(parseThreshold("100").thresholdBp).toBe(10000);
  });
  it("falls back to the default with a note for anything else", () => {
    for (const bad of ["9", "101", "-5", "80,5", "abc", "1e2"]) {
      const r = parseThreshold(bad);
      expect(r.thresholdBp).toBe(8000);
      expect(r.note?.key).toBe("errors.forecast.badThreshold");
    }
  });
});
