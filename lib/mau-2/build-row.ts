// One Mẫu 2 row → the đề án editor's input, checked by the same rules as the form: parseDraft for
// the fields and amounts, and the reference checks the editor's save makes (catalogue of the plan
// year, facilities in scope, province in scope, đề án the actor may edit: lib/projects/draft.ts),
// done here against references loaded once per file. Soft findings (what will block submission
// later) are warnings.
import type { Actor } from "../auth/actor";
import { coversProvince } from "../admin-units/scope";
import { DomainError } from "../errors";
import { parseDraft } from "../projects/draft";
import type { ProjectDraftInput } from "../projects/schemas";
import { EDITABLE_STATUSES } from "../projects/state-machine";
import { toSearchText } from "../search-text";
import { isUnchanged } from "./existing";
import { emptyDraft, toDraftInput } from "../projects/draft-input";
import type { ImportRefs, ProvinceRef } from "./references";
import type { IssueAt } from "./row-fields";
import { errorKey, GENERATED_LINE_PREFIX } from "./paths";
import { softChecks } from "./soft-checks";
import type { ImportIssue, RowFields, RowOutcome } from "./types";

/** The one budget line (Mẫu 1) a Mẫu 2 row stands for. */
export const IMPORTED_LINE_ITEM = "Kinh phí thực hiện đề án";

export type RowContext = { actor: Actor; refs: ImportRefs; at: IssueAt; duplicateOfRow?: number };

const noRights = (code: string) => `Mã đề án ${code} không tồn tại hoặc bạn không có quyền sửa.`;

/** The province a new đề án runs in: the actor's one current province, else the one the location names. */
function provinceFor(provinces: readonly ProvinceRef[], location: string): ProvinceRef | null {
  if (provinces.length === 1) return provinces[0]!;
  const text = toSearchText(location);
  const named = provinces.filter((p) => text.includes(p.searchName));
  return named.length === 1 ? named[0]! : null;
}

export function buildRow(row: number, fields: RowFields, cellIssues: ImportIssue[], ctx: RowContext): RowOutcome {
  const { actor, refs, at } = ctx;
  const issues = [...cellIssues];
  const outcome = (action: RowOutcome["action"], input: ProjectDraftInput | null): RowOutcome => ({ row, code: fields.code, title: fields.title ?? "", action, issues, input });
  const failed = () => issues.some((i) => i.severity === "ERROR");

  const existing = fields.code ? refs.projects.get(fields.code) : undefined;
  if (fields.code && (ctx.duplicateOfRow || !existing)) {
    issues.push(at("code", ctx.duplicateOfRow ? `Mã đề án ${fields.code} đã có ở dòng ${ctx.duplicateOfRow}; mỗi đề án chỉ được một dòng.` : noRights(fields.code)));
    return outcome(null, null);
  }
  // Cells already refused: keep checking references to report everything at once, but skip the
  // unchanged test and parseDraft, which would only repeat the same problems.
  const cellFailed = failed();
  if (existing && !cellFailed && isUnchanged(fields, existing)) return outcome("UNCHANGED", null);
  if (existing && !actor.organisationIds.includes(existing.implementerId)) {
    issues.push(at("code", noRights(fields.code)));
    return outcome(null, null);
  }
  if (existing && !EDITABLE_STATUSES.includes(existing.status)) {
    issues.push(at("code", `Đề án ${fields.code} đã gửi đi nên không sửa được; chỉ sửa khi đề án ở trạng thái nháp hoặc bị trả lại. Hãy để nguyên dòng này như trong tệp đã xuất.`));
    return outcome(null, null);
  }

  const base: ProjectDraftInput = existing ? toDraftInput(existing) : emptyDraft(0, null);
  const planYear = fields.planYear ?? base.planYear;
  const input: ProjectDraftInput = {
    ...base,
    title: fields.title ?? base.title,
    planYear,
    endYear: fields.endYear ?? (fields.endYear === null || !existing ? planYear : base.endYear),
    fundingSource: fields.source ?? base.fundingSource,
    kind: fields.kind ?? base.kind,
    locationText: fields.location ?? base.locationText,
    objectives: fields.objectives ?? base.objectives,
  };

  if (!existing) {
    const province = provinceFor(refs.provinces, input.locationText);
    input.provinceId = province?.id ?? null;
    if (!province) issues.push(at("location", "Chưa xác định được tỉnh thực hiện từ phạm vi của bạn và địa điểm; hãy chọn tỉnh trong màn hình đề án trước khi gửi.", "WARNING"));
    const implementer = fields.implementer?.trim();
    if (implementer && toSearchText(implementer) !== toSearchText(actor.organisationName)) {
      issues.push(at("implementer", `Đề án sẽ do đơn vị của bạn (${actor.organisationName}) thực hiện; ô này chỉ để đối chiếu.`, "WARNING"));
    }
  } else if (input.provinceId && !coversProvince(actor, input.provinceId)) {
    issues.push(at("location", "Tỉnh thực hiện của đề án nằm ngoài phạm vi của đơn vị bạn."));
  }

  // An update without the column keeps what the đề án has, still checked like the form would.
  const contentCodes = fields.contentCodes ?? existing?.contents.map((c) => c.contentCategory.code);
  const taxCodes = fields.taxCodes ?? existing?.beneficiaries.map((b) => b.facility.taxCode);
  const catalogue = refs.catalogues.get(planYear);
  if (!catalogue && (fields.planYear !== undefined || existing)) issues.push(at("planYear", `Năm kế hoạch ${planYear} chưa được mở đăng ký.`));
  if (catalogue && contentCodes) {
    const unknown = contentCodes.filter((c) => !catalogue.has(c));
    if (unknown.length) issues.push(at("contents", `Nội dung khuyến công ${unknown.map((c) => `"${c}"`).join(", ")} không có trong danh mục áp dụng cho năm ${planYear}.`));
    input.contentCategoryIds = contentCodes.flatMap((c) => catalogue.get(c) ?? []);
  }
  if (taxCodes) {
    for (const code of taxCodes.filter((c) => !refs.facilities.has(c))) {
      const hint = /^\d{9}$|^\d{11}$/.test(code) ? " Nếu ô đang ở dạng số, Excel có thể đã bỏ số 0 ở đầu: hãy nhập mã số thuế dạng chữ." : "";
      issues.push(at("beneficiaries", `Mã số thuế ${code} chưa có trong danh mục cơ sở.${hint}`));
    }
    input.beneficiaries = taxCodes.flatMap((c) => (refs.facilities.has(c) ? [{ facilityId: refs.facilities.get(c)!.id }] : []));
  }

  // Amounts refused at cell level were reported already; the row fails without touching the budget.
  let generated = !existing;
  if (fields.totalCost && fields.supportAmount) {
    const applied = applyAmounts(input, { ...fields, totalCost: fields.totalCost, supportAmount: fields.supportAmount }, existing ?? null);
    if ("error" in applied) issues.push(at("totalCost", applied.error));
    else generated = applied.generated;
  }
  const kept = new Set(input.beneficiaries.map((b) => b.facilityId));
  if (input.budgetLines.some((l) => l.facilityId && !kept.has(l.facilityId))) {
    issues.push(at("beneficiaries", "Có cơ sở đang gắn với dòng dự toán của đề án nên không bỏ khỏi danh sách thụ hưởng qua tệp được; hãy sửa trong màn hình đề án."));
  }

  if (cellFailed) return outcome(null, null);
  try {
    parseDraft(input);
  } catch (error) {
    if (!(error instanceof DomainError) || !error.details) throw error;
    for (const [path, message] of Object.entries(error.details)) {
      issues.push(at(errorKey(path), generated ? message.replace(GENERATED_LINE_PREFIX, "") : `Dự toán của đề án – ${message}`));
    }
  }
  if (failed()) return outcome(null, null);

  softChecks(input, fields, refs, at, issues);
  return outcome(existing ? "UPDATE" : "CREATE", input);
}

