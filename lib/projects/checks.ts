import "server-only";
// Everything the app checks on a đề án before it may be submitted: the Điều 5 fields, each budget
// line against the norm in force (with cumulative caps per facility across đề án and years), and
// each beneficiary's eligibility. Findings are shown next to the lines; hard ones block.
import { provinceFamily } from "../admin-units/queries";
import type { Actor } from "../auth/actor";
import { projectScopeWhere } from "../auth/policy";
import { db, type Tx } from "../db/client";
import { NotFoundError } from "../errors";
import type { ProjectStatus } from "../db/generated/enums";
import { checkEligibility, type EligibilityResult } from "../facilities/eligibility";
import { evaluateLine, type NormFinding } from "../norms/evaluate";
import { applicableNorms, ruleDate } from "../norms/queries";
import { formatInteger } from "../format";
import { WORK_ITEM_ENDS_BEFORE_START } from "./schemas";

export type Issue = { path: string; message: string; severity: "ERROR" | "WARNING" };
export type BeneficiaryCheck = { facilityId: string; name: string; taxCode: string; result: EligibilityResult };
export type ProjectCheck = { norms: NormFinding[]; beneficiaries: BeneficiaryCheck[]; issues: Issue[]; blocking: boolean };

/** Codes of contents with no size or location limit on beneficiaries (cleaner / sustainable production). */
export const OPEN_BENEFICIARY_CONTENTS = ["03.3", "11"];

/** Đề án whose support counts towards a facility's cumulative caps. */
const COMMITTED: ProjectStatus[] = ["SUBMITTED_TO_SCT", "APPROVED_BY_SCT", "REGISTERED", "UNDER_CUC_APPRAISAL", "APPROVED_BY_CUC", "IN_PLAN", "GROUP_PLAN_APPROVED", "CONTRACTED", "IN_PROGRESS", "ACCEPTED", "SETTLED", "LIQUIDATED", "CARRIED_OVER"];


const DOSSIER_FILE = { contractId: null, progressReportId: null, inspectionId: null, findingId: null, acceptanceId: null };

export type CompletenessInput = {
  kind: "FLAGSHIP" | "GROUP" | "STANDARD"; provinceId: string | null; multiProvince: boolean; supportAmount: bigint;
  objectives: string; needAndBasis: string; locationText: string; scale: string; arrangements: string; expectedEffects: string;
  contentCount: number; beneficiaries: readonly unknown[]; dossierFiles: number;
  workItems: readonly { seq: number; startDate: Date | null; endDate: Date | null }[];
  budgetLines: readonly { lineNo: number; supportNorm: unknown; normJustification: string }[];
};

/**
 * What a đề án lacks before it may be sent (TT 36/2013 Điều 5), every missing part at once, each on
 * the editor field it belongs to. Pure, so it is tested without a database.
 */
export function completenessIssues(p: CompletenessInput): Issue[] {
  const issues: Issue[] = [];
  const error = (path: string, message: string) => issues.push({ path, message, severity: "ERROR" });
  const required: [string, string, string][] = [
    ["needAndBasis", p.needAndBasis, "Chưa nhập sự cần thiết và căn cứ (TT 36/2013 Điều 5.2)."],
    ["objectives", p.objectives, "Chưa nhập mục tiêu của đề án (TT 36/2013 Điều 5.3)."],
    ["scale", p.scale, "Chưa nhập quy mô của đề án (TT 36/2013 Điều 5.4)."],
    ["locationText", p.locationText, "Chưa nhập địa điểm thực hiện (TT 36/2013 Điều 5.1)."],
    ["arrangements", p.arrangements, "Chưa nhập tổ chức thực hiện (TT 36/2013 Điều 5.6)."],
    ["expectedEffects", p.expectedEffects, "Chưa nhập hiệu quả dự kiến của đề án (TT 36/2013 Điều 5.7)."],
  ];
  for (const [path, value, message] of required) if (!value.trim()) error(path, message);
  if (p.contentCount === 0) error("contentCategoryIds", "Chọn ít nhất một nội dung khuyến công.");
  if (p.workItems.length === 0) error("workItems", "Chưa có nội dung công việc và tiến độ thực hiện (TT 36/2013 Điều 5.5).");
  p.workItems.forEach((w, i) => {
    if (w.startDate && w.endDate && w.endDate < w.startDate) error(`workItems.${i}.endDate`, `Công việc ${formatInteger(w.seq)}: ${WORK_ITEM_ENDS_BEFORE_START}`);
  });
  if (p.budgetLines.length === 0 || p.supportAmount <= 0n) error("budgetLines", "Dự toán chưa có dòng nào đề nghị kinh phí khuyến công hỗ trợ (Mẫu 1).");
  p.budgetLines.forEach((l, i) => {
    if (!l.supportNorm && !l.normJustification.trim()) error(`budgetLines.${i}.normJustification`, `Dòng ${formatInteger(l.lineNo)}: không áp dụng định mức nên cần ghi rõ căn cứ, thuyết minh mức chi.`);
  });
  if (!p.provinceId && !p.multiProvince) error("provinceId", "Chọn tỉnh thực hiện, hoặc đánh dấu đề án thực hiện ở nhiều tỉnh.");
  // Group đề án may fix beneficiaries later, in the SCT-approved plan (TT 36/2013 Điều 10.1.a).
  if (p.kind !== "GROUP" && p.beneficiaries.length === 0) error("beneficiaries", "Chưa có đơn vị thụ hưởng. Chỉ đề án nhóm được để trống đến khi Sở duyệt kế hoạch triển khai.");
  if (p.dossierFiles === 0) error("attachments", "Chưa đính kèm hồ sơ đề án (công văn đề nghị, thuyết minh) ở mục Tài liệu.");
  return issues;
}

