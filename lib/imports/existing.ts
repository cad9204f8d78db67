// An existing đề án seen through Mẫu 2: is a row identical to it, and what is its full editor
// input (the fields Mẫu 2 does not carry — need and basis, work items, partners, the detailed
// budget — must survive an update from a file).
import { stripControlChars } from "../exports/safe-text";
import type { ProjectDraftInput } from "../projects/schemas";
import { dongToTrieuText } from "./decimal";
import type { ExistingProject } from "./references";
import type { RowFields } from "./types";

/** Text as it survives a trip through a spreadsheet: no CR, no control characters, trimmed. */
export function comparableText(text: string): string {
  return stripControlChars(text.replace(/\r\n?/g, "\n")).trim();
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
}

/** True when every column present in the row says what the đề án already holds. */
export function isUnchanged(fields: RowFields, p: ExistingProject): boolean {
  const checks: boolean[] = [
    fields.title === undefined || comparableText(fields.title) === comparableText(p.title),
    fields.location === undefined || comparableText(fields.location) === comparableText(p.locationText),
    fields.objectives === undefined || comparableText(fields.objectives) === comparableText(p.objectives),
    fields.kind === undefined || fields.kind === p.kind,
    fields.source === undefined || fields.source === p.fundingSource.code,
    fields.planYear === undefined || fields.planYear === p.planYear,
    fields.endYear === undefined || (fields.endYear ?? fields.planYear ?? p.planYear) === p.endYear,
    fields.contentCodes === undefined || sameSet(p.contents.map((c) => c.contentCategory.code), fields.contentCodes),
    fields.taxCodes === undefined || sameSet(p.beneficiaries.map((b) => b.facility.taxCode), fields.taxCodes),
    fields.totalCost === undefined || fields.totalCost.dong === p.totalCost,
    fields.supportAmount === undefined || fields.supportAmount.dong === p.supportAmount,
    fields.otherAmount === undefined || fields.otherAmount.dong === p.otherAmount,
  ];
  return checks.every(Boolean);
}

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

/** The editor input that would save the đề án exactly as it is. */
export function inputOf(p: ExistingProject): ProjectDraftInput {
  return {
    id: p.id,
    version: p.version,
    title: p.title,
    planYear: p.planYear,
    endYear: p.endYear,
    fundingSource: p.fundingSource.code === "KCDP" ? "KCDP" : "KCQG",
    kind: p.kind,
    provinceId: p.provinceId,
    multiProvince: p.multiProvince,
    locationText: p.locationText,
    needAndBasis: p.needAndBasis,
    objectives: p.objectives,
    scale: p.scale,
    arrangements: p.arrangements,
    expectedEffects: p.expectedEffects,
    contentCategoryIds: p.contents.map((c) => c.contentCategory.id),
    partners: p.partners.map((x) => ({ name: x.name, role: x.role })),
    workItems: p.workItems.map((w) => ({ description: w.description, responsible: w.responsible, startDate: isoDate(w.startDate), endDate: isoDate(w.endDate) })),
    budgetLines: p.budgetLines.map((l) => ({
      item: l.item,
      contentCategoryId: l.contentCategoryId,
      supportNormId: l.supportNormId,
      facilityId: l.facilityId,
      unit: l.unit,
      quantity: l.quantity,
      totalCost: dongToTrieuText(l.totalCost),
      supportAmount: dongToTrieuText(l.supportAmount),
      otherAmount: dongToTrieuText(l.otherAmount),
      priority: l.priority,
    })),
    beneficiaries: p.beneficiaries.map((b) => ({ facilityId: b.facility.id })),
  };
}
