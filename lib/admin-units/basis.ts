// Provinces on a chosen basis: as recorded, on the 63 (before the merger) or on the 34 (after).
// Pure functions over loaded data (see load.ts), so the mapping is unit-tested on the real lists.
// Succession is followed in one direction only, old → new (docs/decisions/014), except by
// provinceFamilyOf, which gives the records a province stands for in every era (scope, filters).
import { addDays, asCalendarDay, isValidOn, type CalendarDay } from "../calendar";

export type Basis = "recorded" | "63" | "34";

export type ProvinceRecord = { id: string; code: string; name: string; validFrom: Date; validTo: Date | null };
export type SuccessionRecord = { fromProvinceId: string; toProvinceId: string; effectiveDate: Date };
export type MembershipRecord = { provinceId: string; groupId: string; groupName: string; validFrom: Date; validTo: Date | null };

export type GeographyData = {
  provinces: readonly ProvinceRecord[];
  successions: readonly SuccessionRecord[];
  /** Socio-economic region memberships (vùng KT-XH), dated. */
  regions: readonly MembershipRecord[];
  /** Khuyến công zone memberships, dated (official over the 63, derived over the 34). */
  zones: readonly MembershipRecord[];
};

/** Where a province lands on a basis, and why. */
export type Placement =
  | { provinceId: string; how: "as-recorded" }
  | { provinceId: string; how: "successor"; fromProvinceId: string }
  /** On the 63 basis, a record made on a post-merger province stays on it: a 34 province is never split back. */
  | { provinceId: string; how: "after-merger" };

export const validAt = isValidOn;

/** The merger date, read from the succession data (the latest effective date); null when there is none. */
export function mergerDateOf(successions: readonly SuccessionRecord[]): Date | null {
  let latest: Date | null = null;
  for (const s of successions) if (!latest || s.effectiveDate > latest) latest = s.effectiveDate;
  return latest;
}

/** The day the 63-province set was last in force (the day before the merger). */
export function lastDayBefore(date: Date): CalendarDay {
  return addDays(asCalendarDay(date), -1);
}

/** The provinces of a set: "63" in force the day before the merger, "34" in force on the merger day. */
export function provinceSet(data: GeographyData, set: "63" | "34"): ProvinceRecord[] {
  const merger = requireMergerDate(data);
  const at = set === "63" ? lastDayBefore(merger) : merger;
  return data.provinces.filter((p) => validAt(p, at));
}

function requireMergerDate(data: GeographyData): Date {
  const merger = mergerDateOf(data.successions);
  if (!merger) throw new Error("geography: no ProvinceSuccession rows, so there is no merger date");
  return merger;
}

/** Follows succession old → new until a province has no successor. A split (two successors) is an error in the data. */
/** successorOf per successions list: a report asks it once per fact (10⁴ at scale 40), the answer per province never changes. */
const successorCache = new WeakMap<readonly SuccessionRecord[], Map<string, string>>();

export function successorOf(data: GeographyData, provinceId: string): string {
  let cache = successorCache.get(data.successions);
  if (!cache) successorCache.set(data.successions, (cache = new Map()));
  let successor = cache.get(provinceId);
  if (successor === undefined) cache.set(provinceId, (successor = walkSuccessions(data, provinceId)));
  return successor;
}

function walkSuccessions(data: GeographyData, provinceId: string): string {
  const seen = new Set<string>([provinceId]);
  let current = provinceId;
  for (;;) {
    const next = data.successions.filter((s) => s.fromProvinceId === current);
    if (next.length === 0) return current;
    if (next.length > 1) throw new Error(`geography: province ${current} has ${next.length} successors; a split cannot be mapped to one province`);
    current = next[0]!.toProvinceId;
    if (seen.has(current)) throw new Error(`geography: succession loop at ${current}`);
    seen.add(current);
  }
}

/**
 * The provinces linked to `provinceIds` by succession in either direction, over every step, with
 * the given ones (Lào Cai → the old Lào Cai and Yên Bái; Yên Bái → Lào Cai and the old Lào Cai).
 * The one rule for "the same place in every era": actor scopes, list filters, norm lookups.
 */
export function provinceFamilyOf(successions: readonly Pick<SuccessionRecord, "fromProvinceId" | "toProvinceId">[], provinceIds: readonly string[]): string[] {
  const family = new Set(provinceIds);
  let frontier = [...family];
  while (frontier.length) {
    const reached = new Set(frontier);
    const next = successions
      .filter((s) => reached.has(s.fromProvinceId) || reached.has(s.toProvinceId))
      .flatMap((s) => [s.fromProvinceId, s.toProvinceId])
      .filter((id) => !family.has(id));
    for (const id of next) family.add(id);
    frontier = [...new Set(next)];
  }
  return [...family].sort();
}

/** The province a record made on `provinceId` belongs to on `basis`. */
export function placeOnBasis(data: GeographyData, provinceId: string, basis: Basis): Placement {
  if (basis === "recorded") return { provinceId, how: "as-recorded" };
  if (basis === "34") {
    const to = successorOf(data, provinceId);
    return to === provinceId ? { provinceId, how: "as-recorded" } : { provinceId: to, how: "successor", fromProvinceId: provinceId };
  }
  const province = data.provinces.find((p) => p.id === provinceId);
  if (!province) throw new Error(`geography: unknown province ${provinceId}`);
  return province.validFrom < requireMergerDate(data) ? { provinceId, how: "as-recorded" } : { provinceId, how: "after-merger" };
}

/** Sums figures per province on a basis. The grand total is the same on every basis (nothing is dropped or split). */
export function totalsOnBasis(data: GeographyData, figures: readonly { provinceId: string; amount: bigint }[], basis: Basis): Map<string, bigint> {
  const totals = new Map<string, bigint>();
  for (const f of figures) {
    const { provinceId } = placeOnBasis(data, f.provinceId, basis);
    totals.set(provinceId, (totals.get(provinceId) ?? 0n) + f.amount);
  }
  return totals;
}
