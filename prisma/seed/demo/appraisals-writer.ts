// The SCT's appraisal sheet (thẩm định cấp cơ sở, Mẫu 4a, TT 36/2013 Điều 8.1, 9) of every demo đề
// án the SCT approved: without it the Cục's appraisal page (/tham-dinh/[id]) never shows the sheet
// it decides on. The sheet is the one the approval recorded: by the approving user (historical
// steps have none), on the approval's instant, every criterion assessed, the transition's comment
// as part of the conclusion. Deterministic ids from the đề án code, so a re-run changes nothing.
import { uuidFrom } from "../../factories";
import { CRITERIA } from "../../../lib/appraisals/criteria";
import { k, type Seeder } from "../sync";
import type { DemoData, ProjectSpec } from "./types";

const COMMENTS: Record<(typeof CRITERIA)[number], string> = {
  CONFORMITY: "Phù hợp nguyên tắc xây dựng đề án và nội dung khuyến công được hỗ trợ",
  OBJECTIVES_EFFECTIVENESS_BUDGET: "Mục tiêu rõ, dự toán phù hợp định mức hỗ trợ",
  CAPACITY: "Đơn vị thực hiện và cơ sở thụ hưởng đủ năng lực đối ứng",
  COMBINATION: "Không trùng lặp với chương trình, dự án khác trên địa bàn",
  DOSSIER_COMPLETENESS: "Hồ sơ đủ thành phần theo quy định",
};

function conclusionOf(p: ProjectSpec, comment: string): string {
  const plan = p.fund === "KCQG" ? "kế hoạch khuyến công quốc gia" : "kế hoạch khuyến công địa phương";
  return `${comment}. Đề nghị đăng ký với Cục để xem xét đưa vào ${plan} năm ${p.planYear}.`;
}

export async function writeProvinceAppraisals(s: Seeder, d: DemoData, projectId: (code: string) => string, user: (email?: string) => string | null): Promise<void> {
  const sheets = d.projects.flatMap((p) => {
    // The last approval: a đề án returned and resubmitted was approved once, after the return.
    const approval = p.transitions.findLast((t) => t.to === "APPROVED_BY_SCT");
    if (!approval) return [];
    return [{ p, approval }];
  });
  const appraisals = sheets.map(({ p, approval }) => ({
    id: uuidFrom(`appraisal:province:${p.code}`),
    projectId: projectId(p.code),
    level: "PROVINCE" as const,
    method: "STAFF" as const,
    form: "4a",
    outcome: "APPROVE" as const,
    conclusion: conclusionOf(p, approval.comment),
    decidedById: user(approval.actor),
    decidedAt: approval.at,
    createdAt: approval.at,
  }));
  await s.upsert("appraisal", appraisals, { key: (r) => k(r.id), where: { id: { in: appraisals.map((a) => a.id) } } });
  const scores = sheets.flatMap(({ p }) =>
    CRITERIA.map((criterion) => ({ id: uuidFrom(`appraisal-score:province:${p.code}:${criterion}`), appraisalId: uuidFrom(`appraisal:province:${p.code}`), memberId: null, criterion, assessment: "MET" as const, comment: COMMENTS[criterion] })),
  );
  await s.upsert("criterionScore", scores, { key: (r) => k(r.id), where: { id: { in: scores.map((x) => x.id) } } });
}