type Amounts = { totalCost: bigint; supportAmount: bigint; otherAmount: bigint };

/**
 * Puts the row's amounts into the budget (Mẫu 1). A new đề án gets one line; an existing one keeps
 * its detailed budget when the totals did not change, and only a budget of at most one line can
 * take new totals (a file cannot say how to spread them over several lines).
 * Returns whether the lines now come from the row, or an error message.
 */
function applyAmounts(input: ProjectDraftInput, fields: Required<Pick<RowFields, "totalCost" | "supportAmount">> & Pick<RowFields, "otherAmount">, current: Amounts | null): { generated: boolean } | { error: string } {
  const lines = input.budgetLines;
  const wanted: Amounts = { totalCost: fields.totalCost.dong, supportAmount: fields.supportAmount.dong, otherAmount: fields.otherAmount?.dong ?? current?.otherAmount ?? 0n };
  if (current && wanted.totalCost === current.totalCost && wanted.supportAmount === current.supportAmount && wanted.otherAmount === current.otherAmount) return { generated: false };
  if (lines.length > 1) return { error: `Đề án có dự toán chi tiết ${lines.length} dòng (Mẫu 1) nên không sửa số tiền qua tệp được; hãy sửa trong màn hình đề án, hoặc giữ nguyên số tiền của dòng này.` };
  if (!current && wanted.totalCost === 0n && wanted.supportAmount === 0n && wanted.otherAmount === 0n) {
    input.budgetLines = [];
    return { generated: true };
  }
  const line = lines[0] ?? { item: IMPORTED_LINE_ITEM, contentCategoryId: null, supportNormId: null, facilityId: null, unit: "", quantity: 1, totalCost: "", supportAmount: "", otherAmount: "", priority: false, normJustification: "" };
  input.budgetLines = [{ ...line, totalCost: fields.totalCost.text, supportAmount: fields.supportAmount.text, otherAmount: fields.otherAmount?.text ?? line.otherAmount }];
  return { generated: true };
}
