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

/** The period in a file name, Vietnamese without diacritics (bao-cao-dinh-ky-2026-ca-nam.xlsx). */
const PERIOD_SLUG: Record<SubmittablePeriod, string> = { Q1: "3-thang", H1: "6-thang", M9: "9-thang", M11: "11-thang", YEAR: "ca-nam" };

export function templateFileName(year: number, period: SubmittablePeriod): string {
  return `bao-cao-dinh-ky-${year}-${PERIOD_SLUG[period]}.xlsx`;
}

/** "… 6 THÁNG NĂM 2026", "… CẢ NĂM 2026" (the whole year already says NĂM once). */
export function templateTitle(year: number, period: SubmittablePeriod): string {
  return period === "YEAR" ? `${TITLE} CẢ NĂM ${year}` : `${TITLE} ${PERIOD_LABEL[period].toUpperCase()} NĂM ${year}`;
}

export async function buildTemplateWorkbook(input: TemplateInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = addPeriodicSheet(workbook, "Báo cáo định kỳ", templateTitle(input.year, input.period), `${SUBTITLE} · Ngày cuối kỳ: ${formatDate(input.cutOff, true)}`);
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
