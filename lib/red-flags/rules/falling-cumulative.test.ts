import { describe, expect, it } from "vitest";
import { calendarDay } from "../../calendar";
import { fallingCumulative, type PeriodicReportFact } from "./falling-cumulative";

const counts = { projectCount: 3, modelCount: 1, facilityCount: 5, machineCount: null, cleanerProductionCount: null, traineeCount: 40, boothCount: null, typicalProductCount: null, brandCount: null };
const report = (id: string, period: string, cutOff: Date, executed: bigint, over: Partial<PeriodicReportFact> = {}): PeriodicReportFact => ({
  id, provinceId: "prov", provinceName: "Tỉnh A", year: 2024, period, cutOffDate: cutOff, source: "KCDP", fundingSourceId: over.source ?? "KCDP", planAmount: 1000n, executedAmount: executed, ...counts, ...over,
});

describe("periodic reports whose cumulative figures fall", () => {
  it("flags a later period lower than the one before it, in cut-off order", () => {
    const flags = fallingCumulative([report("h1", "H1", calendarDay(2024, 6, 30), 500n), report("q1", "Q1", calendarDay(2024, 3, 31), 100n), report("m9", "M9", calendarDay(2024, 9, 30), 400n, { traineeCount: 30 })]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ subjectKey: "ProvincialReport:m9", amount: 100n, detail: { params: { others: 1 } } });
    expect(flags[0]!.links[0]!.kind).toBe("report");
  });
  it("flags a fall of an output count alone, and ignores counts not reported on either side", () => {
    const flags = fallingCumulative([report("q1", "Q1", calendarDay(2024, 3, 31), 100n, { machineCount: 4 }), report("h1", "H1", calendarDay(2024, 6, 30), 200n, { facilityCount: 4 })]);
    expect(flags.map((f) => f.amount)).toEqual([null]);
    // A plan lowered from one period to the next is a fall too (the same figures as the periodic entry).
    expect(fallingCumulative([report("q1", "Q1", calendarDay(2024, 3, 31), 100n), report("h1", "H1", calendarDay(2024, 6, 30), 200n, { planAmount: 900n })]).map((f) => f.amount)).toEqual([100n]);
    expect(fallingCumulative([report("q1", "Q1", calendarDay(2024, 3, 31), 100n, { machineCount: 4 }), report("h1", "H1", calendarDay(2024, 6, 30), 200n)])).toEqual([]);
  });
  it("does not compare different provinces, years or sources", () => {
    const q1 = report("q1", "Q1", calendarDay(2024, 3, 31), 900n);
    expect(fallingCumulative([q1, report("b", "H1", calendarDay(2024, 6, 30), 100n, { provinceId: "other" })])).toEqual([]);
    expect(fallingCumulative([q1, report("c", "H1", calendarDay(2024, 6, 30), 100n, { source: "KCQG" })])).toEqual([]);
    expect(fallingCumulative([q1, report("d", "H1", calendarDay(2025, 6, 30), 100n, { year: 2025 })])).toEqual([]);
  });
});
