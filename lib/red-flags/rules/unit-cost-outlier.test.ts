import { describe, expect, it } from "vitest";
import { unitCostOutliers, type BudgetLineFact } from "./unit-cost-outlier";

const line = (id: string, support: bigint, quantity = 1, over: Partial<BudgetLineFact> = {}): BudgetLineFact => ({
  id, item: "Đào tạo nghề", unit: "Lớp", quantity, supportAmount: support,
  content: { code: "1", name: "Đào tạo" }, project: { id: `p-${id}`, code: `KC-${id}`, planYear: 2024, provinceId: "prov" }, ...over,
});

describe("unit cost far from the median", () => {
  const typical = [line("a", 100n), line("b", 110n), line("c", 90n), line("d", 200n, 2)];
  it("flags a unit cost above 3 × median and below median / 3", () => {
    const flags = unitCostOutliers([...typical, line("hi", 301n), line("lo", 32n, 1)]);
    expect(flags.map((f) => [f.subjectKey, f.detail.key])).toEqual([
      ["ProjectBudgetLine:hi", "redFlags.detail.unitCostHigh"],
      ["ProjectBudgetLine:lo", "redFlags.detail.unitCostLow"],
    ]);
  });
  it("does not flag at exactly 3 × median or median / 3", () => {
    // Unit costs 100, 110, 90, 100, 300, 33 → median 100.
    expect(unitCostOutliers([...typical, line("hi", 300n), line("lo", 34n)])).toEqual([]);
  });
  it("compares only the same content, year and unit, and needs a group of 4", () => {
    expect(unitCostOutliers([...typical.slice(0, 3), line("hi", 1000n)])).toHaveLength(1);
    expect(unitCostOutliers([...typical.slice(0, 2), line("hi", 1000n)])).toEqual([]);
    expect(unitCostOutliers([...typical, line("y", 1000n, 1, { project: { id: "p", code: "K", planYear: 2023, provinceId: null } })])).toEqual([]);
    expect(unitCostOutliers([...typical, line("u", 1000n, 1, { unit: "Học viên" })])).toEqual([]);
    expect(unitCostOutliers([...typical, line("z", 1000n, 0)])).toEqual([]);
  });
});
