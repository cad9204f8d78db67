import "server-only";
// The contract (or task assignment, or support contract) with its payment schedule as a PDF in
// the official layout (Nghị định 30/2020/NĐ-CP): issuing party and national motto, number, place
// and date, legal bases, the parties, the clauses (content, value in figures and words, duration,
// schedule with documents, other terms, amendments), and both signature blocks. DejaVu fonts render
// Vietnamese (lib/pdf/fonts.ts), as the appraisal minutes do (lib/appraisals/minutes-pdf.ts).
import { formatDate, formatInteger, formatMoney, formatRateBp } from "../format";
import { officialHeader, openOfficialDocument, placeAndDate, signatureBlocks, type OfficialDocument, type PdfDoc as Doc } from "../pdf/official";
import { dongInWords } from "../pdf/in-words";
import type { ContractDetail } from "./queries";
import { citedContract } from "./document-name";

const TITLE = { CONTRACT: "HỢP ĐỒNG THỰC HIỆN ĐỀ ÁN KHUYẾN CÔNG", TASK_ASSIGNMENT: "GIAO NHIỆM VỤ THỰC HIỆN ĐỀ ÁN KHUYẾN CÔNG", SUPPORT_CONTRACT: "HỢP ĐỒNG HỖ TRỢ KINH PHÍ KHUYẾN CÔNG" } as const;
const KIND = { ADVANCE: "Tạm ứng", PAYMENT: "Thanh toán" } as const;
const LEFT = 60;

function legalBases(c: ContractDetail): string[] {
  const track = c.project.fundingSource.code === "KCDP" ? "khuyến công địa phương" : "khuyến công quốc gia";
  return [
    "Căn cứ Nghị định số 45/2012/NĐ-CP ngày 21/5/2012 của Chính phủ về khuyến công, được sửa đổi, bổ sung;",
    "Căn cứ Thông tư số 36/2013/TT-BCT ngày 27/12/2013 của Bộ Công Thương (Điều 12–14), được sửa đổi, bổ sung;",
    `Căn cứ kế hoạch ${track} năm ${c.project.planYear} đã được phê duyệt;`,
    ...(c.parent ? [`Căn cứ ${citedContract(c.parent)};`] : []),
  ];
}

/** Bên A issues the contract; a main contract or task assignment names the body above it. */
function header(page: OfficialDocument, c: ContractDetail): void {
  const governing = c.kind === "SUPPORT_CONTRACT" ? c.partyAName : c.project.fundingSource.code === "KCDP" ? "ỦY BAN NHÂN DÂN TỈNH" : "BỘ CÔNG THƯƠNG";
  officialHeader(page, { governingBody: c.kind === "SUPPORT_CONTRACT" ? "" : governing, issuer: c.kind === "SUPPORT_CONTRACT" ? governing : c.partyAName, number: c.number, ...(c.signedOn ? { placeDate: placeAndDate(c.signedOn) } : {}) });
}

function scheduleTable(doc: Doc, c: ContractDetail, width: number): void {
  const cols = [{ title: "Đợt", w: 30 }, { title: "Loại", w: 60 }, { title: "Tỷ lệ", w: 45 }, { title: "Số tiền (đồng)", w: 90 }, { title: "Điều kiện và hồ sơ", w: width - 225 }];
  const row = (cells: string[], bold: boolean) => {
    doc.font(bold ? "B" : "R").fontSize(9);
    const height = Math.max(...cells.map((text, i) => doc.heightOfString(text, { width: cols[i]!.w - 6 }))) + 6;
    if (doc.y + height > doc.page.height - 60) doc.addPage();
    const y = doc.y;
    let x = LEFT;
    cells.forEach((text, i) => {
      const w = cols[i]!.w;
      doc.rect(x, y, w, height).stroke();
      doc.text(text, x + 3, y + 3, { width: w - 6, align: i === 3 ? "right" : "left" });
      x += w;
    });
    doc.x = LEFT;
    doc.y = y + height;
  };
  row(cols.map((col) => col.title), true);
  for (const item of c.schedule) {
    const when = `${item.condition}${item.afterAcceptance && item.kind === "ADVANCE" ? " (sau nghiệm thu cơ sở)" : ""}`;
    const docs = item.documents.length ? `\nHồ sơ: ${item.documents.join("; ")}` : "";
    row([String(item.seq), KIND[item.kind], formatRateBp(item.shareBp), formatInteger(item.amount), when + docs], false);
  }
  const rule = c.schedule[0]?.advanceRule;
  if (rule) doc.moveDown(0.3).font("R").fontSize(8).text(`Theo quy định tạm ứng "${rule.description}" (${rule.legalBasis}).`, LEFT, doc.y, { width });
}

