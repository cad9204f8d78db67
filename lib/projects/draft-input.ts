// A saved đề án as the editor's input: what the editor loads, and what an Excel update starts
// from so the fields Mẫu 2 does not carry survive. One select shape, one mapping.
import type { Prisma } from "../db/generated/client";
import { toMoneyInput } from "../format";
import type { ProjectDraftInput } from "./schemas";

export const draftSourceSelect = {
  id: true,
  version: true,
  title: true,
  planYear: true,
  endYear: true,
  kind: true,
  provinceId: true,
  multiProvince: true,
  locationText: true,
  needAndBasis: true,
  objectives: true,
  scale: true,
  arrangements: true,
  expectedEffects: true,
  fundingSource: { select: { code: true } },
  contents: { select: { contentCategory: { select: { id: true, code: true } } } },
  partners: { select: { name: true, role: true } },
  workItems: { orderBy: { seq: "asc" }, select: { description: true, responsible: true, startDate: true, endDate: true } },
  budgetLines: {
    orderBy: { lineNo: "asc" },
    select: { item: true, contentCategoryId: true, supportNormId: true, facilityId: true, unit: true, quantity: true, totalCost: true, supportAmount: true, otherAmount: true, priority: true, normJustification: true },
  },
  beneficiaries: { select: { facility: { select: { id: true, name: true, taxCode: true } } } },
} satisfies Prisma.ProjectSelect;

export type DraftSource = Prisma.ProjectGetPayload<{ select: typeof draftSourceSelect }>;

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

/** A new đề án before anything is typed: the editor's starting point and an Excel row's base. */
export function emptyDraft(planYear: number, provinceId: string | null): ProjectDraftInput {
  return {
    title: "", planYear, endYear: planYear, fundingSource: "KCQG", kind: "STANDARD", provinceId, multiProvince: false,
    locationText: "", needAndBasis: "", objectives: "", scale: "", arrangements: "", expectedEffects: "",
    contentCategoryIds: [], partners: [], workItems: [], budgetLines: [], beneficiaries: [], newFacilities: [],
  };
}

/** The editor input that would save the đề án exactly as it is. */
export function toDraftInput(p: DraftSource): ProjectDraftInput & { id: string; version: number } {
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
      ...l,
      totalCost: toMoneyInput(l.totalCost),
      supportAmount: toMoneyInput(l.supportAmount),
      otherAmount: l.otherAmount === 0n ? "" : toMoneyInput(l.otherAmount),
    })),
    beneficiaries: p.beneficiaries.map((b) => ({ facilityId: b.facility.id })),
    newFacilities: [],
  };
}
