import { describe, expect, it } from "vitest";
import { formatIsoDay } from "../calendar";
import { isSubmittablePeriod, periodCutOff, SUBMITTABLE_PERIODS } from "./periods";

describe("periodCutOff", () => {
  it("fixes the last day of each period", () => {
    expect(SUBMITTABLE_PERIODS.map((p) => formatIsoDay(periodCutOff(2025, p)))).toEqual(["2025-03-31", "2025-06-30", "2025-09-30", "2025-11-30", "2025-12-31"]);
  });
  it("offers only the five periods a province reports on", () => {
    expect(isSubmittablePeriod("H1")).toBe(true);
    expect(isSubmittablePeriod("Q3")).toBe(false);
    expect(isSubmittablePeriod("CUSTOM")).toBe(false);
  });
});
