import "server-only";
// The official layout every PDF of the programme shares (Nghị định 30/2020/NĐ-CP): an A4 document
// with DejaVu fonts registered as R, B and I (pdfkit's own fonts cannot render Vietnamese), the
// header with the issuing body on the left and the national motto on the right, and the two
// signature blocks at the end. Contracts, acceptance, liquidation and appraisal minutes use it.
import PDFDocument from "pdfkit";
import { formatIsoDay, vietnamDayOf } from "../calendar";
import { fontPath } from "./fonts";

export type PdfDoc = InstanceType<typeof PDFDocument>;
export type OfficialDocument = { doc: PdfDoc; left: number; width: number; done: Promise<Buffer> };

/** "Hà Nội, ngày 05 tháng 11 năm 2026" in Asia/Ho_Chi_Minh. */
export function placeAndDate(at: Date, place = "Hà Nội"): string {
  const [year, month, day] = formatIsoDay(vietnamDayOf(at)).split("-");
  return `${place}, ngày ${day} tháng ${month} năm ${year}`;
}

/**
 * The body above a provincial issuer (an SCT) and the place it dates its documents at, from its
 * province: "ỦY BAN NHÂN DÂN TỈNH THANH HÓA" / "Thanh Hóa"; a centrally-run city is a "THÀNH PHỐ"
 * ("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"). Hồ Chí Minh is always written "Thành phố Hồ Chí Minh".
 */
export function provincialAuthority(province: { name: string; central: boolean }): { governingBody: string; place: string } {
  const kind = province.central ? "THÀNH PHỐ" : "TỈNH";
  const place = province.name === "Hồ Chí Minh" ? "Thành phố Hồ Chí Minh" : province.name;
  return { governingBody: `ỦY BAN NHÂN DÂN ${kind} ${province.name.toLocaleUpperCase("vi")}`, place };
}

/**
 * A4 with the official margins; `done` resolves to the bytes once the caller ends the document.
 * `bufferPages` keeps every page open until the end, for a footer that needs the page count.
 */
export function openOfficialDocument(info: { title: string; author?: string; bufferPages?: boolean }, left = 60): OfficialDocument {
  const doc = new PDFDocument({ size: "A4", bufferPages: info.bufferPages ?? false, margins: { top: 50, bottom: 50, left, right: 50 }, info: { Title: info.title, ...(info.author ? { Author: info.author } : {}) } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.registerFont("R", fontPath("DejaVuSans.ttf"));
  doc.registerFont("B", fontPath("DejaVuSans-Bold.ttf"));
  doc.registerFont("I", fontPath("DejaVuSans-Oblique.ttf"));
  return { doc, left, width: doc.page.width - left - 50, done };
}

/**
 * The header: on the left the governing body (regular, may be empty), the issuer (bold, upper case)
 * and the number; on the right "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", the motto and place and date.
 */
export function officialHeader(page: OfficialDocument, header: { governingBody?: string; issuer: string; number?: string; placeDate?: string }): void {
  const { doc, left, width } = page;
  const half = width / 2;
  const top = doc.y;
  if (header.governingBody !== undefined) doc.font("R").fontSize(9).text(header.governingBody, left, top, { width: half - 10, align: "center" });
  doc.font("B").fontSize(9).text(header.issuer.toUpperCase(), left, header.governingBody !== undefined ? doc.y : top, { width: half - 10, align: "center" });
  if (header.number) doc.font("R").text(`Số: ${header.number}`, { width: half - 10, align: "center" });
  const leftBottom = doc.y;
  doc.font("B").fontSize(9).text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", left + half, top, { width: half, align: "center" });
  doc.font("B").text("Độc lập - Tự do - Hạnh phúc", { width: half, align: "center", underline: true });
  if (header.placeDate) doc.moveDown(0.5).font("R").fontSize(9).text(header.placeDate, { width: half, align: "center" });
  doc.x = left;
  doc.y = Math.max(doc.y, leftBottom) + 20;
}

export type SignatureParty = { title: string; note?: string; name?: string };

/** Two signature blocks side by side (left, right), on a new page when too little room is left. */
export function signatureBlocks(page: OfficialDocument, parties: readonly [SignatureParty, SignatureParty]): void {
  const { doc, left, width } = page;
  const half = width / 2;
  doc.moveDown(2);
  if (doc.y > doc.page.height - 160) doc.addPage();
  const top = doc.y;
  parties.forEach((party, i) => {
    doc.font("B").fontSize(10).text(party.title, left + i * half, top, { width: half, align: "center" });
    doc.font("R").fontSize(9).text(party.note ?? "(Ký, ghi rõ họ tên, đóng dấu)", { width: half, align: "center" });
    if (party.name) doc.moveDown(3).font("B").fontSize(10).text(party.name, { width: half, align: "center" });
  });
}
