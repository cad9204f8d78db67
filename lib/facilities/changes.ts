// What an edit of a cơ sở CNNT changed, field by field: the audit entry's before/after and the
// stale-save message are both built from it. Pure. Owner contact is personal data: the trail
// records that it changed, never the values (decision 039).
import type { FieldChange } from "../audit/diff";
import { message, verbatim, type MessageRef } from "../errors";

/** The editable fields, as readers see them: relations by name, enums by code, booleans as such. */
export type FacilitySnapshot = {
  taxCode: string; name: string; kind: string; size: string; industry: string;
  province: string; commune: string | null; addressLine: string;
  inCraftVillage: boolean; craftVillageName: string; womenOwned: boolean;
  ownerName: string; ownerPhone: string;
};
export type FacilityField = keyof FacilitySnapshot;
/** A facility edit's change: the audit FieldChange on a snapshot field, personal values as null. */
export type FacilityChange = FieldChange<FacilityField, string | boolean | null>;

export const PERSONAL_FIELDS: readonly FacilityField[] = ["ownerName", "ownerPhone"];
const ORDER: readonly FacilityField[] = ["taxCode", "name", "kind", "size", "industry", "province", "commune", "addressLine", "inCraftVillage", "craftVillageName", "womenOwned", "ownerName", "ownerPhone"];

/** Form field (input name) of each snapshot field, for field messages. */
export const INPUT_OF: Record<FacilityField, string> = {
  taxCode: "taxCode", name: "name", kind: "kind", size: "size", industry: "industry", province: "provinceId", commune: "communeId",
  addressLine: "addressLine", inCraftVillage: "inCraftVillage", craftVillageName: "craftVillageName", womenOwned: "womenOwned", ownerName: "ownerName", ownerPhone: "ownerPhone",
};

export function diffFacility(before: FacilitySnapshot, after: FacilitySnapshot): FacilityChange[] {
  return ORDER.filter((f) => before[f] !== after[f]).map((field) =>
    PERSONAL_FIELDS.includes(field) ? { field, before: null, after: null } : { field, before: before[field], after: after[field] },
  );
}

/** The changes of several edits in a row, each field once: its first before and its last after. */
export function mergeChanges(edits: readonly (readonly FacilityChange[])[]): FacilityChange[] {
  const merged = new Map<FacilityField, FacilityChange>();
  for (const change of edits.flat()) {
    const earlier = merged.get(change.field);
    merged.set(change.field, earlier ? { ...earlier, after: change.after } : change);
  }
  return ORDER.flatMap((f) => merged.get(f) ?? []);
}

/** Reads the changes back from an audit entry's data (written by editFacility); anything else is none. */
export function changesOf(data: unknown): { toVersion: number; changes: FacilityChange[] } | null {
  if (!data || typeof data !== "object") return null;
  const d = data as { toVersion?: unknown; changes?: unknown };
  if (typeof d.toVersion !== "number" || !Array.isArray(d.changes)) return null;
  const changes = d.changes.filter((c): c is FacilityChange => Boolean(c) && typeof c === "object" && ORDER.includes((c as FacilityChange).field));
  return { toVersion: d.toVersion, changes };
}

/** A value of the trail as the reader sees it, in their locale. */
export function valueRef(change: FacilityChange, value: FacilityChange["before"]): MessageRef {
  if (value === null) return verbatim("—");
  if (typeof value === "boolean") return message(value ? "common.yes" : "common.no");
  if (change.field === "kind") return message(`facilityKind.${value}` as "facilityKind.SME");
  if (change.field === "size") return message(`facilitySize.${value}` as "facilitySize.MICRO");
  return verbatim(value);
}
