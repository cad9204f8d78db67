// Mẫu số 2 (TT 36/2013/TT-BCT Phụ lục 1): Biểu tổng hợp chi tiết các đề án khuyến công đề nghị
// đăng ký kế hoạch, as a real .xlsx. Pure apart from exceljs: rows in, bytes out. Amounts are
// numbers in triệu đồng so the sheet can be summed; the "Mã đề án" column lets the file come
// back through the import and update the same đề án (import: read-workbook.ts).
import ExcelJS from "exceljs";
import type { ProjectKind } from "../db/generated/enums";
import { formatDate } from "../format";
import { sumDong, type Dong } from "../money";
import { HEADER_ROW, KIND_LABELS, MAU2_COLUMNS, SOURCE_LABELS, type Mau2Key } from "./columns";
import { BORDER, writeMoney, writeText } from "../xlsx/cell-write";
import { addMau2Sheet } from "./sheet-layout";

export type Mau2Row = {
  code: string;
  title: string;
  implementer: string;
  location: string;
  kind: ProjectKind;
  source: "KCQG" | "KCDP";
  contentCodes: string[];
  taxCodes: string[];
  planYear: number;
  endYear: number;
  totalCost: Dong;
  supportAmount: Dong;
  counterpartAmount: Dong;
  otherAmount: Dong;
  objectives: string;
  /** Status or remark, e.g. "Nháp". */
  note: string;
};

export type Mau2Document = { year: number; source: "KCQG" | "KCDP" | null; unitName: string; provinceName: string | null; exportedAt: Date; rows: readonly Mau2Row[] };

const SOURCE_TITLE = { KCQG: "KHUYẾN CÔNG QUỐC GIA", KCDP: "KHUYẾN CÔNG ĐỊA PHƯƠNG" } as const;
const MONEY_KEYS = ["totalCost", "supportAmount", "counterpartAmount", "otherAmount"] as const;
const col = (key: Mau2Key) => MAU2_COLUMNS.findIndex((c) => c.key === key) + 1;

export function mau2Title(year: number, source: "KCQG" | "KCDP" | null): string {
  return `BIỂU TỔNG HỢP CHI TIẾT CÁC ĐỀ ÁN ${source ? SOURCE_TITLE[source] : "KHUYẾN CÔNG"} ĐỀ NGHỊ ĐĂNG KÝ KẾ HOẠCH NĂM ${year}`;
}

export function mau2FileName(year: number, source: "KCQG" | "KCDP" | null): string {
  return `mau-2-dang-ky-${year}${source ? `-${source.toLowerCase()}` : ""}.xlsx`;
}

function writeRow(ws: ExcelJS.Worksheet, rowNumber: number, seq: number, r: Mau2Row): void {
  const row = ws.getRow(rowNumber);
  row.getCell(col("seq")).value = seq;
  const texts: [Mau2Key, string][] = [
    ["code", r.code],
    ["title", r.title],
    ["implementer", r.implementer],
    ["location", r.location],
    ["kind", KIND_LABELS[r.kind]],
    ["source", SOURCE_LABELS[r.source]],
    ["contents", r.contentCodes.join("; ")],
    ["beneficiaries", r.taxCodes.join("; ")],
    ["objectives", r.objectives],
    ["note", r.note],
  ];
  for (const [key, text] of texts) writeText(row.getCell(col(key)), text);
  row.getCell(col("planYear")).value = r.planYear;
  row.getCell(col("endYear")).value = r.endYear;
  for (const key of MONEY_KEYS) writeMoney(row.getCell(col(key)), r[key]);
}

function styleBody(ws: ExcelJS.Worksheet, from: number, to: number): void {
  for (let r = from; r <= to; r++) {
    MAU2_COLUMNS.forEach((c, i) => {
      const cell = ws.getRow(r).getCell(i + 1);
      cell.border = BORDER;
      cell.alignment = { vertical: "top", wrapText: Boolean(c.wrap), horizontal: c.money ? "right" : c.key === "seq" || c.key === "planYear" || c.key === "endYear" ? "center" : "left" };
    });
  }
}

export async function buildMau2Workbook(doc: Mau2Document): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = doc.unitName;
  workbook.created = doc.exportedAt;
  const place = doc.provinceName ? `Tỉnh, thành phố: ${doc.provinceName} · ` : "";
  const ws = addMau2Sheet(workbook, "Mẫu 2", {
    unitName: doc.unitName,
    title: mau2Title(doc.year, doc.source),
    subtitle: `(${place}Nguồn: ${doc.source ? SOURCE_LABELS[doc.source] : "KCQG và KCĐP"} · Xuất ngày ${formatDate(doc.exportedAt)})`,
  });
  const first = HEADER_ROW + 1;
  doc.rows.forEach((r, i) => writeRow(ws, first + i, i + 1, r));
  const totalsRow = first + doc.rows.length;
  const totals = ws.getRow(totalsRow);
  totals.getCell(col("title")).value = "Tổng cộng";
  for (const key of MONEY_KEYS) writeMoney(totals.getCell(col(key)), sumDong(doc.rows.map((r) => r[key])));
  totals.font = { bold: true };
  styleBody(ws, first, totalsRow);
  if (doc.rows.length) ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: totalsRow - 1, column: MAU2_COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
