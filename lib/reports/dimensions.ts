import "server-only";
// The dimensions of a report: which line a fact falls on, on the asked geography basis, and
// whether it passes the filter. Geography goes through lib/admin-units only: placeOnBasis for the
// basis, groupLineOf for zones and regions (a straddling province of the 34 is its own line, never
// split or assigned). Content continues across catalogue versions (continuesId).
import { mergerDateOf, placeOnBasis, type GeographyData } from "../admin-units/basis";
import { groupLineOf } from "../admin-units/groups";
import type { ProvinceScope } from "../admin-units/scope";
import { asCalendarDay, yearOf, type CalendarDay } from "../calendar";
import type { Tx } from "../db/client";
import { formatDate } from "../format";
import { renderMessage } from "../i18n/messages";
import { nameAt, NAME_HISTORY_SELECT } from "../organisations/names";
import type { Fact } from "./facts";
import { reportHref } from "./links";
import type { ReportLine, ReportQuery } from "./types";

type Meta = Pick<ReportLine, "key" | "label" | "href" | "straddling">;

/** The key of the line gathering what a dimension cannot place (a plan task without đề án, an allocation, a periodic report). */
export const UNPLACED = "_none";
/** The month dimension's line of periodic-report cumulatives (dated by their cut-off, not by month). */
export const PERIODIC_LINE = "_periodic";

export type DimensionContext = {
  lineOf(fact: Fact): Meta;
  matches(fact: Fact): boolean;
  sort<T extends { meta: Meta }>(lines: T[]): T[];
  totalLabel: string;
  nationalLabel: string;
  /** The one zone of the actor's provinces on the basis (null when none or several): the context total. */
  actorZone(scope: ProvinceScope): { key: string; label: string; matches(f: Fact): boolean } | null;
};

const vi = (key: Parameters<typeof renderMessage>[1], params?: Record<string, string | number>) => renderMessage("vi", key, params);

export type Category = { id: string; code: string; name: string; continuesId: string | null };
/** Names the lines need beyond geography: content categories, implementers and đề án (loaded by dimensionContext). */
export type Catalog = {
  categories: readonly Category[];
  orgName: ReadonlyMap<string, string>;
  projectLabel: ReadonlyMap<string, string>;
  /** The cut-offs of this year's periodic reports (the month dimension's periodic line says them). */
  periodicDates?: readonly CalendarDay[];
  /** A reader without a national view: its zone and region lines are only its provinces' part, and say so. */
  scopedReader?: boolean;
};

/** Loads the names the asked dimension needs, then builds the (pure) context. */
export async function dimensionContext(client: Tx, geo: GeographyData, query: ReportQuery, facts: readonly (readonly Fact[])[], scopedReader = false): Promise<DimensionContext> {
  const wantedOrgs = new Set<string>();
  const wantedProjects = new Set<string>();
  for (const list of facts) for (const f of list) {
    if (f.implementerId) wantedOrgs.add(f.implementerId);
    if (f.projectId) wantedProjects.add(f.projectId);
  }
  const [categories, orgs, projects] = await Promise.all([
    client.contentCategory.findMany({ select: { id: true, code: true, name: true, continuesId: true } }),
    query.by === "implementer" ? client.organisation.findMany({ where: { id: { in: [...wantedOrgs] } }, select: { id: true, names: NAME_HISTORY_SELECT } }) : Promise.resolve([]),
    query.by === "project" ? client.project.findMany({ where: { id: { in: [...wantedProjects] } }, select: { id: true, code: true, title: true } }) : Promise.resolve([]),
  ]);
  const orgName = new Map(orgs.map((o) => [o.id, nameAt(o.names, query.cutOff)]));
  const projectLabel = new Map(projects.map((p) => [p.id, `${p.code} — ${p.title}`]));
  const byTime = new Map<number, CalendarDay>();
  for (const list of facts) for (const f of list) if (f.periodCutOff && yearOf(f.periodCutOff) === query.year) byTime.set(f.periodCutOff.getTime(), f.periodCutOff);
  const periodicDates = [...byTime.values()];
  return dimensionContextOf(geo, query, { categories, orgName, projectLabel, periodicDates, scopedReader });
}