/** Support the same facilities received under the same norm codes in other committed đề án, in one query. */
async function facilitySupportElsewhere(tx: Tx, projectId: string, lines: { facilityId: string | null; supportNorm: { code: string } | null }[]): Promise<Map<string, bigint>> {
  const facilityIds = [...new Set(lines.flatMap((l) => (l.facilityId && l.supportNorm ? [l.facilityId] : [])))];
  const codes = [...new Set(lines.flatMap((l) => (l.facilityId && l.supportNorm ? [l.supportNorm.code] : [])))];
  const totals = new Map<string, bigint>();
  if (facilityIds.length === 0) return totals;
  const rows = await tx.projectBudgetLine.findMany({
    where: { facilityId: { in: facilityIds }, supportNorm: { code: { in: codes } }, projectId: { not: projectId }, project: { status: { in: COMMITTED } } },
    select: { facilityId: true, supportAmount: true, supportNorm: { select: { code: true } } },
  });
  for (const r of rows) {
    const key = `${r.facilityId}:${r.supportNorm!.code}`;
    totals.set(key, (totals.get(key) ?? 0n) + r.supportAmount);
  }
  return totals;
}

/** The checks of a đề án the actor can see; any other id is "not found". */
export async function checkProject(actor: Actor, projectId: string, tx: Tx = db()): Promise<ProjectCheck> {
  const p = await tx.project.findFirst({
    where: { AND: [{ id: projectId }, projectScopeWhere(actor)] },
    select: {
      id: true, title: true, planYear: true, kind: true, provinceId: true, multiProvince: true, objectives: true, needAndBasis: true, locationText: true, supportAmount: true,
      scale: true, arrangements: true, expectedEffects: true,
      workItems: { orderBy: { seq: "asc" }, select: { seq: true, startDate: true, endDate: true } },
      // The dossier itself: files of the đề án not attached to a contract, report or inspection.
      _count: { select: { attachments: { where: DOSSIER_FILE } } },
      fundingSource: { select: { code: true } },
      contents: { select: { contentCategory: { select: { code: true } } } },
      budgetLines: { orderBy: { lineNo: "asc" }, select: { lineNo: true, totalCost: true, supportAmount: true, quantity: true, priority: true, facilityId: true, normJustification: true, supportNorm: { select: { code: true } } } },
      beneficiaries: { select: { facility: { select: { id: true, name: true, taxCode: true, kind: true, size: true, inCraftVillage: true, commune: { select: { kind: true } }, province: { select: { isCentralCity: true, centralCitySince: true } } } } } },
    },
  });
  if (!p) throw new NotFoundError("project");
  const issues: Issue[] = completenessIssues({ ...p, contentCount: p.contents.length, dossierFiles: p._count.attachments });

  const date = ruleDate(p.planYear);
  const norms = await applicableNorms(p.planYear, p.fundingSource.code === "KCDP" ? "KCDP" : "KCQG", await provinceFamily(tx, p.provinceId), tx);
  const findings: NormFinding[] = [];
  const supportElsewhere = await facilitySupportElsewhere(tx, p.id, p.budgetLines);
  const usedInThisProject = new Map<string, bigint>();
  for (const line of p.budgetLines) {
    if (!line.supportNorm) continue;
    const norm = norms.find((n) => n.code === line.supportNorm!.code);
    if (!norm) {
      issues.push({ path: `budgetLines.${line.lineNo - 1}.supportNormId`, message: `Dòng ${formatInteger(line.lineNo)}: định mức "${line.supportNorm.code}" không áp dụng cho năm ${p.planYear} và nguồn kinh phí này; hãy chọn lại.`, severity: "ERROR" });
      continue;
    }
    let prior = 0n;
    if (norm.cumulativePerFacility && line.facilityId) {
      const key = `${line.facilityId}:${norm.code}`;
      prior = (supportElsewhere.get(key) ?? 0n) + (usedInThisProject.get(key) ?? 0n);
      usedInThisProject.set(key, (usedInThisProject.get(key) ?? 0n) + line.supportAmount);
    }
    findings.push(...evaluateLine({ lineNo: line.lineNo, totalCost: line.totalCost, supportAmount: line.supportAmount, quantity: line.quantity, priority: line.priority, priorSupportSameFacility: prior }, norm));
  }
  for (const f of findings.filter((x) => !x.ok)) {
    issues.push({ path: `budgetLines.${f.lineNo - 1}.supportAmount`, message: `Dòng ${formatInteger(f.lineNo)}: vượt định mức — ${f.rule} (${f.legalBasis}).`, severity: f.severity === "HARD" ? "ERROR" : "WARNING" });
  }

  const openBeneficiaries = p.contents.length > 0 && p.contents.every((c) => OPEN_BENEFICIARY_CONTENTS.includes(c.contentCategory.code));
  const beneficiaries = p.beneficiaries.map(({ facility: f }) => {
    const central = f.province.isCentralCity && (!f.province.centralCitySince || f.province.centralCitySince <= date);
    const result = checkEligibility({ kind: f.kind, size: f.size, inCraftVillage: f.inCraftVillage, communeKind: f.commune?.kind ?? null, provinceIsCentralCity: central }, date, { cleanerProduction: openBeneficiaries });
    for (const reason of result.reasons) issues.push({ path: `beneficiaries.${f.id}`, message: `${f.name} (${f.taxCode}): ${reason}`, severity: "ERROR" });
    for (const warning of result.warnings) issues.push({ path: `beneficiaries.${f.id}`, message: `${f.name} (${f.taxCode}): ${warning}`, severity: "WARNING" });
    return { facilityId: f.id, name: f.name, taxCode: f.taxCode, result };
  });
  return { norms: findings, beneficiaries, issues, blocking: issues.some((i) => i.severity === "ERROR") };
}
