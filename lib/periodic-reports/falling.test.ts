import { describe, expect, it } from "vitest";
import { fallingFields, findFallingCumulative, type ReportPoint } from "./falling";

function point(id: string, period: string, cutOff: string, over: Partial<ReportPoint> = {}): ReportPoint {
  return {
    id, period, cutOffDate: new Date(`${cutOff}T00:00:00Z`), provinceId: "p", year: 2026, fundingSourceId: "kcdp",
    planAmount: 1_000_000_000n, executedAmount: 500_000_000n, projectCount: 4,
    modelCount: 1, facilityCount: 10, machineCount: null, cleanerProductionCount: null, traineeCount: 100, boothCount: null, typicalProductCount: null, brandCount: null,
    ...over,
  };
}

describe("falling cumulative figures", () => {
  it("finds each figure lower than the previous period, and nothing when they rise or stay", () => {
    const h1 = point("h1", "H1", "2026-06-30");
    expect(fallingFields(h1, point("m9", "M9", "2026-09-30", { executedAmount: 600_000_000n, traineeCount: 100 }))).toEqual([]);
    const fell = fallingFields(h1, point("m9", "M9", "2026-09-30", { executedAmount: 400_000_000n, traineeCount: 90 }));
    expect(fell.map((f) => [f.field, f.previous, f.current])).toEqual([["executedAmount", 500_000_000n, 400_000_000n], ["traineeCount", 100, 90]]);
    expect(fell[0]).toMatchObject({ previousReportId: "h1", previousPeriod: "H1" });
  });

  it("does not compare a count that either period left unreported", () => {
    expect(fallingFields(point("a", "H1", "2026-06-30", { machineCount: 5 }), point("b", "M9", "2026-09-30", { machineCount: null }))).toEqual([]);
    expect(fallingFields(point("a", "H1", "2026-06-30", { machineCount: null }), point("b", "M9", "2026-09-30", { machineCount: 0 }))).toEqual([]);
  });

  it("compares each report with the one just before it by cut-off, within one province, year and source", () => {
    const reports = [
      point("m9", "M9", "2026-09-30", { executedAmount: 450_000_000n }),
      point("q1", "Q1", "2026-03-31", { executedAmount: 600_000_000n }),
      point("h1", "H1", "2026-06-30", { executedAmount: 500_000_000n }),
      point("other-source", "M11", "2026-11-30", { fundingSourceId: "kcqg", executedAmount: 1n }),
      point("other-year", "YEAR", "2025-12-31", { year: 2025, executedAmount: 1n }),
    ];
    const flags = findFallingCumulative(reports);
    expect([...flags.keys()].sort()).toEqual(["h1", "m9"]);
    expect(flags.get("m9")![0]).toMatchObject({ previousReportId: "h1", previous: 500_000_000n, current: 450_000_000n });
    expect(flags.get("h1")![0]).toMatchObject({ previousReportId: "q1" });
  });
});
