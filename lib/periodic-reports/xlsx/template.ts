// The template an SCT fills in: the provinces of its scope in force at the period's cut-off (the
// 63 before the merger, the 34 after), one row per province × funding source, amounts blank.
import ExcelJS from "exceljs";
import { formatDate } from "../../format";
import { BORDER, writeText } from "../../xlsx/cell-write";
import { PERIOD_LABEL, type SubmittablePeriod } from "../periods";
import { FIRST_DATA_ROW, HEADER_ROW, SHEET_COLUMNS, SUBTITLE, TITLE } from "./layout";
import { addPeriodicSheet } from "./sheet";

export type TemplateProvince = { id: string; code: string; name: string };
export type TemplateInput = { year: number; period: SubmittablePeriod; cutOff: Date; provinces: readonly TemplateProvince[] };

export function templateFileName(year: number, period: SubmittablePeriod): string {
  return `bao-cao-dinh-ky-${year}-${period}.xlsx`;
}

export async function buildTemplateWorkbook(input: TemplateInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = addPeriodicSheet(workbook, "Báo cáo định kỳ", `${TITLE} ${PERIOD_LABEL[input.period].toUpperCase()} NĂM ${input.year}`, `${SUBTITLE} · Ngày cuối kỳ: ${formatDate(input.cutOff, true)}`);
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
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
