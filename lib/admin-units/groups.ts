// Regions and zones of a province, with provinces of the 34 that straddle two groups shown as such:
// each group with the former provinces that brought the new province into it (docs/decisions/014).
// Never assigns a straddling province silently to one group.
import { lastDayBefore, placeOnBasis, validAt, type Basis, type GeographyData, type MembershipRecord, type ProvinceRecord } from "./basis";

export type GroupKind = "regions" | "zones";
export type FormerProvince = { id: string; code: string; name: string };
export type GroupPart = { groupId: string; groupName: string; formerProvinces: FormerProvince[] };

export type Grouping =
  | { kind: "none" }
  | { kind: "single"; groupId: string; groupName: string }
  | { kind: "straddling"; parts: GroupPart[] };

/** A day inside the province's validity at which its memberships are read: its last day, or its first if still in force. */
export function referenceDay(p: Pick<ProvinceRecord, "validFrom" | "validTo">): Date {
  return p.validTo ? lastDayBefore(p.validTo) : p.validFrom;
}

function membershipsAt(data: GeographyData, kind: GroupKind, provinceId: string, at: Date): MembershipRecord[] {
  return data[kind].filter((m) => m.provinceId === provinceId && validAt(m, at));
}

function province(data: GeographyData, id: string): ProvinceRecord {
  const p = data.provinces.find((x) => x.id === id);
  if (!p) throw new Error(`geography: unknown province ${id}`);
  return p;
}

/** The groups the former provinces of `provinceId` belonged to on their last day, each with its former provinces. */
export function constituentParts(data: GeographyData, kind: GroupKind, provinceId: string): GroupPart[] {
  const parts = new Map<string, GroupPart>();
  const formers = data.successions.filter((s) => s.toProvinceId === provinceId).map((s) => province(data, s.fromProvinceId));
  for (const former of [...formers].sort((a, b) => a.code.localeCompare(b.code))) {
    for (const m of membershipsAt(data, kind, former.id, referenceDay(former))) {
      const part = parts.get(m.groupId) ?? { groupId: m.groupId, groupName: m.groupName, formerProvinces: [] };
      part.formerProvinces.push({ id: former.id, code: former.code, name: former.name });
      parts.set(m.groupId, part);
    }
  }
  return [...parts.values()].sort((a, b) => a.groupName.localeCompare(b.groupName, "vi"));
}

/** The region or zone of a province: one group, none, or straddling (explicit parts). */
export function groupingOf(data: GeographyData, kind: GroupKind, provinceId: string): Grouping {
  const parts = constituentParts(data, kind, provinceId);
  if (parts.length > 1) return { kind: "straddling", parts };
  const own = membershipsAt(data, kind, provinceId, referenceDay(province(data, provinceId)));
  if (own.length > 1) return { kind: "straddling", parts: own.map((m) => ({ groupId: m.groupId, groupName: m.groupName, formerProvinces: [] })) };
  if (own.length === 1) return { kind: "single", groupId: own[0]!.groupId, groupName: own[0]!.groupName };
  return { kind: "none" };
}

export type GroupTotals = {
  /** Group name → total of the provinces wholly in that group. */
  byGroup: Map<string, bigint>;
  /** Province id → total of a straddling province, kept apart instead of being split or assigned. */
  straddling: Map<string, bigint>;
  /** Total of provinces with no group recorded. */
  ungrouped: bigint;
};

/** Figures per region or zone on a basis. byGroup + straddling + ungrouped always equals the grand total. */
export function totalsByGroup(data: GeographyData, kind: GroupKind, figures: readonly { provinceId: string; amount: bigint }[], basis: Basis): GroupTotals {
  const out: GroupTotals = { byGroup: new Map(), straddling: new Map(), ungrouped: 0n };
  const add = (map: Map<string, bigint>, key: string, amount: bigint) => map.set(key, (map.get(key) ?? 0n) + amount);
  for (const f of figures) {
    const { provinceId } = placeOnBasis(data, f.provinceId, basis);
    const g = groupingOf(data, kind, provinceId);
    if (g.kind === "single") add(out.byGroup, g.groupName, f.amount);
    else if (g.kind === "straddling") add(out.straddling, provinceId, f.amount);
    else out.ungrouped += f.amount;
  }
  return out;
}

/** A province's group as one line of a breakdown; a straddler gets its own line naming every group. */
export type GroupLine = { key: string; groupIds: string[]; names: string[]; straddling: boolean; derived: boolean };

const STRADDLING_PREFIX = "straddling:";

/** Whether a breakdown key is a straddling line (its label lists the groups, never one of them). */
export const isStraddlingKey = (key: string): boolean => key.startsWith(STRADDLING_PREFIX);

/** The breakdown line of a province: null when it has no group; groups of a province formed by succession are derived. */
export function groupLineOf(data: GeographyData, kind: GroupKind, provinceId: string): GroupLine | null {
  const g = groupingOf(data, kind, provinceId);
  if (g.kind === "none") return null;
  const derived = data.successions.some((s) => s.toProvinceId === provinceId);
  if (g.kind === "single") return { key: g.groupId, groupIds: [g.groupId], names: [g.groupName], straddling: false, derived };
  const groupIds = g.parts.map((p) => p.groupId);
  return { key: `${STRADDLING_PREFIX}${groupIds.join("+")}`, groupIds, names: g.parts.map((p) => p.groupName), straddling: true, derived };
}