/** Pure: which line a fact falls on and whether it passes the filter, on the query's basis. */
export function dimensionContextOf(geo: GeographyData, query: ReportQuery, { categories, orgName, projectLabel, periodicDates = [], scopedReader = false }: Catalog): DimensionContext {
  const categoryById = new Map(categories.map((c) => [c.id, c]));
  const dates = [...periodicDates].sort((a, b) => a.getTime() - b.getTime()).map((d) => formatDate(d, true));
  const periodicLabel = vi("reports.lines.periodic", { dates: dates.length ? dates.join(", ") : formatDate(query.cutOff, true) });
  /** The first category of a continuation chain: the one key for "the same content" in every catalogue. */
  const rootOf = (id: string): string => {
    let c = categoryById.get(id);
    const seen = new Set<string>();
    while (c?.continuesId && !seen.has(c.id)) {
      seen.add(c.id);
      c = categoryById.get(c.continuesId) ?? c;
    }
    return c?.id ?? id;
  };
  const contentRoots = query.filter.contentCode ? new Set(categories.filter((c) => c.code === query.filter.contentCode).map((c) => rootOf(c.id))) : null;

  // A record on a province of the 34 stays on it on the 63 (decision 014, "after-merger"), and in
  // the merger year as recorded: beside the old province of the same name it says "(sau <merger>)".
  const merger = mergerDateOf(geo.successions);
  const marksAfterMerger = merger !== null && (query.basis === "63" || (query.basis === "recorded" && query.year <= yearOf(asCalendarDay(merger))));
  const provinceName = new Map(
    geo.provinces.map((p) => [p.id, marksAfterMerger && p.validFrom >= merger! ? vi("reports.lines.afterMerger", { province: p.name, date: formatDate(asCalendarDay(merger!), true) }) : p.name]),
  );
  const basisProvince = (id: string | null) => (id === null ? null : placeOnBasis(geo, id, query.basis).provinceId);
  const memo = <T>(f: (id: string) => T) => {
    const cache = new Map<string, T>();
    return (id: string | null): T | null => {
      if (id === null) return null;
      if (!cache.has(id)) cache.set(id, f(id));
      return cache.get(id)!;
    };
  };
  const zoneLine = memo((id) => groupLineOf(geo, "zones", id));
  const regionLine = memo((id) => groupLineOf(geo, "regions", id));
  const placed = new Map<string | null, string | null>();
  const place = (id: string | null) => {
    if (!placed.has(id)) placed.set(id, basisProvince(id));
    return placed.get(id)!;
  };

  const unplaced = (label: string): Meta => ({ key: UNPLACED, label, href: null, straddling: null });
  const groupMeta = (kind: "zones" | "regions", provinceId: string | null, dim: "zoneId" | "regionId"): Meta => {
    const id = place(provinceId);
    const line = kind === "zones" ? zoneLine(id) : regionLine(id);
    if (!line) return unplaced(vi(kind === "zones" ? "reports.lines.noZone" : "reports.lines.noRegion"));
    if (line.straddling) {
      // Each straddling province is its own line (two provinces straddling the same groups stay apart).
      const label = vi("reports.lines.straddling", { province: provinceName.get(id!) ?? id!, groups: line.names.join(", ") });
      return { key: `${line.key}:${id}`, label, href: reportHref(query, { to: "province", provinceId: id! }), straddling: line.names };
    }
    const label = scopedReader ? vi("reports.lines.inScope", { group: line.names[0]! }) : line.names[0]!;
    return { key: line.key, label, href: reportHref(query, { to: "overview", by: "province", filter: { ...query.filter, [dim]: line.groupIds[0] } }), straddling: null };
  };

  const metaOf = (f: Fact): Meta => {
    switch (query.by) {
      case "zone":
        return groupMeta("zones", f.provinceId, "zoneId");
      case "region":
        return groupMeta("regions", f.provinceId, "regionId");
      case "province": {
        const id = place(f.provinceId);
        if (!id) return unplaced(vi("reports.lines.noProvince"));
        const z = zoneLine(id);
        return { key: id, label: provinceName.get(id) ?? id, href: reportHref(query, { to: "province", provinceId: id }), straddling: z?.straddling ? z.names : null };
      }
      case "implementer":
        if (!f.implementerId) return unplaced(vi("reports.lines.noImplementer"));
        return { key: f.implementerId, label: orgName.get(f.implementerId) ?? f.implementerId, href: reportHref(query, { to: "implementer", implementerId: f.implementerId }), straddling: null };
      case "content": {
        if (!f.contentId) return unplaced(vi("reports.lines.noContent"));
        const root = categoryById.get(rootOf(f.contentId));
        return { key: root?.id ?? f.contentId, label: root ? `${root.code}. ${root.name}` : f.contentId, href: null, straddling: null };
      }
      case "kind":
        return f.kind ? { key: f.kind, label: vi(`projectKind.${f.kind}`), href: null, straddling: null } : unplaced(vi("reports.lines.noProject"));
      case "status":
        return f.status ? { key: f.status, label: vi(`status.${f.status}`), href: null, straddling: null } : unplaced(vi("reports.lines.noProject"));
      case "source":
        return { key: f.source, label: vi(`fundingSource.${f.source}`), href: null, straddling: null };
      case "month": {
        if (f.periodCutOff) return { key: PERIODIC_LINE, label: periodicLabel, href: null, straddling: null };
        if (f.month === null) return unplaced(vi("reports.lines.noMonth"));
        const key = String(f.month).padStart(2, "0");
        return { key, label: vi("reports.lines.month", { month: f.month }), href: null, straddling: null };
      }
      case "project":
        if (!f.projectId) return unplaced(vi("reports.lines.noProject"));
        return { key: f.projectId, label: projectLabel.get(f.projectId) ?? f.projectId, href: reportHref(query, { to: "project", projectId: f.projectId }), straddling: null };
    }
  };

  // A line's meta depends on one attribute of the fact: built once per value, not per fact (labels
  // and hrefs are strings and URLSearchParams; decision 069). The fact that first gives a value builds it.
  const inputOf = (f: Fact): unknown => {
    switch (query.by) {
      case "zone": case "region": case "province": return place(f.provinceId);
      case "implementer": return f.implementerId;
      case "content": return f.contentId;
      case "kind": return f.kind;
      case "status": return f.status;
      case "source": return f.source;
      case "month": return f.periodCutOff ? PERIODIC_LINE : f.month;
      case "project": return f.projectId;
    }
  };
  const metas = new Map<unknown, Meta>();
  const lineOf = (f: Fact): Meta => {
    const input = inputOf(f);
    let meta = metas.get(input);
    if (!meta) metas.set(input, (meta = metaOf(f)));
    return meta;
  };

  const { filter } = query;
  const matches = (f: Fact): boolean => {
    if (filter.provinceId && f.provinceId !== filter.provinceId && place(f.provinceId) !== filter.provinceId) return false;
    if (filter.zoneId) {
      const z = zoneLine(place(f.provinceId));
      if (!z || z.straddling || z.groupIds[0] !== filter.zoneId) return false;
    }
    if (filter.regionId) {
      const r = regionLine(place(f.provinceId));
      if (!r || r.straddling || r.groupIds[0] !== filter.regionId) return false;
    }
    if (contentRoots && (!f.contentId || !contentRoots.has(rootOf(f.contentId)))) return false;
    if (filter.kind && f.kind !== filter.kind) return false;
    if (filter.implementerId && f.implementerId !== filter.implementerId) return false;
    if (filter.status && f.status !== filter.status) return false;
    return true;
  };

  const sort = <T extends { meta: Meta }>(lines: T[]): T[] =>
    [...lines].sort((a, b) => {
      const rank = (m: Meta) => (m.key === UNPLACED ? 2 : m.key === PERIODIC_LINE ? 3 : m.straddling ? 1 : 0);
      if (rank(a.meta) !== rank(b.meta)) return rank(a.meta) - rank(b.meta);
      return query.by === "month" ? a.meta.key.localeCompare(b.meta.key) : a.meta.label.localeCompare(b.meta.label, "vi");
    });

  const actorZone = (scope: ProvinceScope) => {
    if (scope.all) return null;
    const lines = new Map<string, { key: string; label: string; id: string }>();
    for (const id of scope.provinceIds) {
      const z = zoneLine(place(id));
      if (z && !z.straddling) lines.set(z.key, { key: z.key, label: z.names[0]!, id: z.groupIds[0]! });
    }
    if (lines.size !== 1) return null;
    const only = [...lines.values()][0]!;
    return {
      key: only.key,
      label: only.label,
      matches: (f: Fact) => {
        const z = zoneLine(place(f.provinceId));
        return Boolean(z && !z.straddling && z.groupIds[0] === only.id);
      },
    };
  };

  return { lineOf, matches, sort, totalLabel: vi("reports.lines.total"), nationalLabel: vi("reports.lines.national"), actorZone };
}
