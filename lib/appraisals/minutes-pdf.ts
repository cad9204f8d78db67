import "server-only";
// Biên bản thẩm định đề án khuyến công quốc gia (TT 36/2013 Điều 8.2; the Cục sends it to the
// Minister with the draft plan, Điều 8.3). Official layout: national motto, issuing body, title,
// place and date, members, per đề án the amounts, each member's assessment, recusals with their
// reasons, the council's conclusion, and signature blocks. DejaVu fonts render Vietnamese.
import { formatAmount } from "../format";
import { officialHeader, openOfficialDocument, placeAndDate, signatureBlocks } from "../pdf/official";
import type { CouncilView } from "./council-queries";
import { CRITERIA } from "./criteria";

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

export async function buildMinutesPdf(council: CouncilView, at = new Date()): Promise<Buffer> {
  const page = openOfficialDocument({ title: `Biên bản thẩm định năm ${council.planYear}`, author: council.organisationName });
  const { doc, left, width, done } = page;
  officialHeader(page, { governingBody: "BỘ CÔNG THƯƠNG", issuer: council.organisationName, placeDate: placeAndDate(at) });

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
    if (p.failedCriterionReason) doc.font("R").text(`Lý do đề nghị chấp thuận dù có tiêu chí không đạt: ${p.failedCriterionReason}`, { width, indent: 10 });
    // A recused secretary does not sign for this đề án: the acting secretary chosen at conclusion does.
    const acting = p.actingSecretaryId ? council.members.find((m) => m.id === p.actingSecretaryId) : undefined;
    if (acting) doc.font("R").text(`Thư ký thay thế cho đề án này (thư ký hội đồng rút khỏi thẩm định): ${acting.name}`, { width, indent: 10 });
  });

  // Signature blocks: Thư ký (left), Chủ tịch (right).
  const chair = council.members.find((m) => m.role === "CHAIR")?.name ?? "";
  const acting = [...new Set(council.projects.flatMap((p) => (p.actingSecretaryId ? [p.actingSecretaryId] : [])))].map((id) => council.members.find((m) => m.id === id)?.name).filter(Boolean);
  const secretary = [council.members.find((m) => m.role === "SECRETARY")?.name ?? "", ...acting.map((n) => `${n} (thư ký thay thế)`)].filter(Boolean).join("; ");
  signatureBlocks(page, [{ title: "THƯ KÝ HỘI ĐỒNG", note: "(Ký, ghi rõ họ tên)", name: secretary }, { title: "CHỦ TỊCH HỘI ĐỒNG", note: "(Ký, ghi rõ họ tên)", name: chair }]);
  doc.end();
  return done;
}
