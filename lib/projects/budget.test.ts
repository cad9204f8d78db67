import { describe, expect, it } from "vitest";
import { budgetTotals, parseBudgetLines } from "./budget";
import { BudgetLineInputSchema } from "./schemas";

const line = (totalCost: string, supportAmount: string, otherAmount = "") => BudgetLineInputSchema.parse({ item: "Máy sấy chè", totalCost, supportAmount, otherAmount });

describe("parseBudgetLines", () => {
  it("parses vi-VN triệu exactly and computes counterpart and totals", () => {
    const { lines, errors } = parseBudgetLines([line("1.000", "300"), line("0,1", "0,05"), line("250,5", "100", "50,5")]);
    expect(errors).toEqual({});
    expect(lines.map((l) => l.counterpartAmount)).toEqual([700_000_000n, 50_000n, 100_000_000n]);
    expect(budgetTotals(lines)).toEqual({ totalCost: 1_250_600_000n, supportAmount: 400_050_000n, counterpartAmount: 800_050_000n, otherAmount: 50_500_000n });
  });

  it("reports each bad cell with its line and field, in Vietnamese", () => {
    const { errors } = parseBudgetLines([line("abc", "1"), line("100", "-5"), line("100", "90", "20"), line("99999999999", "1")]);
    expect(errors["budgetLines.0.totalCost"]).toMatch(/^Dòng 1 – Tổng kinh phí: "abc" không phải số/);
    expect(errors["budgetLines.1.supportAmount"]).toMatch(/^Dòng 2 – Kinh phí khuyến công hỗ trợ: số tiền không được âm/);
    expect(errors["budgetLines.2.supportAmount"]).toMatch(/vượt tổng kinh phí/);
    expect(errors["budgetLines.3.totalCost"]).toMatch(/vượt quá 10.000 tỷ đồng/);
  });

  it("treats empty amounts as zero", () => {
    const { lines, errors } = parseBudgetLines([line("", "")]);
    expect(errors).toEqual({});
    expect(budgetTotals(lines).totalCost).toBe(0n);
  });
});
