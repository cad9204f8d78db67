import { describe, expect, it } from "vitest";
import { checkTaxCode, taxCodeCheckDigit, withCheckDigit } from "./tax-code";

describe("checkTaxCode", () => {
  it("accepts a 10-digit code with the right check digit, and its dependent units", () => {
    const code = withCheckDigit("010010708")!;
    expect(checkTaxCode(code)).toEqual({ ok: true, normalised: code });
    expect(checkTaxCode(` ${code}-001 `)).toEqual({ ok: true, normalised: `${code}-001` });
  });

  it("refuses a wrong check digit and says so", () => {
    const code = withCheckDigit("010010708")!;
    const wrong = code.slice(0, 9) + String((Number(code[9]) + 1) % 10);
    const result = checkTaxCode(wrong);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/sai chữ số kiểm tra/);
  });

  it("accepts 12-digit personal identification numbers of household businesses", () => {
    expect(checkTaxCode("038190012345").ok).toBe(true);
  });

  it("refuses other shapes", () => {
    for (const bad of ["", "123", "01001070812", "0100107081-01", "abcdefghij", "=1+1"]) expect(checkTaxCode(bad).ok).toBe(false);
    const code = withCheckDigit("010010708")!;
    expect(checkTaxCode(`${code}-000`).ok).toBe(false);
  });

  it("computes check digits by the weighted sum mod 11", () => {
    // 31·0+29·1+23·0+19·0+17·1+13·0+7·7+5·0+3·8 = 119; 119 mod 11 = 9; 10 − 9 = 1.
    expect(taxCodeCheckDigit("010010708")).toBe(1);
  });
});
