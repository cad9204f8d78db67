// The template an SCT fills in: the provinces of its scope in force at the period's cut-off (the
// 63 before the merger, the 34 after), one row per province × funding source, amounts blank.
import ExcelJS from "exceljs";
import { formatDate } from "../../format";
import { BORDER, writeText } from "../../xlsx/cell-write";
import { PERIOD_LABEL, type SubmittablePeriod } from "../periods";
import { HEADER_ROW, SHEET_COLUMNS, SUBTITLE, TITLE, UNIT_LINE, UNIT_ROW, FIRST_DATA_ROW } from "./layout";

export type TemplateProvince = { id: string; code: string; name: string };
export type TemplateInput = { year: number; period: SubmittablePeriod; cutOff: Date; provinces: readonly TemplateProvince[] };

export function templateFileName(year: number, period: SubmittablePeriod): string {
  return `bao-cao-dinh-ky-${year}-${period}.xlsx`;
}

export async function buildTemplateWorkbook(input: TemplateInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("Báo cáo định kỳ");
  ws.columns = SHEET_COLUMNS.map((c) => ({ width: c.width }));
  const last = SHEET_COLUMNS.length;
  ws.mergeCells(1, 1, 1, last);
  writeText(ws.getCell(1, 1), `${TITLE} ${PERIOD_LABEL[input.period].toUpperCase()} NĂM ${input.year}`);
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  ws.getCell(1, 1).alignment = { horizontal: "center" };
  ws.mergeCells(2, 1, 2, last);
  writeText(ws.getCell(2, 1), `${SUBTITLE} · Ngày cuối kỳ: ${formatDate(input.cutOff, true)}`);
  ws.getCell(2, 1).alignment = { horizontal: "center", wrapText: true };
  writeText(ws.getCell(UNIT_ROW, last), UNIT_LINE);
  ws.getCell(UNIT_ROW, last).font = { italic: true };
  const header = ws.getRow(HEADER_ROW);
  SHEET_COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    writeText(cell, c.header);
    cell.font = { bold: true };
    cell.border = BORDER;
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  });
  header.height = 45;
  let r = FIRST_DATA_ROW;
  for (const p of input.provinces) {
    for (const source of ["KCQG", "KCĐP"]) {
      const row = ws.getRow(r);
      const values: Record<string, string | number> = { seq: r - HEADER_ROW, provinceCode: p.code, provinceName: p.name, year: input.year, period: PERIOD_LABEL[input.period], source };
      SHEET_COLUMNS.forEach((c, i) => {
        const cell = row.getCell(i + 1);
        const v = values[c.key];
        if (typeof v === "number") cell.value = v;
        else if (typeof v === "string") writeText(cell, v);
        cell.border = BORDER;
      });
      r++;
    }
  }
  ws.views = [{ state: "frozen", ySplit: HEADER_ROW }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
