// A draft as database rows: the đề án's own fields and the rows of its parts (contents,
// beneficiaries, budget lines, work items, partners). Pure, so the editor's save (one đề án) and
// the Excel import (thousands, batched) write exactly the same thing.
import { parseOptionalCalendarDate } from "../calendar";
import { budgetTotals, parseBudgetLines, type ParsedBudgetLine } from "./budget";
import type { ProjectDraftInput } from "./schemas";

/** The Project columns a draft sets (the code, search text, implementer and version are the caller's). */
export function draftFields(input: ProjectDraftInput, fundingSourceId: string) {
  const totals = budgetTotals(parseBudgetLines(input.budgetLines).lines);
  return {
    title: input.title,
    planYear: input.planYear,
    endYear: input.endYear,
    fundingSourceId,
    kind: input.kind,
    provinceId: input.provinceId,
    multiProvince: input.multiProvince,
    locationText: input.locationText,
    needAndBasis: input.needAndBasis,
    objectives: input.objectives,
    scale: input.scale,
    arrangements: input.arrangements,
    expectedEffects: input.expectedEffects,
    ...totals,
  };
}

const sumFor = (lines: readonly ParsedBudgetLine[], facilityId: string, pick: (l: ParsedBudgetLine) => bigint) => lines.filter((l) => l.facilityId === facilityId).reduce((a, l) => a + pick(l), 0n);

/** The rows of a draft's parts, for createMany. Beneficiaries carry the support of their own budget lines. */
export function draftPartRows(projectId: string, input: ProjectDraftInput) {
  const lines = parseBudgetLines(input.budgetLines).lines;
  return {
    contents: [...new Set(input.contentCategoryIds)].map((contentCategoryId) => ({ projectId, contentCategoryId })),
    beneficiaries: [...new Set(input.beneficiaries.map((b) => b.facilityId))].map((facilityId) => ({
      projectId,
      facilityId,
      supportAmount: sumFor(lines, facilityId, (l) => l.supportAmount),
      counterpartAmount: sumFor(lines, facilityId, (l) => l.counterpartAmount),
    })),
    budgetLines: lines.map((l) => ({
      projectId, lineNo: l.lineNo, item: l.item, contentCategoryId: l.contentCategoryId, supportNormId: l.supportNormId, facilityId: l.facilityId, unit: l.unit, quantity: l.quantity,
      totalCost: l.totalCost, supportAmount: l.supportAmount, counterpartAmount: l.counterpartAmount, otherAmount: l.otherAmount, priority: l.priority,
      normJustification: l.supportNormId ? "" : l.normJustification,
    })),
    workItems: input.workItems.map((w, i) => ({ projectId, seq: i + 1, description: w.description, responsible: w.responsible, startDate: parseOptionalCalendarDate(w.startDate) ?? null, endDate: parseOptionalCalendarDate(w.endDate) ?? null })),
    partners: input.partners.map((p) => ({ projectId, name: p.name, role: p.role })),
  };
}

export type DraftPartRows = ReturnType<typeof draftPartRows>;
