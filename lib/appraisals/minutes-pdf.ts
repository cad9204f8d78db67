import "server-only";
// Biên bản thẩm định đề án khuyến công quốc gia (TT 36/2013 Điều 8.2; the Cục sends it to the
// Minister with the draft plan, Điều 8.3). Official layout: national motto, issuing body, title,
// place and date, members, per đề án the amounts, each member's assessment, recusals with their
// reasons, the council's conclusion, and signature blocks. DejaVu fonts render Vietnamese.
import { fontPath } from "../pdf/fonts";
import PDFDocument from "pdfkit";
import { formatAmount } from "../format";
import { formatIsoDay, vietnamDayOf } from "../calendar";
import type { CouncilView } from "./council-queries";
import { CRITERIA } from "./criteria";

const REGULAR = fontPath("DejaVuSans.ttf");
const BOLD = fontPath("DejaVuSans-Bold.ttf");

const CRITERION: Record<(typeof CRITERIA)[number], string> = {
  CONFORMITY: "Sự phù hợp với nguyên tắc xây dựng đề án (Điều 4)",
  OBJECTIVES_EFFECTIVENESS_BUDGET: "Mục tiêu, sự cần thiết, hiệu quả; tính hợp lý của dự toán",
  CAPACITY: "Năng lực của đơn vị thực hiện, phối hợp, thụ hưởng",
  COMBINATION: "Khả năng lồng ghép với các chương trình khác",
  DOSSIER_COMPLETENESS: "Tính đầy đủ, hợp lệ của hồ sơ",
};
const ASSESSMENT = { MET: "Đạt", PARTLY_MET: "Đạt một phần", NOT_MET: "Không đạt" } as const;
const ROLE = { CHAIR: "Chủ tịch Hội đồng", SECRETARY: "Thư ký Hội đồng", MEMBER: "Ủy viên" } as const;
const OUTCOME = { APPROVE: "Đạt – đề nghị đưa vào kế hoạch với kinh phí đề nghị", APPROVE_REDUCED: "Đạt – đề nghị đưa vào kế hoạch với kinh phí điều chỉnh giảm", RETURN: "Trả lại để bổ sung, hoàn thiện", REJECT: "Không chấp thuận" } as const;

const trieu = (v: bigint) => `${formatAmount(v, "trieu")} triệu đồng`;

/** "Hà Nội, ngày 05 tháng 11 năm 2026" in Asia/Ho_Chi_Minh. */
export function placeAndDate(at: Date, place = "Hà Nội"): string {
  const [year, month, day] = formatIsoDay(vietnamDayOf(at)).split("-");
  return `${place}, ngày ${day} tháng ${month} năm ${year}`;
}

export async function buildMinutesPdf(council: CouncilView, at = new Date()): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margins: { top: 50, bottom: 50, left: 60, right: 50 }, info: { Title: `Biên bản thẩm định năm ${council.planYear}`, Author: council.organisationName } });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.registerFont("R", REGULAR);
  doc.registerFont("B", BOLD);
  const width = doc.page.width - 110;
  const left = 60;
  const half = width / 2;

  // Header: issuing body on the left, national motto on the right (Nghị định 30/2020/NĐ-CP layout).
  const top = doc.y;
  doc.font("R").fontSize(9).text("BỘ CÔNG THƯƠNG", left, top, { width: half - 10, align: "center" });
  doc.font("B").text(council.organisationName.toUpperCase(), { width: half - 10, align: "center" });
  const leftBottom = doc.y;
  doc.font("B").fontSize(9).text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", left + half, top, { width: half, align: "center" });
  doc.font("B").text("Độc lập - Tự do - Hạnh phúc", { width: half, align: "center", underline: true });
  doc.moveDown(0.5).font("R").fontSize(9).text(placeAndDate(at), { width: half, align: "center" });
  doc.x = left;
  doc.y = Math.max(doc.y, leftBottom) + 20;

  doc.font("B").fontSize(13).text(`BIÊN BẢN THẨM ĐỊNH ĐỀ ÁN KHUYẾN CÔNG QUỐC GIA NĂM ${council.planYear}`, left, doc.y, { width, align: "center" });
  doc.font("R").fontSize(10).text(council.name, { width, align: "center" });
  if (council.decisionRef) doc.text(`Thành lập theo ${council.decisionRef}`, { width, align: "center" });
  doc.moveDown();

  doc.font("B").fontSize(11).text("I. Thành phần Hội đồng", left, doc.y, { width });
  doc.font("R").fontSize(10);
  council.members.forEach((m, i) => doc.text(`${i + 1}. ${m.name}${m.organisationName ? ` – ${m.organisationName}` : ""} – ${ROLE[m.role]}`, { width }));
  doc.moveDown();

  doc.font("B").fontSize(11).text("II. Kết quả thẩm định (TT 36/2013/TT-BCT Điều 9)", { width });
  council.projects.forEach((p, i) => {
    doc.moveDown(0.5).font("B").fontSize(10).text(`${i + 1}. ${p.code} – ${p.title}`, { width });
    doc.font("R").text(`Đơn vị thực hiện: ${p.implementerName}`, { width });
    doc.text(`Kinh phí khuyến công đề nghị: ${trieu(p.supportAmount)}`, { width });
    doc.text(`Kinh phí sau thẩm định: ${p.approvedAmount !== null ? trieu(p.approvedAmount) : "—"}`, { width });
    for (const m of council.members) {
      const recusal = p.recusals.find((r) => r.memberId === m.id);
      if (recusal) {
        doc.font("B").text(`${m.name}: không tham gia đánh giá (rút khỏi thẩm định đề án).`, { width, indent: 10 });
        doc.font("R").text(`Lý do: ${recusal.reason}`, { width, indent: 20 });
        continue;
      }
      const scores = p.memberScores.filter((s) => s.memberId === m.id);
      if (scores.length === 0) continue;
      doc.font("B").text(`Ý kiến của ${m.name}:`, { width, indent: 10 });
      doc.font("R");
      for (const c of CRITERIA) {
        const s = scores.find((x) => x.criterion === c);
        if (s) doc.text(`– ${CRITERION[c]}: ${ASSESSMENT[s.assessment]}${s.comment ? ` (${s.comment})` : ""}`, { width, indent: 20 });
      }
    }
    doc.font("B").text(`Kết luận của Hội đồng: ${p.outcome ? OUTCOME[p.outcome] : "chưa kết luận"}`, { width });
    if (p.conclusion) doc.font("R").text(p.conclusion, { width, indent: 10 });
  });

  // Signature blocks: Thư ký (left), Chủ tịch (right).
  doc.moveDown(2);
  if (doc.y > doc.page.height - 160) doc.addPage();
  const signTop = doc.y;
  const chair = council.members.find((m) => m.role === "CHAIR")?.name ?? "";
  const secretary = council.members.find((m) => m.role === "SECRETARY")?.name ?? "";
  doc.font("B").fontSize(10).text("THƯ KÝ HỘI ĐỒNG", left, signTop, { width: half, align: "center" });
  doc.font("R").fontSize(9).text("(Ký, ghi rõ họ tên)", { width: half, align: "center" });
  doc.moveDown(3).font("B").fontSize(10).text(secretary, { width: half, align: "center" });
  doc.font("B").fontSize(10).text("CHỦ TỊCH HỘI ĐỒNG", left + half, signTop, { width: half, align: "center" });
  doc.font("R").fontSize(9).text("(Ký, ghi rõ họ tên)", { width: half, align: "center" });
  doc.moveDown(3).font("B").fontSize(10).text(chair, { width: half, align: "center" });
  doc.end();
  return done;
}
