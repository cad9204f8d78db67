import { describe, expect, it } from "vitest";
import { blockingFindings, evaluateLine, warningFindings, type BudgetLineForNorm, type Norm } from "./evaluate";

const trieu = (n: number) => BigInt(n) * 1_000_000n;

const machinery: Norm = {
  id: "n1",
  code: "MAY_MOC",
  costItem: "máy móc thiết bị tiên tiến",
  maxRateBp: 5000,
  capAmount: trieu(300),
  capUnit: "PER_FACILITY",
  priorityMultiplierBp: 15000,
  cumulativePerFacility: true,
  severity: "HARD",
  legalBasis: "TT 28/2018/TT-BTC Điều 8 khoản 4",
};
const model: Norm = { ...machinery, id: "n2", code: "MO_HINH", costItem: "mô hình trình diễn", maxRateBp: 3000, capAmount: trieu(1000), capUnit: "PER_MODEL", cumulativePerFacility: false, legalBasis: "TT 28/2018/TT-BTC Điều 8 khoản 2" };
const line = (over: Partial<BudgetLineForNorm>): BudgetLineForNorm => ({ lineNo: 1, totalCost: trieu(1000), supportAmount: trieu(300), quantity: 1, priority: false, priorSupportSameFacility: 0n, ...over });

describe("evaluateLine", () => {
  it("checks the maximum share of cost (machinery 50 %)", () => {
    const [rate] = evaluateLine(line({ totalCost: trieu(500), supportAmount: trieu(260) }), machinery);
    expect(rate).toMatchObject({ kind: "RATE", limit: trieu(250), requested: trieu(260), ok: false, legalBasis: "TT 28/2018/TT-BTC Điều 8 khoản 4" });
    expect(rate!.rule).toContain("50 %");
  });

  it("checks the cap per unit times the quantity (model 1.000 triệu each)", () => {
    const findings = evaluateLine(line({ totalCost: trieu(7000), supportAmount: trieu(2100), quantity: 2 }), model);
    expect(findings.find((f) => f.kind === "RATE")).toMatchObject({ limit: trieu(2100), ok: true });
    expect(findings.find((f) => f.kind === "CAP")).toMatchObject({ limit: trieu(2000), ok: false });
  });

  it("applies the priority multiplier to rate and cap, never above 100 %", () => {
    const findings = evaluateLine(line({ totalCost: trieu(1000), supportAmount: trieu(450), priority: true }), machinery);
    expect(findings.find((f) => f.kind === "RATE")!.limit).toBe(trieu(750));
    expect(findings.find((f) => f.kind === "CUMULATIVE")!.limit).toBe(trieu(450));
    const full = evaluateLine(line({ supportAmount: 0n, priority: true }), { ...machinery, maxRateBp: 8000 });
    expect(full.find((f) => f.kind === "RATE")!.limit).toBe(trieu(1000));
  });

  it("counts support already given to the facility under a cumulative cap", () => {
    const [, cumulative] = evaluateLine(line({ supportAmount: trieu(120), priorSupportSameFacility: trieu(200) }), machinery);
    expect(cumulative).toMatchObject({ kind: "CUMULATIVE", limit: trieu(100), ok: false });
    expect(cumulative!.rule).toContain("đã được hỗ trợ 200 triệu đồng");
    const [, exhausted] = evaluateLine(line({ supportAmount: 1n, priorSupportSameFacility: trieu(400) }), machinery);
    expect(exhausted!.limit).toBe(0n);
  });

  it("passes a line within every limit, at the exact limit too", () => {
    expect(evaluateLine(line({ totalCost: trieu(600), supportAmount: trieu(300) }), machinery).every((f) => f.ok)).toBe(true);
  });

  it("separates blocking hard violations from soft warnings", () => {
    const hard = evaluateLine(line({ supportAmount: trieu(600) }), machinery);
    const soft = evaluateLine(line({ supportAmount: trieu(600) }), { ...machinery, severity: "SOFT" });
    expect(blockingFindings(hard).length).toBeGreaterThan(0);
    expect(warningFindings(hard)).toHaveLength(0);
    expect(blockingFindings(soft)).toHaveLength(0);
    expect(warningFindings(soft).length).toBeGreaterThan(0);
  });

  it("handles norms with only a rate or only a cap", () => {
    expect(evaluateLine(line({}), { ...machinery, capAmount: null })).toHaveLength(1);
    expect(evaluateLine(line({}), { ...model, maxRateBp: null })).toHaveLength(1);
  });
});
