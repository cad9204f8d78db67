// Reads an uploaded periodic-report workbook into row inputs for the one submission path. The
// file must state its unit, and the unit must be triệu đồng: a file in đồng or tỷ would be off by
// a factor of a million or a thousand, so it is refused whole. Cells that cannot be read (formula,
// text in a number column, too many decimals for triệu) refuse their row, naming row and column.
import ExcelJS from "exceljs";
import { DomainError, type ErrorKey } from "../../errors";
import { formatInteger } from "../../format";
import { toSearchText } from "../../search-text";
import { moneyFrom, readCell, textFrom, yearFrom, type CellRead, type Parsed } from "../../xlsx/cells";
import { loadCheckedWorkbook } from "../../xlsx/load";
import { message, renderRef, verbatim } from "../../i18n/messages";
import type { RowField } from "../fields";
import { reasonOf } from "../issues";
import { PERIOD_LABEL, SUBMITTABLE_PERIODS, type SubmittablePeriod } from "../periods";
import { MAX_ROWS } from "../schemas";
import type { RowIssue } from "../types";
import { cellRef, columnOf, HEADER_SEARCH_ROWS, matchHeader, REQUIRED_KEYS, SHEET_COLUMNS, unitOfLine, type SheetKey } from "./layout";

/** A sheet row: the row input it stands for, and the cells refused before the schema saw them. */
export type SheetEntry = { line: number; raw: Record<string, unknown>; cellIssues: RowIssue[]; cells: Partial<Record<SheetKey, CellRead>> };
export type PeriodicSheet = { columns: Partial<Record<SheetKey, number>>; rows: SheetEntry[] };

const fileError = (key: ErrorKey, params?: Record<string, string>) => new DomainError("VALIDATION", key, params);

const PERIODS = new Map<string, SubmittablePeriod>(
  SUBMITTABLE_PERIODS.flatMap((p) => [[toSearchText(PERIOD_LABEL[p]), p], [toSearchText(p), p]] as [string, SubmittablePeriod][]).concat([["nam", "YEAR"], ["12 thang", "YEAR"], ["quy i", "Q1"], ["6 thang dau nam", "H1"]]),
);
const SOURCES = new Map<string, string>([["kcqg", "KCQG"], ["kcdp", "KCDP"], ["khuyen cong quoc gia", "KCQG"], ["khuyen cong dia phuong", "KCDP"]]);

function choice(table: Map<string, string>, what: string): (c: CellRead) => Parsed<string> {
  return (cell) => {
    const text = textFrom(cell);
    if (!text.ok) return text;
    if (!text.value) return { ok: false, message: `chưa nhập ${what}.` };
    const found = table.get(toSearchText(text.value).replace(/[.:]/g, "").trim());
    return found ? { ok: true, value: found } : { ok: false, message: `"${text.value.slice(0, 40)}" không phải ${what} được nhận.` };
  };
}
const periodFrom = choice(PERIODS, "kỳ báo cáo (3 tháng, 6 tháng, 9 tháng, 11 tháng hoặc cả năm)");
const sourceFrom = choice(SOURCES, "nguồn kinh phí (KCQG hoặc KCĐP)");

/** Counts: a whole number, or empty for "not reported". */
function countFrom(cell: CellRead): Parsed<number | null> {
  if (cell.kind === "empty") return { ok: true, value: null };
  const text = cell.kind === "number" ? String(cell.value) : cell.kind === "text" ? cell.text.trim() : null;
  if (text === null) return textFrom(cell) as Parsed<never>;
  return /^\d+$/.test(text) ? { ok: true, value: Number(text) } : { ok: false, message: `"${text.slice(0, 20)}" không phải số nguyên không âm (để trống nếu chưa báo cáo).` };
}

/** Money in triệu: a real number, never text (vi-VN and en-US read "1.234" differently); empty is not allowed. */
function amountFrom(cell: CellRead): Parsed<string> {
  if (cell.kind === "empty") return { ok: false, message: "chưa nhập số tiền (triệu đồng)." };
  const money = moneyFrom(cell);
  return money.ok ? { ok: true, value: money.value.text } : money;
}

/** GSO codes are two digits; a code typed as a number loses its leading zero ("1" → "01"). */
function codeFrom(cell: CellRead): Parsed<string> {
  if (cell.kind === "number" && Number.isInteger(cell.value) && cell.value >= 0 && cell.value < 100) return { ok: true, value: String(cell.value).padStart(2, "0") };
  const text = textFrom(cell);
  if (text.ok && !text.value) return { ok: false, message: "chưa nhập mã tỉnh." };
  return text;
}

const READERS: Partial<Record<SheetKey, (c: CellRead) => Parsed<unknown>>> = {
  provinceCode: codeFrom,
  year: yearFrom,
  period: periodFrom,
  source: sourceFrom,
  planAmount: amountFrom,
  executedAmount: amountFrom,
  note: textFrom,
};

