// The reference rules of a draft (plan year open, contents from that year's catalogue, province
// and facilities within the actor's scope, budget-line facilities among the beneficiaries, norms
// that exist), decided in memory against references the caller loaded: one đề án's for the
// editor, a whole file's at once for the Excel import.
import { coversProvince } from "../admin-units/scope";
import type { Actor } from "../auth/actor";
import type { DraftReferences } from "./schemas";

export type KnownReferences = {
  /** Content category ids of the plan year's catalogue (at least those named); null: the year is not open. */
  catalogue: ReadonlySet<string> | null;
  /** Facilities visible to the actor (at least those named). */
  facilityIds: ReadonlySet<string>;
  /** Support norms that exist (at least those named). */
  normIds: ReadonlySet<string>;
};

/** Keys of the facilities the draft creates (lib/facilities/schemas NewFacilityInputSchema). */
export function newFacilityKeys(input: DraftReferences): Set<string> {
  return new Set(input.newFacilities.flatMap((f) => (f.key ? [f.key] : [])));
}

/** Existing facilities a draft names, as beneficiaries or on budget lines (not the ones it creates). */
export function namedFacilityIds(input: DraftReferences): string[] {
  const fresh = newFacilityKeys(input);
  const named = [...input.beneficiaries.map((b) => b.facilityId), ...input.budgetLines.flatMap((l) => (l.facilityId ? [l.facilityId] : []))];
  return [...new Set(named.filter((id) => !fresh.has(id)))];
}

export function namedNormIds(input: DraftReferences): string[] {
  return [...new Set(input.budgetLines.flatMap((l) => (l.supportNormId ? [l.supportNormId] : [])))];
}

/** Field path → Vietnamese message; empty when every reference holds. */
export function draftReferenceErrors(actor: Actor, input: DraftReferences, known: KnownReferences): Record<string, string> {
  const errors: Record<string, string> = {};
  // An unreadable year is the schema's error; there is no catalogue to compare the contents with.
  if (input.planYear !== null) {
    if (!known.catalogue) errors.planYear = `Năm kế hoạch ${input.planYear} chưa được mở đăng ký.`;
    else if (input.contentCategoryIds.some((id) => !known.catalogue!.has(id))) errors.contentCategoryIds = `Có nội dung khuyến công không thuộc danh mục áp dụng cho năm ${input.planYear}.`;
  }
  if (input.provinceId && !coversProvince(actor, input.provinceId)) {
    errors.provinceId = "Tỉnh thực hiện nằm ngoài phạm vi của đơn vị bạn.";
  }
  if (namedFacilityIds(input).some((id) => !known.facilityIds.has(id))) errors.beneficiaries = "Có cơ sở thụ hưởng không tồn tại hoặc nằm ngoài phạm vi của bạn.";
  const beneficiarySet = new Set([...input.beneficiaries.map((b) => b.facilityId), ...newFacilityKeys(input)]);
  input.budgetLines.forEach((l, i) => {
    if (l.facilityId && !beneficiarySet.has(l.facilityId)) errors[`budgetLines.${i}.facilityId`] = `Dòng ${i + 1}: cơ sở của dòng dự toán phải có trong danh sách đơn vị thụ hưởng.`;
  });
  if (namedNormIds(input).some((id) => !known.normIds.has(id))) errors.budgetLines = "Có định mức không tồn tại.";
  return errors;
}
