import { describe, expect, it } from "vitest";
import { listFrom, moneyFrom, readCell, readCellValue, textFrom, yearFrom } from "./cells";

describe("readCellValue", () => {
  it("detects plain, shared and array formulas", () => {
    expect(readCellValue({ formula: "A1*2", result: 4 }).kind).toBe("formula");
    expect(readCellValue({ sharedFormula: "D4", result: 3 }).kind).toBe("formula");
    expect(readCellValue({ formula: "SUM(A1:A3)", shareType: "array", ref: "B1:B3" }).kind).toBe("formula");
    expect(readCell({ value: 3, formula: "1+2" }).kind).toBe("formula");
  });

  it("joins rich text and reads hyperlinks as their text", () => {
    expect(readCellValue({ richText: [{ text: "Hỗ trợ " }, { text: "máy sấy", font: { bold: true } }] })).toEqual({ kind: "text", text: "Hỗ trợ máy sấy" });
    expect(readCellValue({ text: "Xem đề án", hyperlink: "https://example.vn" })).toEqual({ kind: "text", text: "Xem đề án" });
    expect(readCellValue({ text: { richText: [{ text: "a" }, { text: "b" }] }, hyperlink: "x" })).toEqual({ kind: "text", text: "ab" });
  });

  it("treats blank strings as empty and strips our own formula-neutralising quote", () => {
    expect(readCellValue("   ")).toEqual({ kind: "empty" });
    expect(readCellValue(null)).toEqual({ kind: "empty" });
    expect(readCellValue("'=HYPERLINK(\"x\")")).toEqual({ kind: "text", text: '=HYPERLINK("x")' });
    expect(readCellValue("'quote kept")).toEqual({ kind: "text", text: "'quote kept" });
  });

  it("reads errors, dates and booleans as such", () => {
    expect(readCellValue({ error: "#N/A" })).toEqual({ kind: "error", error: "#N/A" });
    expect(readCellValue(new Date(0)).kind).toBe("date");
    expect(readCellValue(true).kind).toBe("boolean");
  });
});

describe("typed readers", () => {
  it("refuses a formula in a money cell with the message users need", () => {
    const result = moneyFrom({ kind: "formula", formula: "L6*0.5" });
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/^Ô chứa công thức; hãy dán giá trị/) });
  });

  it("refuses text in a money cell, even when it looks like a number", () => {
    expect(moneyFrom({ kind: "text", text: "1.234" })).toMatchObject({ ok: false, message: expect.stringMatching(/Ô đang là chữ/) });
    expect(moneyFrom({ kind: "date", value: new Date() })).toMatchObject({ ok: false, message: expect.stringMatching(/ngày tháng/) });
  });

  it("reads money, years, text and lists", () => {
    expect(moneyFrom({ kind: "number", value: 700.25 })).toEqual({ ok: true, value: { text: "700,25", dong: 700_250_000n } });
    expect(moneyFrom({ kind: "empty" })).toEqual({ ok: true, value: { text: "", dong: 0n } });
    expect(yearFrom({ kind: "number", value: 2027 })).toEqual({ ok: true, value: 2027 });
    expect(yearFrom({ kind: "text", text: " 2028 " })).toEqual({ ok: true, value: 2028 });
    expect(yearFrom({ kind: "number", value: 2027.5 })).toMatchObject({ ok: false });
    expect(textFrom({ kind: "text", text: "  Dòng 1\r\nDòng 2 " })).toEqual({ ok: true, value: "Dòng 1\nDòng 2" });
    expect(listFrom({ kind: "text", text: "03.2; 04.3;03.2, 05" })).toEqual({ ok: true, value: ["03.2", "04.3", "05"] });
  });
});