const fieldOf = (key: SheetKey): RowField | null => (key === "provinceCode" ? "province" : key === "seq" || key === "provinceName" ? null : key);

type Unit = { said: string; text: string };

function findHeader(ws: ExcelJS.Worksheet): { row: number; columns: Partial<Record<SheetKey, number>>; unit: Unit | null } | null {
  let unit: Unit | null = null;
  let headerUnit: Unit | null = null;
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, ws.rowCount); r++) {
    const columns: Partial<Record<SheetKey, number>> = {};
    ws.findRow(r)?.eachCell((cell, column) => {
      const read = readCell(cell);
      if (read.kind !== "text") return;
      const said = unitOfLine(read.text);
      if (said !== null) unit ??= { said, text: read.text.trim() };
      const key = matchHeader(read.text);
      // "Kinh phí thực hiện (đồng)": a unit in a money header must agree with the unit line.
      const hint = /\(([^)]*)\)/.exec(read.text)?.[1];
      if (key && columnOf(key).money && hint && /dong/.test(toSearchText(hint)) && toSearchText(hint) !== "trieu dong") headerUnit ??= { said: toSearchText(hint), text: read.text.trim() };
      if (key && columns[key] === undefined) columns[key] = column;
    });
    if (columns.provinceCode !== undefined && columns.executedAmount !== undefined) return { row: r, columns, unit: headerUnit ?? unit };
  }
  return null;
}

function readRow(row: ExcelJS.Row, line: number, columns: Partial<Record<SheetKey, number>>): SheetEntry | null {
  const cells = Object.entries(columns).map(([key, column]) => [key as SheetKey, column, readCell(row.getCell(column))] as const);
  // A template row whose figures are all blank is a province that has not been filled in: skipped.
  if (cells.every(([key, , c]) => ["seq", "provinceCode", "provinceName", "year", "period", "source"].includes(key) || c.kind === "empty")) return null;
  const raw: Record<string, unknown> = { unit: "trieu" };
  const cellIssues: RowIssue[] = [];
  for (const [key, column, cell] of cells) {
    if (key === "seq" || key === "provinceName") continue;
    const read = READERS[key] ?? countFrom;
    const parsed = read(cell);
    if (parsed.ok) raw[key] = parsed.value;
    else {
      const text = `${cellRef(line, key, column)}: ${parsed.message}`;
      cellIssues.push({ field: fieldOf(key), message: text, ref: verbatim(text) });
    }
  }
  return { line, raw, cellIssues, cells: Object.fromEntries(cells.map(([key, , c]) => [key, c])) };
}

/** Checks the bytes, the unit line and the header, then reads every data row. */
export async function readPeriodicWorkbook(bytes: Uint8Array): Promise<PeriodicSheet> {
  const workbook = await loadCheckedWorkbook(bytes);
  for (const ws of workbook.worksheets) {
    const header = findHeader(ws);
    if (!header) continue;
    const missing = REQUIRED_KEYS.filter((k) => header.columns[k] === undefined);
    if (missing.length) throw fileError("errors.periodicReports.missingColumns", { row: String(header.row), names: missing.map((k) => `"${SHEET_COLUMNS.find((c) => c.key === k)!.header}"`).join(", ") });
    if (header.unit === null) throw fileError("errors.periodicReports.unitMissing");
    if (header.unit.said !== "trieu dong") throw fileError("errors.periodicReports.unitWrong", { unit: header.unit.text.slice(0, 80) });
    const rows: SheetEntry[] = [];
    for (let r = header.row + 1; r <= ws.rowCount; r++) {
      const row = ws.findRow(r);
      const entry = row ? readRow(row, r, header.columns) : null;
      if (!entry) continue;
      rows.push(entry);
      if (rows.length > MAX_ROWS) throw fileError("errors.periodicReports.tooManyRows", { count: formatInteger(ws.actualRowCount - header.row), max: formatInteger(MAX_ROWS) });
    }
    if (!rows.length) throw fileError("errors.periodicReports.noRows");
    return { columns: header.columns, rows };
  }
  throw fileError("errors.periodicReports.headerNotFound", { rows: String(HEADER_SEARCH_ROWS) });
}

/** A schema or database refusal of an uploaded row, reworded to name its row and column. */
export function locate(issue: RowIssue, line: number, columns: PeriodicSheet["columns"]): RowIssue {
  if (issue.message.startsWith("Dòng ")) return issue;
  const key: SheetKey | null = issue.field === "province" ? "provinceCode" : issue.field === "unit" || issue.field === null ? null : issue.field;
  // The column header names the field already; without a column the message keeps its own label.
  const why = (key && reasonOf(issue)) || issue.ref;
  const ref = message("errors.periodicReports.row.atCell", { cell: cellRef(line, key, key ? columns[key] : undefined), reason: why });
  return { field: issue.field, message: renderRef("vi", ref), ref };
}
