import { describe, expect, it } from "vitest";
import { renderMessage } from "../../i18n/messages";
import { disbursementAboveAllocation, type ImplementerMoneyFact } from "./disbursement-above-allocation";

const unit = (over: Partial<ImplementerMoneyFact> = {}): ImplementerMoneyFact => ({ implementerId: "o1", implementerName: "Trung tâm 1", provinceId: null, year: 2024, source: "KCQG", disbursed: 120n, allocated: 100n, ...over });

describe("disbursement above allocation", () => {
  it("flags a unit that disbursed more than it was allocated, by the excess", () => {
    const flags = disbursementAboveAllocation([unit()], new Set(["KCQG"]));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ subjectKey: "Allocation:o1:2024:KCQG", amount: 20n });
    expect(flags[0]!.links[0]!.href).toBe("/du-toan?year=2024&source=KCQG");
  });
  it("names the allocation and the excess apart (631 disbursed over 130 allocated is 501 over)", () => {
    const [flag] = disbursementAboveAllocation([unit({ disbursed: 631_000_000n, allocated: 130_000_000n })], new Set(["KCQG"]));
    const { key, params } = flag!.detail;
    expect(renderMessage("vi", key, params)).toContain("giải ngân 631 triệu đồng nguồn KCQG năm 2024, vượt dự toán giao (130 triệu đồng) 501 triệu đồng");
    expect(renderMessage("en", key, params)).toContain("501 million đồng above the allocation (130 million đồng)");
  });
  it("flags a unit with nothing allocated in a source that has allocations", () => {
    expect(disbursementAboveAllocation([unit({ allocated: 0n })], new Set(["KCQG"]))).toHaveLength(1);
  });
  it("does not flag within the allocation, or a source without any allocation recorded", () => {
    expect(disbursementAboveAllocation([unit({ disbursed: 100n })], new Set(["KCQG"]))).toEqual([]);
    expect(disbursementAboveAllocation([unit()], new Set(["KCDP"]))).toEqual([]);
  });
});