export async function buildContractPdf(c: ContractDetail): Promise<Buffer> {
  const page = openOfficialDocument({ title: `${TITLE[c.kind]} số ${c.number}`, author: c.partyAName }, LEFT);
  const { doc, width, done } = page;
  header(page, c);

  doc.font("B").fontSize(13).text(TITLE[c.kind], LEFT, doc.y, { width, align: "center" });
  doc.font("R").fontSize(10).text(`Đề án: ${c.project.code} – ${c.project.title}`, { width, align: "center" }).moveDown();
  doc.font("I").fontSize(9);
  for (const line of legalBases(c)) doc.text(line, { width });
  doc.moveDown(0.5).font("R").fontSize(10).text("Hôm nay, chúng tôi gồm:", { width });
  doc.font("B").text(`Bên A: ${c.partyAName}`, { width });
  doc.font("B").text(`Bên B: ${c.partyBName}`, { width });
  if (c.beneficiary?.facility.taxCode) doc.font("R").text(`Mã số thuế: ${c.beneficiary.facility.taxCode}${c.beneficiary.facility.addressLine ? `; địa chỉ: ${c.beneficiary.facility.addressLine}` : ""}`, { width });
  doc.font("R").text("Hai bên thống nhất các điều khoản sau:", { width }).moveDown(0.5);

  const clause = (title: string, lines: string[]) => {
    doc.font("B").fontSize(10).text(title, LEFT, doc.y, { width });
    doc.font("R");
    for (const line of lines) doc.text(line, { width, indent: 10 });
    doc.moveDown(0.5);
  };
  clause("Điều 1. Nội dung", [`Bên B thực hiện đề án ${c.project.code} "${c.project.title}"${c.project.locationText ? ` tại ${c.project.locationText}` : ""} theo kế hoạch được duyệt.`]);
  clause("Điều 2. Giá trị", [
    `Kinh phí khuyến công hỗ trợ: ${formatInteger(c.value)} đồng (${formatMoney(c.value)}).`,
    `Bằng chữ: ${dongInWords(c.value)}.`,
    `Vốn đối ứng: ${formatInteger(c.counterpartValue)} đồng. Bằng chữ: ${dongInWords(c.counterpartValue)}.`,
  ]);
  clause("Điều 3. Thời gian thực hiện", [`Từ ngày ${c.startsOn ? formatDate(c.startsOn, true) : "…"} đến ngày ${c.endsOn ? formatDate(c.endsOn, true) : "…"}.`]);
  doc.font("B").fontSize(10).text("Điều 4. Tạm ứng và thanh toán", LEFT, doc.y, { width }).moveDown(0.3);
  scheduleTable(doc, c, width);
  doc.moveDown(0.5);
  clause("Điều 5. Điều khoản khác", c.terms ? c.terms.split(/\r?\n/) : ["Nghiệm thu, quyết toán và thanh lý theo Thông tư số 36/2013/TT-BCT."]);
  const amendments = c.versions.filter((v) => v.versionNo > 1).reverse();
  if (amendments.length) clause("Sửa đổi, bổ sung", amendments.map((v) => `Lần ${v.versionNo - 1}, ngày ${formatDate(v.signedOn, true)}: ${v.reason} (giá trị ${formatMoney(v.value)}).`));

  signatureBlocks(page, [{ title: "ĐẠI DIỆN BÊN A" }, { title: "ĐẠI DIỆN BÊN B" }]);
  doc.end();
  return done;
}
