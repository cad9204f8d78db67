// Which provinces' records a report must read (decision 064): a filter on a province, zone or
// region can only match facts recorded on provinces of that place in some era, so those and
// their whole succession family (old and new provinces) are read, never the nation's. Pure.
import { provinceFamilyOf, type GeographyData } from "../admin-units/basis";
import type { ProvinceNarrowing } from "./facts";
import type { ReportFilter } from "./types";

export function narrowingOf(geography: GeographyData, filter: Pick<ReportFilter, "provinceId" | "zoneId" | "regionId">): ProvinceNarrowing {
  const members = (memberships: GeographyData["zones"], groupId: string) => memberships.filter((m) => m.groupId === groupId).map((m) => m.provinceId);
  const sets = [
    filter.provinceId ? [filter.provinceId] : null,
    filter.zoneId ? members(geography.zones, filter.zoneId) : null,
    filter.regionId ? members(geography.regions, filter.regionId) : null,
  ].filter((s): s is string[] => s !== null);
  if (!sets.length) return null;
  // Several filters: a fact must match all of them, so the smallest family is enough.
  const families = sets.map((s) => provinceFamilyOf(geography.successions, s));
  return families.reduce((a, b) => (b.length < a.length ? b : a)).sort();
}
