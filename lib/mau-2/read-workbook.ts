// Reads an uploaded Mẫu 2 workbook into rows of cells, keyed by column meaning. Nothing here
// knows about đề án rules; it only finds the table, skips what is not a đề án (empty rows, the
// column-numbering row, the totals row) and refuses files too large to check in one request.
import ExcelJS from "exceljs";
import { DomainError, type ErrorKey, type MessageParams } from "../errors";
import { formatInteger } from "../format";
import { MAU2_COLUMNS, REQUIRED_KEYS, type Mau2Key } from "./columns";
import { readCell, type CellRead } from "../xlsx/cells";
import { findHeaderRow, HEADER_SEARCH_ROWS, isNumberingLabel, isTotalsLabel, type HeaderMap } from "./headers";
import { loadCheckedWorkbook } from "../xlsx/load";

/** One request validates and saves at most this many đề án (5.000 rows commit in a few seconds, docs/decisions/015). */
export const MAX_IMPORT_ROWS = 5000;

export type SheetRow = { row: number; cells: Partial<Record<Mau2Key, CellRead>> };
export type Mau2Sheet = { header: HeaderMap; rows: SheetRow[] };

const fileError = (key: ErrorKey, params?: MessageParams) => new DomainError("VALIDATION", key, params);

function headerCandidates(ws: ExcelJS.Worksheet) {
  const rows: { row: number; texts: Map<number, string> }[] = [];
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, ws.rowCount); r++) {
    const texts = new Map<number, string>();
    ws.findRow(r)?.eachCell((cell, column) => {
      const read = readCell(cell);
      if (read.kind === "text") texts.set(column, read.text);
    });
    rows.push({ row: r, texts });
  }
  return rows;
}

function textOf(cell: CellRead | undefined): string {
  return cell?.kind === "text" ? cell.text : "";
}

function readRows(ws: ExcelJS.Worksheet, header: HeaderMap): SheetRow[] {
  const missing = REQUIRED_KEYS.filter((k) => header.columns[k] === undefined);
  if (missing.length) {
    const names = missing.map((k) => `"${MAU2_COLUMNS.find((c) => c.key === k)!.header}"`).join(", ");
    throw fileError("errors.imports.missingColumns", { row: String(header.row), names });
  }
  const mapped = Object.entries(header.columns) as [Mau2Key, number][];
  const rows: SheetRow[] = [];
  for (let r = header.row + 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    const cells: Partial<Record<Mau2Key, CellRead>> = {};
    for (const [key, column] of mapped) cells[key] = readCell(row.getCell(column));
    // Templates come with STT pre-numbered and formulas (=L6-M6) on blank lines: a row with no
    // typed value apart from STT is not a đề án.
    if (Object.entries(cells).every(([key, c]) => key === "seq" || c.kind === "empty" || c.kind === "formula")) continue;
    if ([cells.seq, cells.code, cells.title].some((c) => isTotalsLabel(textOf(c)))) continue;
    if (isNumberingLabel(textOf(cells.title)) && (cells.seq?.kind === "empty" || isNumberingLabel(textOf(cells.seq)) || cells.seq?.kind === "number")) continue;
    rows.push({ row: r, cells });
    if (rows.length > MAX_IMPORT_ROWS) {
      const approx = ws.actualRowCount - header.row;
      throw fileError("errors.imports.tooManyRows", { approx: formatInteger(approx), max: formatInteger(MAX_IMPORT_ROWS) });
    }
  }
  return rows;
}

/** Checks the bytes, loads the workbook and reads the first sheet that has a Mẫu 2 header. */
export async function readMau2Workbook(bytes: Uint8Array): Promise<Mau2Sheet> {
  const workbook = await loadCheckedWorkbook(bytes);
  for (const ws of workbook.worksheets) {
    const header = findHeaderRow(headerCandidates(ws));
    if (header) return { header, rows: readRows(ws, header) };
  }
  throw fileError("errors.imports.headerNotFound", { rows: String(HEADER_SEARCH_ROWS) });
}
