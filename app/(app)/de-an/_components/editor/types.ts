import type { EditorOptions } from "@/lib/projects/editor-data";
import type { ProjectDraftInput } from "@/lib/projects/schemas";

export type Draft = Omit<ProjectDraftInput, "id" | "version"> & { id?: string; version?: number };
export type Line = Draft["budgetLines"][number];
export type Picked = { id: string; name: string; taxCode: string };
export type CheckView = {
  issues: { path: string; message: string; severity: "ERROR" | "WARNING" }[];
  norms: { lineNo: number; rule: string; limit: string; requested: string; legalBasis: string; severity: "HARD" | "SOFT"; ok: boolean }[];
  beneficiaries: { facilityId: string; name: string; eligible: boolean; definition: string }[];
};
export type { EditorOptions };

export const emptyLine = (): Line => ({ item: "", contentCategoryId: null, supportNormId: null, facilityId: null, unit: "", quantity: 1, totalCost: "", supportAmount: "", otherAmount: "", priority: false, normJustification: "" });
