// A report table as .xlsx, written with exceljs's streaming WorkbookWriter: each row is committed
// (serialised and released) as soon as it is written, so a province × content table never sits in
// memory as a whole workbook model. Amounts are numbers of tỷ, exact to the đồng (cell-write.ts),
// shown with three decimals like the conference reports; percentages are fractions shown as
// "0.00%"; text is neutralised against formula injection. Above the header: title, subtitle, the
// unit, the cut-off, "số liệu tính đến", the basis and the data-path note; below: the notes.
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { BORDER, writeMoney, writeText } from "../../xlsx/cell-write";
import type { ReportTable, TableCell, TableColumn } from "./table";

/** Tỷ to the triệu on screen; the stored value keeps every đồng. */
const TY_DISPLAY_DECIMALS = 3;
const WIDTH: Record<TableColumn["kind"], number> = { seq: 5, label: 34, money: 14, percent: 12, count: 10, text: 24 };

function writeCell(cell: ExcelJS.Cell, value: TableCell, column: TableColumn): void {
  switch (value.kind) {
    case "money":
      writeMoney(cell, value.amount, "ty", TY_DISPLAY_DECIMALS);
      break;
    case "percent":
      cell.value = Number(value.bp) / 10_000;
      cell.numFmt = "0.00%";
      break;
    case "count":
      cell.value = value.value;
      cell.numFmt = "#,##0";
      break;
    case "text":
      writeText(cell, value.text);
  }
  const numeric = column.kind === "money" || column.kind === "percent" || column.kind === "count";
  cell.alignment = { vertical: "top", wrapText: column.kind === "label" || column.kind === "text", horizontal: column.kind === "seq" ? "center" : numeric ? "right" : "left" };
  cell.border = BORDER;
}

async function writeWorkbook(table: ReportTable, stream: PassThrough): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  const width = table.columns.length;
  const top = [table.title, table.subtitle, table.unit, ...table.meta];
  const headerRow = top.length + 2;
  const sheet = workbook.addWorksheet(table.sheetName, { views: [{ state: "frozen", xSplit: 2, ySplit: headerRow }] });
  sheet.columns = table.columns.map((c) => ({ key: c.key, width: WIDTH[c.kind] }));

  top.forEach((text, i) => {
    const row = sheet.getRow(i + 1);
    writeText(row.getCell(1), text);
    row.getCell(1).font = { bold: i < 2, italic: i === 2, size: i === 0 ? 13 : 11 };
    if (i < 2) row.getCell(1).alignment = { horizontal: "center" };
    sheet.mergeCells(i + 1, 1, i + 1, width);
    row.commit();
  });

  const header = sheet.getRow(headerRow);
  table.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    writeText(cell, c.header);
    cell.font = { bold: true };
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    cell.border = BORDER;
  });
  header.height = 48;
  header.commit();

  table.rows.forEach((r, i) => {
    const row = sheet.getRow(headerRow + 1 + i);
    r.cells.forEach((value, j) => writeCell(row.getCell(j + 1), value, table.columns[j]!));
    if (r.role !== "line") row.font = { bold: r.role === "total", italic: r.role === "context" };
    row.commit();
  });

  const notesFrom = headerRow + table.rows.length + 2;
  table.notes.forEach((note, i) => {
    const row = sheet.getRow(notesFrom + i);
    writeText(row.getCell(1), note);
    row.getCell(1).font = { italic: true };
    row.commit();
  });
  await sheet.commit();
  await workbook.commit();
}

export async function reportXlsx(table: ReportTable): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on("end", resolve);
    stream.on("error", reject);
  });
  await writeWorkbook(table, stream);
  await ended;
  return Buffer.concat(chunks);
}
