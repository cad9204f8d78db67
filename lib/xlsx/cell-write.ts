// Writing values into any workbook we produce (Mẫu 2, the plan annex): borders, the money number
// formats, text always neutralised against formula injection, and amounts written as numbers of
// triệu that read back as the same đồng.
import type ExcelJS from "exceljs";
import { parseMoney, toUnitParts, type Dong } from "../money";
import { numberToDecimalText } from "./decimal";
import { neutraliseText } from "./safe-text";

const THIN = { style: "thin" } as const;
export const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Excel shows "1.234,5" with vi-VN regional settings; whole triệu get no dangling separator. */
export const MONEY_FORMAT = "#,##0.###";
export const WHOLE_MONEY_FORMAT = "#,##0";

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
  cell.numFmt = amount % 1_000_000n === 0n ? WHOLE_MONEY_FORMAT : MONEY_FORMAT;
}
