import "server-only";
// Phụ lục (annex) of a plan decision: danh mục đề án, nhiệm vụ kèm theo quyết định, as .xlsx
// (exceljs) and PDF (pdfkit with DejaVu, since the built-in PDF fonts cannot render Vietnamese).
// Amounts in triệu đồng, with a totals row (reference §7: the unit is always stated).
import { fontPath } from "../pdf/fonts";
import { drawTable, type PdfColumn, type PdfRow } from "../pdf/table";
import ExcelJS from "exceljs";
import PDFDocument from "pdfkit";
import type { Actor } from "../auth/actor";
import type { CalendarDay } from "../calendar";
import { DomainError } from "../errors";
import { formatDate, toMoneyInput } from "../format";
import { BORDER, writeMoney, writeText } from "../xlsx/cell-write";
import type { Dong } from "../money";
import { getPlan } from "./plan-view";

export type AnnexRow = { code: string; title: string; implementer: string; location: string; amount: Dong };
export type AnnexDoc = { title: string; subtitle: string; rows: AnnexRow[]; total: Dong; fileBase: string };

export async function loadAnnex(actor: Actor, planId: string, asOf: CalendarDay): Promise<AnnexDoc> {
  const plan = await getPlan(actor, planId, asOf);
  // Before the first decision takes effect there is no annex: say so rather than print an empty
  // list under a "draft" heading (an issued plan has no draft).
  if (plan.status === "ISSUED" && plan.shownVersionNo === null) {
    const first = plan.firstEffectiveOn ? formatDate(plan.firstEffectiveOn, true) : "";
    throw new DomainError("NOT_FOUND", "errors.plans.noVersionInForce", { date: formatDate(asOf, true), hasFirst: first ? "yes" : "no", first });
  }
  const version = plan.versions.find((v) => v.versionNo === plan.shownVersionNo);
  const national = plan.level === "NATIONAL";
  const d = version?.decision;
  const signerBody = national ? "của Bộ trưởng Bộ Công Thương" : "của Chủ tịch Ủy ban nhân dân tỉnh";
  const subtitle = d ? `(Kèm theo Quyết định số ${d.number}/${d.symbol} ngày ${formatDate(d.issuedOn, true)} ${signerBody})` : "(Dự thảo, chưa ban hành)";
  return {
    title: `DANH MỤC ĐỀ ÁN, NHIỆM VỤ KHUYẾN CÔNG ${national ? "QUỐC GIA" : "ĐỊA PHƯƠNG"} NĂM ${plan.planYear}${plan.province ? ` – ${plan.province.name.toUpperCase()}` : ""}`,
    subtitle,
    rows: plan.items.map((i) => ({ code: i.code ?? "", title: i.title, implementer: i.implementer, location: i.location, amount: i.amount })),
    total: plan.total,
    fileBase: `phu-luc-ke-hoach-${plan.planYear}-${plan.fundingSource.code.toLowerCase()}${plan.shownVersionNo ? `-v${plan.shownVersionNo}` : "-du-thao"}`,
  };
}

// The đề án code lets the annex be matched to the đề án records; nhiệm vụ have none.
const HEADERS = ["STT", "Mã đề án", "Tên đề án, nhiệm vụ", "Đơn vị thực hiện", "Địa điểm", "Kinh phí"] as const;
const LAST = HEADERS.length;
const UNIT = "Đơn vị tính: triệu đồng";

export async function buildAnnexXlsx(doc: AnnexDoc): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Phụ lục", { pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "4:4" } });
  ws.columns = [{ width: 6 }, { width: 18 }, { width: 56 }, { width: 34 }, { width: 26 }, { width: 14 }];
  const centred = (r: number, text: string, bold: boolean) => {
    ws.mergeCells(r, 1, r, LAST);
    const cell = ws.getCell(r, 1);
    cell.value = text;
    cell.font = { name: "Times New Roman", size: 13, bold, italic: !bold };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  };
  centred(1, doc.title, true);
  centred(2, doc.subtitle, false);
  ws.getCell(3, LAST).value = UNIT;
  ws.getCell(3, LAST).alignment = { horizontal: "right" };
  ws.getCell(3, LAST).font = { name: "Times New Roman", italic: true };
  // Titles and names are typed by users: written through writeText, so a leading "=" stays text.
  const put = (no: number | null, texts: readonly string[], amount: Dong | null, bold = false) => {
    const row = ws.addRow([]);
    if (no !== null) row.getCell(1).value = no;
    texts.forEach((text, i) => writeText(row.getCell(i + 2), text));
    if (amount !== null) writeMoney(row.getCell(LAST), amount);
    for (let col = 1; col <= LAST; col++) {
      const cell = row.getCell(col);
      cell.border = BORDER;
      cell.font = { name: "Times New Roman", size: 12, bold };
      cell.alignment = { vertical: "top", wrapText: true, horizontal: col === LAST ? "right" : col === 1 ? "center" : "left" };
    }
  };
  const headerRow = ws.addRow([...HEADERS]);
  headerRow.eachCell((cell) => {
    cell.border = BORDER;
    cell.font = { name: "Times New Roman", size: 12, bold: true };
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  });
  doc.rows.forEach((r, i) => put(i + 1, [r.code, r.title, r.implementer, r.location], r.amount));
  put(null, ["", "Tổng cộng", "", ""], doc.total, true);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const PDF_COLUMNS: PdfColumn[] = [
  { header: "STT", width: 30, align: "center" },
  { header: "Mã đề án", width: 90, align: "left" },
  { header: "Tên đề án, nhiệm vụ", width: 260, align: "left" },
  { header: "Đơn vị thực hiện", width: 160, align: "left" },
  { header: "Địa điểm", width: 120, align: "left" },
  { header: "Kinh phí", width: 70, align: "right" },
];

/** The PDF annex; lib/pdf/table.ts repeats the header row on every page the list runs onto. */
export async function buildAnnexPdf(doc: AnnexDoc): Promise<Buffer> {
  const pdf = new PDFDocument({ size: "A4", layout: "landscape", margin: 36 });
  pdf.registerFont("R", fontPath("DejaVuSans.ttf"));
  pdf.registerFont("B", fontPath("DejaVuSans-Bold.ttf"));
  pdf.registerFont("I", fontPath("DejaVuSans-Oblique.ttf"));
  const chunks: Buffer[] = [];
  pdf.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => pdf.on("end", () => resolve(Buffer.concat(chunks))));
  const left = pdf.page.margins.left;
  pdf.font("B").fontSize(12).text(doc.title, { align: "center" });
  pdf.font("R").fontSize(10).text(doc.subtitle, { align: "center" }).moveDown(0.5);
  pdf.text(UNIT, { align: "right" }).moveDown(0.3);
  const rows: PdfRow[] = [
    ...doc.rows.map((r, i) => ({ cells: [String(i + 1), r.code, r.title, r.implementer, r.location, toMoneyInput(r.amount)] })),
    { cells: ["", "", "Tổng cộng", "", "", toMoneyInput(doc.total)], bold: true },
  ];
  drawTable(pdf, left, PDF_COLUMNS, rows, 9);
  pdf.end();
  return done;
}
