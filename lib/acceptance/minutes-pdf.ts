import "server-only";
// Biên bản nghiệm thu cơ sở (Mẫu 5a per location, 5b general, 5c by the Cục; TT 36/2013 Điều 14,
// 18.4, 21.1) in the layout of the appraisal minutes (lib/appraisals/minutes-pdf.ts): issuing body
// and national motto, title, place and date, parties, members, the lines accepted, the force
// majeure note, the conclusion and signature blocks. DejaVu fonts render Vietnamese.
import { formatAmount, formatDate } from "../format";
import { officialHeader, openOfficialDocument, placeAndDate, signatureBlocks } from "../pdf/official";
import type { AcceptanceMinutes } from "./queries";
import { citedContract } from "../contracts/document-name";

const TITLE = {
  MAU_5A: "BIÊN BẢN NGHIỆM THU CƠ SỞ TẠI ĐỊA ĐIỂM THỰC HIỆN (Mẫu 5a)",
  MAU_5B: "BIÊN BẢN NGHIỆM THU CƠ SỞ ĐỀ ÁN KHUYẾN CÔNG (Mẫu 5b)",
  MAU_5C: "BIÊN BẢN NGHIỆM THU ĐỀ ÁN KHUYẾN CÔNG (Mẫu 5c)",
} as const;
const ORGANISER_SIGN = { MAU_5A: "ĐẠI DIỆN SỞ CÔNG THƯƠNG", MAU_5B: "ĐẠI DIỆN SỞ CÔNG THƯƠNG", MAU_5C: "ĐẠI DIỆN CỤC" } as const;

/** Column x-offsets and widths of the lines table. */
const COLUMNS = [
  { header: "TT", width: 25, align: "center" },
  { header: "Nội dung", width: 175, align: "left" },
  { header: "ĐVT", width: 40, align: "center" },
  { header: "Khối lượng", width: 60, align: "right" },
  { header: "Kinh phí hỗ trợ (triệu đồng)", width: 90, align: "right" },
  { header: "Vốn đối ứng (triệu đồng)", width: 90, align: "right" },
] as const;

const quantity = (q: { toString(): string }) => q.toString().replace(".", ",");

/** The minutes are dated on the acceptance day. */
export async function buildAcceptanceMinutesPdf({ project, contract, acceptance }: AcceptanceMinutes): Promise<Buffer> {
  const page = openOfficialDocument({ title: `${TITLE[acceptance.form]} ${project.code}`, author: acceptance.organiserName }, 50);
  const { doc, left, width, done } = page;
  officialHeader(page, { issuer: acceptance.organiserName, placeDate: placeAndDate(acceptance.acceptedOn, project.province?.name ?? "Hà Nội") });

  doc.font("B").fontSize(12).text(TITLE[acceptance.form], left, doc.y, { width, align: "center" });
  doc.font("R").fontSize(10).text(`Đề án ${project.code}: ${project.title}`, { width, align: "center" });
  doc.moveDown();
  doc.text(`Ngày nghiệm thu: ${formatDate(acceptance.acceptedOn, true)}`, { width });
  if (contract) doc.text(`Căn cứ ${citedContract(contract)} ký ngày ${contract.signedOn ? formatDate(contract.signedOn, true) : "—"}`, { width });
  const place = [acceptance.beneficiary?.facility.name, acceptance.location].filter(Boolean).join(" – ");
  doc.text(`Địa điểm: ${place || "—"}`, { width });
  doc.moveDown(0.5);

  doc.font("B").fontSize(11).text("I. Các bên tham gia", { width });
  doc.font("R").fontSize(10).text(`Đơn vị tổ chức nghiệm thu: ${acceptance.organiserName}`, { width });
  doc.text(`Đơn vị thực hiện: ${project.implementerName}`, { width });
  doc.text("Thành phần:", { width });
  acceptance.members.split("\n").filter(Boolean).forEach((m, i) => doc.text(`${i + 1}. ${m}`, { width, indent: 10 }));
  doc.moveDown(0.5);

  doc.font("B").fontSize(11).text("II. Khối lượng, giá trị nghiệm thu", { width });
  if (acceptance.workVolume) doc.font("R").fontSize(10).text(acceptance.workVolume, { width });
  table(doc, left, acceptance);
  doc.moveDown(0.5);
  if (acceptance.forceMajeure) {
    doc.font("B").fontSize(10).text("Nghiệm thu theo khối lượng thực tế do bất khả kháng (TT 36/2013 Điều 18.4)", left, doc.y, { width });
    doc.font("R").text(`Lý do: ${acceptance.forceMajeureReason}`, { width });
    doc.text(acceptance.confirmedAt ? `Sở Công Thương đã xác nhận ngày ${formatDate(acceptance.confirmedAt)}.` : "Chờ Sở Công Thương xác nhận.", { width });
    doc.moveDown(0.5);
  }
  doc.font("B").fontSize(11).text("III. Kết luận", left, doc.y, { width });
  doc.font("R").fontSize(10).text(acceptance.conclusion || "—", { width });

  signatureBlocks(page, [{ title: "ĐẠI DIỆN ĐƠN VỊ THỰC HIỆN" }, { title: ORGANISER_SIGN[acceptance.form] }]);
  doc.end();
  return done;
}

function table(doc: PDFKit.PDFDocument, left: number, acceptance: AcceptanceMinutes["acceptance"]) {
  const rows: string[][] = acceptance.lines.map((l) => [String(l.seq), l.description, l.unit, quantity(l.quantityAccepted), formatAmount(l.supportValue, "trieu"), formatAmount(l.counterpartValue, "trieu")]);
  rows.push(["", "Tổng cộng", "", "", formatAmount(acceptance.acceptedValue, "trieu"), formatAmount(acceptance.counterpartValue, "trieu")]);
  const drawRow = (cells: readonly string[], bold: boolean) => {
    if (doc.y > doc.page.height - 90) doc.addPage();
    const y = doc.y + 2;
    let x = left;
    let bottom = y;
    doc.font(bold ? "B" : "R").fontSize(8.5);
    COLUMNS.forEach((c, i) => {
      doc.text(cells[i] ?? "", x + 2, y, { width: c.width - 4, align: c.align });
      bottom = Math.max(bottom, doc.y);
      x += c.width;
    });
    doc.moveTo(left, bottom + 2).lineTo(x, bottom + 2).lineWidth(0.5).stroke();
    doc.x = left;
    doc.y = bottom + 3;
  };
  doc.moveDown(0.3);
  drawRow(COLUMNS.map((c) => c.header), true);
  rows.forEach((r, i) => drawRow(r, i === rows.length - 1));
}
