// Findings that do not stop a draft from being saved but will block or flag its submission
// (lib/projects/checks.ts): missing Điều 5 fields, no beneficiary, no support, beneficiaries that
// are not cơ sở CNNT. Shown as warnings so the file can be fixed before the đề án is sent.
import { checkEligibility, eligibilityDate } from "../facilities/eligibility";
import { formatAmount } from "../format";
import { budgetTotals, parseBudgetLines } from "../projects/budget";
import type { ProjectDraftInput } from "../projects/schemas";
import type { ImportRefs } from "./references";
import type { IssueAt } from "./row-fields";
import type { ImportIssue, RowFields } from "./types";
import { OPEN_BENEFICIARY_CONTENTS } from "../projects/checks";


export function softChecks(input: ProjectDraftInput, fields: RowFields, refs: ImportRefs, at: IssueAt, issues: ImportIssue[]): void {
  const warn = (...args: Parameters<IssueAt>) => issues.push(at(args[0], args[1], "WARNING"));
  if (!input.locationText.trim()) warn("location", "Chưa nhập địa điểm thực hiện; cần có trước khi gửi đề án (TT 36/2013 Điều 5.1).");
  if (!input.objectives.trim()) warn("objectives", "Chưa nhập mục tiêu; cần có trước khi gửi đề án (TT 36/2013 Điều 5.3).");
  if (!input.contentCategoryIds.length) warn("contents", "Chưa có nội dung khuyến công; cần ít nhất một nội dung trước khi gửi đề án.");
  if (input.kind !== "GROUP" && !input.beneficiaries.length) warn("beneficiaries", "Chưa có đơn vị thụ hưởng; chỉ đề án nhóm được để trống đến khi Sở duyệt kế hoạch triển khai.");

  const totals = budgetTotals(parseBudgetLines(input.budgetLines).lines);
  if (totals.supportAmount <= 0n) warn("supportAmount", "Chưa có kinh phí khuyến công hỗ trợ; cần có trước khi gửi đề án (Mẫu 1).");
  const typed = fields.counterpartAmount;
  if (typed && typed.text !== "" && typed.dong !== totals.counterpartAmount) {
    warn("counterpartAmount", `Vốn đối ứng được tính lại = tổng kinh phí − kinh phí khuyến công hỗ trợ − nguồn khác = ${formatAmount(totals.counterpartAmount, "trieu")} triệu đồng; số trong ô không được dùng.`);
  }

  const date = eligibilityDate(input.planYear);
  const catalogue = refs.catalogues.get(input.planYear);
  const codes = input.contentCategoryIds.map((id) => [...(catalogue?.entries() ?? [])].find(([, v]) => v === id)?.[0] ?? "");
  const open = codes.length > 0 && codes.every((c) => OPEN_BENEFICIARY_CONTENTS.includes(c));
  for (const { facilityId } of input.beneficiaries) {
    const f = refs.facilitiesById.get(facilityId);
    if (!f) continue;
    const central = f.province.isCentralCity && (!f.province.centralCitySince || f.province.centralCitySince <= date);
    const result = checkEligibility({ kind: f.kind, size: f.size, inCraftVillage: f.inCraftVillage, communeKind: f.commune?.kind ?? null, provinceIsCentralCity: central }, date, { cleanerProduction: open });
    for (const reason of result.reasons) warn("beneficiaries", `${f.name} (${f.taxCode}): ${reason} Đề án sẽ không gửi được khi còn cơ sở này.`);
    for (const w of result.warnings) warn("beneficiaries", `${f.name} (${f.taxCode}): ${w}`);
  }
}
