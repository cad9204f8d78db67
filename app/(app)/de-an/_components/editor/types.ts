import type { EditorOptions } from "@/lib/projects/editor-data";
import type { ProjectDraftInput } from "@/lib/projects/schemas";

export type Draft = Omit<ProjectDraftInput, "id" | "version"> & { id?: string; version?: number };
export type Line = Draft["budgetLines"][number];
export type Picked = { id: string; name: string; taxCode: string };
/** A facility typed in the editor and created by the đề án save; `key` stands for its id until then. */
export type NewFacility = Draft["newFacilities"][number];
export type CheckView = {
  issues: { path: string; message: string; severity: "ERROR" | "WARNING" }[];
  norms: { lineNo: number; rule: string; limit: string; requested: string; legalBasis: string; severity: "HARD" | "SOFT"; ok: boolean }[];
  beneficiaries: { facilityId: string; name: string; eligible: boolean; definition: string }[];
};
export type { EditorOptions };

export const emptyLine = (): Line => ({ item: "", contentCategoryId: null, supportNormId: null, facilityId: null, unit: "", quantity: 1, totalCost: "", supportAmount: "", otherAmount: "", priority: false, normJustification: "" });

export const emptyFacility = (key: string, provinceId: string): NewFacility => ({
  key, taxCode: "", name: "", kind: "HOUSEHOLD_BUSINESS", size: "MICRO", industry: "", provinceId, communeId: null, addressLine: "",
  inCraftVillage: false, craftVillageName: "", womenOwned: false, ownerName: "", ownerPhone: "",
});

/** The errors of one path prefix ("newFacilities.0."), keyed by the rest of the path. */
export const errorsUnder = (errors: Record<string, string>, prefix: string): Record<string, string> =>
  Object.fromEntries(Object.entries(errors).flatMap(([path, text]) => (path.startsWith(prefix) ? [[path.slice(prefix.length), text]] : [])));
