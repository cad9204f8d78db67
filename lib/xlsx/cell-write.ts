// Writing values into any workbook we produce (Mẫu 2, the plan annex): borders, the money number
// formats, text always neutralised against formula injection, and amounts written as numbers of
// triệu that read back as the same đồng.
import type ExcelJS from "exceljs";
import { formatDate } from "../format";
import { parseMoney, toUnitParts, type Dong } from "../money";
import type { CellRead } from "./cells";
import { numberToDecimalText } from "./decimal";
import { neutraliseText } from "./safe-text";

const THIN = { style: "thin" } as const;
export const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Triệu have at most 6 decimals that are still whole đồng. */
const DONG_DECIMALS = 6;

/**
 * A number format showing exactly `decimals` places: Excel shows "1.234,5" with vi-VN regional
 * settings, whole triệu get no dangling separator, and no amount is rounded on screen.
 */
export function decimalsFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
}

/** The format for an amount: as many decimals of triệu as its đồng need (700,123456 → 6, 450,5 → 1). */
export function moneyFormat(amount: Dong): string {
  return decimalsFormat(toUnitParts(amount, "trieu", DONG_DECIMALS).fraction.replace(/0+$/, "").length);
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

/**
 * Whole đồng as a number of triệu. The exact decimal ("1234.5") has at most 14 significant digits
 * within the 10.000 tỷ bound, so the double Excel stores reads back as the same decimal; checked.
 */
export function trieuNumber(amount: Dong): number {
  const p = toUnitParts(amount, "trieu", 6);
  const value = Number(`${p.negative ? "-" : ""}${p.integer}.${p.fraction}`);
  const back = numberToDecimalText(value);
  if (back === null || parseMoney(back.replace(".", ","), "trieu") !== amount) throw new Error(`${amount} đồng cannot be written exactly as a spreadsheet number`);
  return value;
}

export function writeMoney(cell: ExcelJS.Cell, amount: Dong): void {
  cell.value = trieuNumber(amount);
  cell.numFmt = moneyFormat(amount);
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
