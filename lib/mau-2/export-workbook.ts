// Mẫu số 2 (TT 36/2013/TT-BCT Phụ lục 1): Biểu tổng hợp chi tiết các đề án khuyến công đề nghị
// đăng ký kế hoạch, as a real .xlsx. Pure apart from exceljs: batches of rows in, a byte stream
// out. Written with exceljs's streaming WorkbookWriter (docs/decisions/059): each row is committed
// as it is written and the totals are summed on the way, so a national export of 10 000 đề án
// never sits in memory as a workbook model. Amounts are numbers in triệu đồng so the sheet can be
// summed; the "Mã đề án" column lets the file come back through the import and update the same
// đề án (import: read-workbook.ts).
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import type { ProjectKind } from "../db/generated/enums";
import { formatDate } from "../format";
import type { Dong } from "../money";
import { HEADER_ROW, KIND_LABELS, MAU2_COLUMNS, SOURCE_LABELS, type Mau2Key } from "./columns";
import { BORDER, writeMoney, writeText } from "../xlsx/cell-write";
import { roomIn, toWebStream } from "../xlsx/stream";
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

/** What the title block says; the rows come separately, in batches. */
export type Mau2Head = { year: number; source: "KCQG" | "KCDP" | null; unitName: string; provinceName: string | null; exportedAt: Date };

const SOURCE_TITLE = { KCQG: "KHUYẾN CÔNG QUỐC GIA", KCDP: "KHUYẾN CÔNG ĐỊA PHƯƠNG" } as const;
const MONEY_KEYS = ["totalCost", "supportAmount", "counterpartAmount", "otherAmount"] as const;
const col = (key: Mau2Key) => MAU2_COLUMNS.findIndex((c) => c.key === key) + 1;

export function mau2Title(year: number, source: "KCQG" | "KCDP" | null): string {
  return `BIỂU TỔNG HỢP CHI TIẾT CÁC ĐỀ ÁN ${source ? SOURCE_TITLE[source] : "KHUYẾN CÔNG"} ĐỀ NGHỊ ĐĂNG KÝ KẾ HOẠCH NĂM ${year}`;
}

export function mau2FileName(year: number, source: "KCQG" | "KCDP" | null): string {
  return `mau-2-dang-ky-${year}${source ? `-${source.toLowerCase()}` : ""}.xlsx`;
}

function writeRow(row: ExcelJS.Row, seq: number, r: Mau2Row): void {
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

function styleRow(row: ExcelJS.Row): void {
  MAU2_COLUMNS.forEach((c, i) => {
    const cell = row.getCell(i + 1);
    cell.border = BORDER;
    cell.alignment = { vertical: "top", wrapText: Boolean(c.wrap), horizontal: c.money ? "right" : c.key === "seq" || c.key === "planYear" || c.key === "endYear" ? "center" : "left" };
  });
}

/**
 * Writes the workbook into `out` and ends it. Between batches it waits while `out` is full, so a
 * slow download slows the reading of đề án rather than filling memory.
 */
export async function writeMau2Workbook(head: Mau2Head, batches: AsyncIterable<readonly Mau2Row[]>, out: PassThrough): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = head.unitName;
  workbook.created = head.exportedAt;
  const place = head.provinceName ? `Tỉnh, thành phố: ${head.provinceName} · ` : "";
  const ws = addMau2Sheet(workbook, "Mẫu 2", {
    unitName: head.unitName,
    title: mau2Title(head.year, head.source),
    subtitle: `(${place}Nguồn: ${head.source ? SOURCE_LABELS[head.source] : "KCQG và KCĐP"} · Xuất ngày ${formatDate(head.exportedAt)})`,
  });
  const sums = Object.fromEntries(MONEY_KEYS.map((k) => [k, 0n])) as Record<(typeof MONEY_KEYS)[number], Dong>;
  let written = 0;
  for await (const batch of batches) {
    for (const r of batch) {
      const row = ws.getRow(HEADER_ROW + 1 + written);
      written++;
      writeRow(row, written, r);
      styleRow(row);
      row.commit();
      for (const key of MONEY_KEYS) sums[key] += r[key];
    }
    await roomIn(out);
  }
  const totals = ws.getRow(HEADER_ROW + 1 + written);
  totals.getCell(col("title")).value = "Tổng cộng";
  for (const key of MONEY_KEYS) writeMoney(totals.getCell(col(key)), sums[key]);
  totals.font = { bold: true };
  styleRow(totals);
  totals.commit();
  if (written) ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW + written, column: MAU2_COLUMNS.length } };
  ws.commit();
  await workbook.commit();
}

/**
 * The workbook as a web stream, written as it is read. A failure while writing (a batch that
 * cannot be read, a cancelled download) errors the stream and is passed to `onError`.
 */
export function mau2WorkbookStream(head: Mau2Head, batches: AsyncIterable<readonly Mau2Row[]>, onError: (error: unknown) => void = () => undefined): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  writeMau2Workbook(head, batches, out).catch((error: unknown) => {
    if (!out.destroyed) onError(error);
    out.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return toWebStream(out);
}
