import { describe, expect, it } from "vitest";
import { toMoneyInput, formatAmount, formatDate, formatChartNumber, formatDateTime, formatFileSize, formatInteger, formatMoney, formatMoneyAuto, formatPercentBp, formatRateBp, formatShare } from "./format";

describe("vi-VN formatting", () => {
  it("formats money in tỷ and triệu with a decimal comma and dot grouping", () => {
    expect(formatMoney(1_234_500_000_000n, "ty")).toBe("1.234,5 tỷ đồng");
    expect(formatMoney(2_595_000_000n, "trieu")).toBe("2.595 triệu đồng");
    expect(formatAmount(140_000_000_000n, "ty", 2)).toBe("140,00");
    expect(formatMoney(-1_500_000n, "trieu")).toBe("-1,5 triệu đồng");
    expect(formatMoney(12_345n, "dong")).toBe("12.345 đồng");
  });

  it("picks a unit automatically, keeping every digit the amount has", () => {
    expect(formatMoneyAuto(900_000_000n)).toBe("900 triệu đồng");
    expect(formatMoneyAuto(29_000_000_000n)).toBe("29 tỷ đồng");
    expect(formatMoneyAuto(150_500_000n)).toBe("150,5 triệu đồng");
    expect(formatMoneyAuto(1_722_500_000n)).toBe("1,7225 tỷ đồng");
  });

  it("shows recorded amounts to the đồng: the đề án summary and the plan total agree with the annex", () => {
    // Defect: the summary showed 151 where the budget is 150,5, the plan page 1.723 where the annex says 1.722,5.
    expect(formatMoney(150_500_000n, "trieu")).toBe("150,5 triệu đồng");
    expect(formatAmount(1_722_500_000n, "trieu")).toBe("1.722,5");
    expect(formatAmount(1_722_500_000n, "trieu")).toBe(toMoneyInput(1_722_500_000n));
    expect(formatAmount(1_234_567n, "trieu")).toBe("1,234567");
    expect(formatAmount(300_000_000n, "trieu")).toBe("300");
    expect(formatAmount(-150_500_000n, "trieu")).toBe("-150,5");
    expect(formatAmount(140_000_000_001n, "ty")).toBe("140,000000001");
    expect(formatAmount(12_345n, "dong")).toBe("12.345");
  });

  it("rounds only when the caller asks for a number of decimals", () => {
    expect(formatAmount(1_722_500_000n, "trieu", 0)).toBe("1.723");
    expect(formatMoney(28_975_000_000n, "ty", 2)).toBe("28,98 tỷ đồng");
  });

  it("turns đồng back into the triệu text a money input shows", () => {
    expect(toMoneyInput(1_234_500_000n)).toBe("1.234,5");
    expect(toMoneyInput(1n)).toBe("0,000001");
    expect(toMoneyInput(300_000_000n)).toBe("300");
    expect(toMoneyInput(0n)).toBe("0");
  });

  it("formats integers with dot grouping", () => {
    expect(formatInteger(1436)).toBe("1.436");
    expect(formatInteger(-1234567n)).toBe("-1.234.567");
    expect(formatInteger(0)).toBe("0");
  });

  it("formats percentages with two decimals and states the denominator", () => {
    expect(formatPercentBp(2070n)).toBe("20,70 %");
    expect(formatPercentBp(574n)).toBe("5,74 %");
    expect(formatPercentBp(13359n)).toBe("133,59 %");
    expect(formatPercentBp(null)).toBe("–");
    expect(formatPercentBp(9170n, 1)).toBe("91,7 %");
    expect(formatShare(2070n, "của kế hoạch năm")).toBe("20,70 % (của kế hoạch năm)");
  });

  it("writes rates as legal texts do, without trailing zeros", () => {
    expect(formatRateBp(5000)).toBe("50 %");
    expect(formatRateBp(250)).toBe("2,5 %");
    expect(formatRateBp(10_000)).toBe("100 %");
    expect(formatRateBp(1010)).toBe("10,1 %");
    expect(formatRateBp(3333)).toBe("33,33 %");
  });

  it("shows file sizes in KB and MB with a vi-VN decimal comma", () => {
    expect(formatFileSize(1536)).toBe("1,5 KB");
    expect(formatFileSize(5 * 1024 * 1024 + 300 * 1024)).toBe("5,3 MB");
    expect(formatFileSize(10)).toBe("0,1 KB");
  });

  it("formats dates as dd/mm/yyyy in Asia/Ho_Chi_Minh", () => {
    // 17:30 UTC on 30/6 is already 1/7 in Hà Nội.
    expect(formatDate(new Date("2025-06-30T17:30:00Z"))).toBe("01/07/2025");
    expect(formatDate(new Date("2025-07-01T00:00:00Z"), true)).toBe("01/07/2025");
    expect(formatDateTime(new Date("2026-01-05T02:04:00Z"))).toBe("05/01/2026 09:04");
  });
});

describe("formatChartNumber", () => {
  it("writes recharts' ticks the vi-VN way, without trailing zeros, and never groups away a whole number", () => {
    expect([0, 0.35, 0.7, 1.05, 1.4].map((v) => formatChartNumber(v))).toEqual(["0", "0,35", "0,7", "1,05", "1,4"]);
    expect(formatChartNumber(1050)).toBe("1.050");
    expect(formatChartNumber(100)).toBe("100");
    expect(formatChartNumber(1234567.891)).toBe("1.234.567,891");
    expect(formatChartNumber(-2.5)).toBe("-2,5");
    expect(formatChartNumber(-0.0001)).toBe("0");
    expect(formatChartNumber(0.1 + 0.2)).toBe("0,3");
    expect(formatChartNumber(Number.NaN)).toBe("");
  });
});
