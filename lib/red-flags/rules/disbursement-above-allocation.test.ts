import { describe, expect, it } from "vitest";
import { disbursementAboveAllocation, type ImplementerMoneyFact } from "./disbursement-above-allocation";

const unit = (over: Partial<ImplementerMoneyFact> = {}): ImplementerMoneyFact => ({ implementerId: "o1", implementerName: "Trung tâm 1", provinceId: null, year: 2024, source: "KCQG", disbursed: 120n, allocated: 100n, ...over });

describe("disbursement above allocation", () => {
  it("flags a unit that disbursed more than it was allocated, by the excess", () => {
    const flags = disbursementAboveAllocation([unit()], new Set(["KCQG"]));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ subjectKey: "Allocation:o1:2024:KCQG", amount: 20n });
    expect(flags[0]!.links[0]!.href).toBe("/du-toan?year=2024&source=KCQG");
  });
  it("flags a unit with nothing allocated in a source that has allocations", () => {
    expect(disbursementAboveAllocation([unit({ allocated: 0n })], new Set(["KCQG"]))).toHaveLength(1);
  });
  it("does not flag within the allocation, or a source without any allocation recorded", () => {
    expect(disbursementAboveAllocation([unit({ disbursed: 100n })], new Set(["KCQG"]))).toEqual([]);
    expect(disbursementAboveAllocation([unit()], new Set(["KCDP"]))).toEqual([]);
  });
});
