// The printed shape shared by every Mẫu 2 workbook we write (the export and the rejected-rows
// file): title block, "Đơn vị tính: triệu đồng", bordered header on row 5 (frozen, repeated on
// each printed page), A4 landscape fitted to the page width. Works on the in-memory Workbook (the
// rejected-rows file) and on the streaming WorkbookWriter (the export): it only adds rows 1–5,
// the merges and the column widths, all before the first data row is committed.
import type ExcelJS from "exceljs";
import { BORDER, writeText } from "../xlsx/cell-write";
import { HEADER_ROW, MAU2_COLUMNS } from "./columns";

export type TitleBlock = { unitName: string; title: string; subtitle: string };
export type ExtraColumn = { header: string; width: number };

export function addMau2Sheet(workbook: ExcelJS.Workbook | ExcelJS.stream.xlsx.WorkbookWriter, name: string, block: TitleBlock, extra: readonly ExtraColumn[] = []): ExcelJS.Worksheet {
  const columns = [...MAU2_COLUMNS.map((c) => ({ header: c.header, width: c.width })), ...extra];
  const last = columns.length;
  const ws = workbook.addWorksheet(name, {
    views: [{ state: "frozen", ySplit: HEADER_ROW, xSplit: 0 }],
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 } },
  });
  ws.pageSetup.printTitlesRow = `${HEADER_ROW}:${HEADER_ROW}`;
  columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));

  ws.mergeCells(1, 1, 1, 5);
  writeText(ws.getCell(1, 1), block.unitName.toLocaleUpperCase("vi-VN"));
  ws.getCell(1, 1).font = { bold: true };
  ws.mergeCells(1, last - 2, 1, last);
  ws.getCell(1, last - 2).value = "Mẫu số 2";
  ws.getCell(1, last - 2).alignment = { horizontal: "right" };
  ws.getCell(1, last - 2).font = { italic: true };
  ws.mergeCells(2, 1, 2, last);
  writeText(ws.getCell(2, 1), block.title);
  ws.getCell(2, 1).font = { bold: true, size: 13 };
  ws.getCell(2, 1).alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  ws.getRow(2).height = 36;
  ws.mergeCells(3, 1, 3, last);
  writeText(ws.getCell(3, 1), block.subtitle);
  ws.getCell(3, 1).font = { italic: true };
  ws.getCell(3, 1).alignment = { horizontal: "center" };
  ws.mergeCells(4, 1, 4, last);
  ws.getCell(4, 1).value = "Đơn vị tính: triệu đồng";
  ws.getCell(4, 1).font = { italic: true };
  ws.getCell(4, 1).alignment = { horizontal: "right" };

  const header = ws.getRow(HEADER_ROW);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
    cell.border = BORDER;
  });
  header.height = 48;
  return ws;
}
