import { describe, expect, it } from "vitest";
import { moneyFromNumber, numberToDecimalText } from "./decimal";

describe("numberToDecimalText", () => {
  it("gives the exact decimal a user typed, without exponent", () => {
    expect(numberToDecimalText(1234.5)).toBe("1234.5");
    expect(numberToDecimalText(0.1)).toBe("0.1");
    expect(numberToDecimalText(0.000001)).toBe("0.000001");
    expect(numberToDecimalText(1e-7)).toBe("0.0000001");
    expect(numberToDecimalText(1.5e-7)).toBe("0.00000015");
    expect(numberToDecimalText(1e21)).toBe("1000000000000000000000");
    expect(numberToDecimalText(-2.5e22)).toBe("-25000000000000000000000");
    expect(numberToDecimalText(-0)).toBe("0");
    expect(numberToDecimalText(9999999.999999)).toBe("9999999.999999");
  });

  it("refuses non-finite numbers", () => {
    expect(numberToDecimalText(Number.NaN)).toBeNull();
    expect(numberToDecimalText(Number.POSITIVE_INFINITY)).toBeNull();
  });
});

describe("moneyFromNumber (triệu đồng cell → editor text)", () => {
  it("converts exactly, never through float arithmetic", () => {
    expect(moneyFromNumber(1234.5)).toEqual({ ok: true, text: "1234,5", dong: 1_234_500_000n });
    expect(moneyFromNumber(0.1)).toEqual({ ok: true, text: "0,1", dong: 100_000n });
    expect(moneyFromNumber(0.000001)).toEqual({ ok: true, text: "0,000001", dong: 1n });
    expect(moneyFromNumber(300)).toEqual({ ok: true, text: "300", dong: 300_000_000n });
    expect(moneyFromNumber(0)).toEqual({ ok: true, text: "0", dong: 0n });
  });

  it("refuses more than 6 decimals, float noise, negatives and absurd amounts", () => {
    expect(moneyFromNumber(0.1 + 0.2)).toMatchObject({ ok: false, message: expect.stringMatching(/chữ số thập phân/) });
    expect(moneyFromNumber(1.0000001)).toMatchObject({ ok: false });
    expect(moneyFromNumber(-5)).toMatchObject({ ok: false, message: "Số tiền không được âm." });
    expect(moneyFromNumber(10_000_001)).toMatchObject({ ok: false, message: expect.stringMatching(/10\.000 tỷ/) });
    expect(moneyFromNumber(1e300)).toMatchObject({ ok: false, message: expect.stringMatching(/10\.000 tỷ/) });
    expect(moneyFromNumber(10_000_000)).toMatchObject({ ok: true, dong: 10_000_000_000_000n });
  });
});
