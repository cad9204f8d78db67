// The periodic-report sheet as written: title, subtitle, the unit line, the header. The template
// and the rejected-rows file share it, so a rejected-rows file can be fixed and uploaded again.
import type ExcelJS from "exceljs";
import { BORDER, writeText } from "../../xlsx/cell-write";
import { HEADER_ROW, SHEET_COLUMNS, UNIT_LINE, UNIT_ROW } from "./layout";

export const REASON_HEADER = "Lý do";

export function addPeriodicSheet(workbook: ExcelJS.Workbook, name: string, title: string, subtitle: string, extra: { header: string; width: number }[] = []): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(name);
  const columns = [...SHEET_COLUMNS, ...extra];
  ws.columns = columns.map((c) => ({ width: c.width }));
  const last = SHEET_COLUMNS.length;
  ws.mergeCells(1, 1, 1, columns.length);
  writeText(ws.getCell(1, 1), title);
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  ws.getCell(1, 1).alignment = { horizontal: "center" };
  ws.mergeCells(2, 1, 2, columns.length);
  writeText(ws.getCell(2, 1), subtitle);
  ws.getCell(2, 1).alignment = { horizontal: "center", wrapText: true };
  writeText(ws.getCell(UNIT_ROW, last), UNIT_LINE);
  ws.getCell(UNIT_ROW, last).font = { italic: true };
  const header = ws.getRow(HEADER_ROW);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    writeText(cell, c.header);
    cell.font = { bold: true };
    cell.border = BORDER;
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  });
  header.height = 45;
  ws.views = [{ state: "frozen", ySplit: HEADER_ROW }];
  return ws;
}
