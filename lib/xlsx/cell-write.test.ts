import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseMoney } from "../money";
import { moneyFormat, numberFormat, unitDecimalText, writeMoney } from "./cell-write";

function written(amount: bigint): ExcelJS.Cell {
  const cell = new ExcelJS.Workbook().addWorksheet("x").getCell("A1");
  writeMoney(cell, amount);
  return cell;
}

describe("writeMoney", () => {
  it("writes 700,123456 triệu with a format that displays all six decimals", () => {
    const cell = written(parseMoney("700,123456"));
    expect(cell.value).toBe(700.123456);
    expect(cell.numFmt).toBe("#,##0.000000");
  });

  it("shows only the decimals an amount has, and none for whole triệu", () => {
    expect(moneyFormat(parseMoney("450,5"))).toBe("#,##0.0");
    expect(moneyFormat(parseMoney("1.234,05"))).toBe("#,##0.00");
    expect(moneyFormat(parseMoney("0,000001"))).toBe("#,##0.000000");
    expect(moneyFormat(parseMoney("-12,34"))).toBe("#,##0.00");
    expect(written(parseMoney("1.100")).numFmt).toBe("#,##0");
    expect(moneyFormat(0n)).toBe("#,##0");
  });

  it("writes tỷ exactly, shown with the decimals asked for (a report summary) or all it has", () => {
    const cell = new ExcelJS.Workbook().addWorksheet("x").getCell("A1");
    writeMoney(cell, 29_012_345_678n, "ty", 3);
    expect(cell.value).toBe(29.012345678);
    expect(cell.numFmt).toBe("#,##0.000");
    writeMoney(cell, 130_400_000_000n, "ty");
    expect([cell.value, cell.numFmt]).toEqual([130.4, "#,##0.0"]);
    expect(unitDecimalText(-500_000_000n, "ty")).toBe("-0.5");
    expect(unitDecimalText(1n, "ty")).toBe("0.000000001");
  });

  it("formats a number read back from a user's file with all its decimals", () => {
    expect(numberFormat(12.3456789)).toBe("#,##0.0000000");
    expect(numberFormat(1500)).toBe("#,##0");
  });
});
