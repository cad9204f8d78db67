// Writing values into any workbook we produce (Mẫu 2, the plan annex, report exports): borders,
// the money number formats, text always neutralised against formula injection, and amounts
// written as numbers of triệu (or tỷ) that read back as the same đồng.
import type ExcelJS from "exceljs";
import { formatDate } from "../format";
import { parseMoney, toUnitParts, type Dong, type MoneyUnit } from "../money";
import type { CellRead } from "./cells";
import { numberToDecimalText } from "./decimal";
import { neutraliseText } from "./safe-text";

const THIN = { style: "thin" } as const;
export const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Decimals of a unit that are still whole đồng. */
const DONG_DECIMALS: Record<MoneyUnit, number> = { dong: 0, trieu: 6, ty: 9 };

/**
 * A number format showing exactly `decimals` places: Excel shows "1.234,5" with vi-VN regional
 * settings, whole triệu get no dangling separator, and no amount is rounded on screen.
 */
export function decimalsFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
}

/** The format for an amount: as many decimals of triệu as its đồng need (700,123456 → 6, 450,5 → 1). */
export function moneyFormat(amount: Dong): string {
  return decimalsFormat(toUnitParts(amount, "trieu", DONG_DECIMALS.trieu).fraction.replace(/0+$/, "").length);
}

/** The format for a number read from a user's file: all its decimals, so nothing is hidden. */
export function numberFormat(value: number): string {
  const fraction = numberToDecimalText(value)?.split(".")[1] ?? "";
  return decimalsFormat(Math.min(fraction.length, 15));
}

/** Text is always written neutralised (see safe-text.ts). */
export function writeText(cell: ExcelJS.Cell, text: string): void {
  cell.value = neutraliseText(text);
}

/** Whole đồng as an exact plain decimal of a unit, without trailing zeros: "1234.5", "-0.000001". */
export function unitDecimalText(amount: Dong, unit: MoneyUnit): string {
  const p = toUnitParts(amount, unit, DONG_DECIMALS[unit]);
  const fraction = p.fraction.replace(/0+$/, "");
  return `${p.negative ? "-" : ""}${p.integer}${fraction ? `.${fraction}` : ""}`;
}

/**
 * Whole đồng as a number of triệu (or tỷ). The exact decimal ("1234.5") has at most 14
 * significant digits within the 10.000 tỷ bound, so the double Excel stores reads back as the
 * same decimal; checked.
 */
export function unitNumber(amount: Dong, unit: MoneyUnit): number {
  const value = Number(unitDecimalText(amount, unit));
  const back = numberToDecimalText(value);
  if (back === null || parseMoney(back.replace(".", ","), unit) !== amount) throw new Error(`${amount} đồng cannot be written exactly as a spreadsheet number`);
  return value;
}

/**
 * The exact amount as a number of `unit`. Without `displayDecimals` the format shows every decimal
 * it has; a summary in tỷ passes 3 (the conference reports' "43,735 tỷ"): the value stays exact.
 */
export function writeMoney(cell: ExcelJS.Cell, amount: Dong, unit: "trieu" | "ty" = "trieu", displayDecimals?: number): void {
  cell.value = unitNumber(amount, unit);
  cell.numFmt = displayDecimals === undefined ? (unit === "trieu" ? moneyFormat(amount) : decimalsFormat(unitDecimalText(amount, unit).split(".")[1]?.length ?? 0)) : decimalsFormat(displayDecimals);
}

/**
 * A cell read from a user's file (cells.ts), written back as it was: rejected-rows files give the
 * user their own values to fix. A formula comes back as neutralised text, never as a formula.
 */
export function writeCellRead(cell: ExcelJS.Cell, read: CellRead | undefined, money: boolean): void {
  if (!read) return;
  switch (read.kind) {
    case "empty":
      return;
    case "number":
      cell.value = read.value;
      if (money) cell.numFmt = numberFormat(read.value);
      return;
    case "text":
      return writeText(cell, read.text);
    case "date":
      return writeText(cell, formatDate(read.value));
    case "boolean":
      return writeText(cell, read.value ? "TRUE" : "FALSE");
    case "formula":
      return writeText(cell, `=${read.formula}`);
    case "error":
      return writeText(cell, read.error);
  }
}
