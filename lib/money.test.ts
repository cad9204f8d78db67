import { describe, expect, it } from "vitest";
import { MoneyParseError, parseMoney, ratioBp, sumDong, toUnitParts } from "./money";

describe("parseMoney", () => {
  it("reads vi-VN triệu into whole đồng without floating-point error", () => {
    expect(parseMoney("1.234,5")).toBe(1_234_500_000n);
    expect(parseMoney("0,1")).toBe(100_000n);
    expect(parseMoney("0,000001")).toBe(1n);
    expect(parseMoney("900")).toBe(900_000_000n);
    expect(parseMoney("140", "ty")).toBe(140_000_000_000n);
    expect(parseMoney("12.345.678", "dong")).toBe(12_345_678n);
  });

  it("sums 0,1 + 0,2 triệu exactly", () => {
    expect(parseMoney("0,1") + parseMoney("0,2")).toBe(parseMoney("0,3"));
  });

  it("rejects amounts that are not whole đồng or not numbers", () => {
    expect(() => parseMoney("0,0000001")).toThrow(MoneyParseError);
    expect(() => parseMoney("1,5", "dong")).toThrow(MoneyParseError);
    expect(() => parseMoney("abc")).toThrow(MoneyParseError);
    expect(() => parseMoney("1.23,4")).toThrow(MoneyParseError);
    expect(() => parseMoney("=1+1")).toThrow(MoneyParseError);
  });

  it("keeps the sign of negative input so validation can refuse it explicitly", () => {
    expect(parseMoney("-5")).toBe(-5_000_000n);
  });
});

describe("toUnitParts", () => {
  it("rounds half away from zero in integer arithmetic", () => {
    expect(toUnitParts(1_250_000_000n, "ty", 1)).toEqual({ negative: false, integer: "1", fraction: "3" });
    expect(toUnitParts(1_240_000_000n, "ty", 1)).toEqual({ negative: false, integer: "1", fraction: "2" });
    expect(toUnitParts(-1_250_000_000n, "ty", 1)).toEqual({ negative: true, integer: "1", fraction: "3" });
    expect(toUnitParts(400_000n, "trieu", 0)).toEqual({ negative: false, integer: "0", fraction: "" });
  });

  it("handles amounts beyond Number.MAX_SAFE_INTEGER", () => {
    expect(toUnitParts(9_007_199_254_740_993_000n, "ty", 0).integer).toBe("9007199255");
  });
});

describe("ratioBp and sumDong", () => {
  it("gives basis points with half-up rounding and null for a zero denominator", () => {
    expect(ratioBp(28_980_000_000n, 140_000_000_000n)).toBe(2070n);
    expect(ratioBp(1n, 3n)).toBe(3333n);
    expect(ratioBp(2n, 3n)).toBe(6667n);
    expect(ratioBp(5n, 0n)).toBeNull();
  });

  it("rounds negative ratios half away from zero, the mirror of the positive case", () => {
    // 3 / 20 000 = 1,5 bp: +2 and −2, never −1 (truncation towards zero).
    expect(ratioBp(3n, 20_000n)).toBe(2n);
    expect(ratioBp(-3n, 20_000n)).toBe(-2n);
    expect(ratioBp(3n, -20_000n)).toBe(-2n);
    expect(ratioBp(-3n, -20_000n)).toBe(2n);
    // 1 / 20 000 = 0,5 bp → ±1; 1 / 3 → ±3 333 (below the half, towards zero).
    expect(ratioBp(-1n, 20_000n)).toBe(-1n);
    expect(ratioBp(-1n, 3n)).toBe(-3333n);
    expect(ratioBp(-2n, 3n)).toBe(-6667n);
    for (const [n, d] of [[7n, 13n], [28_980_000_000n, 140_000_000_000n], [1n, 40_000n]] as const) expect(ratioBp(-n, d)).toBe(-ratioBp(n, d)!);
  });

  it("sums bigint lists", () => {
    expect(sumDong([1n, 2n, 3n])).toBe(6n);
    expect(sumDong([])).toBe(0n);
  });
});

describe("the bound on typed amounts (1 triệu tỷ đồng)", () => {
  it("parses up to MAX_MONEY_DONG and refuses a figure with extra digits, in either sign", async () => {
    const { MAX_MONEY_DONG, MoneyParseError: ParseError, parseMoney: parse } = await import("./money");
    expect(parse("1.000.000.000", "trieu")).toBe(MAX_MONEY_DONG);
    expect(() => parse("1.000.000.000,000001", "trieu")).toThrow(ParseError);
    expect(() => parse("9.000.000.000.000", "trieu")).toThrow(/vượt mức tối đa 1 triệu tỷ đồng/);
    expect(() => parse("-9.000.000.000.000", "trieu")).toThrow(/vượt mức tối đa/);
  });

  it("moneyText keeps the text but refuses a malformed or huge amount with a field message", async () => {
    const { moneyText, trieuAmount } = await import("./money");
    expect(moneyText().default("").parse(" 1.234,5 ")).toBe("1.234,5");
    expect(moneyText().safeParse("12,3,4").error?.issues[0]?.message).toMatch(/không phải số theo định dạng Việt Nam/);
    expect(moneyText().safeParse("9.000.000.000.000").error?.issues[0]?.message).toMatch(/vượt mức tối đa/);
    expect(trieuAmount("Nhập số tiền.").parse("1,5")).toBe(1_500_000n);
    expect(trieuAmount("Nhập số tiền.").safeParse("-1").error?.issues[0]?.message).toBe("Số tiền không được âm.");
    expect(trieuAmount("Nhập số tiền.").safeParse("").error?.issues[0]?.message).toBe("Nhập số tiền.");
  });
});
