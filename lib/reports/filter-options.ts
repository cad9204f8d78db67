import "server-only";
// The choices of the report pages' filter bar: plan years, zones, regions, the provinces of the
// actor's scope on the query's basis, content categories (by code, continued across catalogue
// versions) and the implementers of the year's đề án the actor may read. Reference data apart
// from the last two, which are scoped like every đề án read (projectScopeWhere).
import type { Actor } from "../auth/actor";
import { mergerDateOf, provinceSet } from "../admin-units/basis";
import { loadGeography } from "../admin-units/load";
import { coversProvince } from "../admin-units/scope";
import { calendarDay } from "../calendar";
import { projectScopeWhere } from "../auth/policy";
import { db } from "../db/client";
import { nameAt, NAME_HISTORY_SELECT } from "../organisations/names";
import { planYearNumbers } from "../plan-years/queries";
import type { ReportQuery } from "./types";

export type Option = { value: string; label: string };
export type ReportFilterOptions = { years: number[]; zones: Option[]; regions: Option[]; provinces: Option[]; contents: Option[]; implementers: Option[] };

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label, "vi");

export async function reportFilterOptions(actor: Actor, query: ReportQuery): Promise<ReportFilterOptions> {
  const client = db();
  const [years, zones, regions, geography, contents, implementers] = await Promise.all([
    planYearNumbers(),
    client.zone.findMany({ orderBy: { code: "asc" }, select: { id: true, name: true } }),
    client.socioEconomicRegion.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    loadGeography(client),
    client.contentCategory.findMany({ orderBy: [{ code: "asc" }, { version: { validFrom: "desc" } }], select: { code: true, name: true } }),
    client.organisation.findMany({
      where: { implementedProjects: { some: { AND: [projectScopeWhere(actor), { planYear: query.year }] } } },
      orderBy: { code: "asc" },
      select: { id: true, names: NAME_HISTORY_SELECT },
    }),
  ]);
  // The provinces of the basis: the 63 or the 34; "as recorded" offers every province in force on
  // some day of the year (the merger year has both eras). Scope rows are succession-expanded.
  const merger = mergerDateOf(geography.successions);
  const first = calendarDay(query.year, 1, 1);
  const last = calendarDay(query.year, 12, 31);
  const candidates = query.basis === "recorded" || !merger ? geography.provinces.filter((p) => p.validFrom <= last && (p.validTo === null || p.validTo > first)) : provinceSet(geography, query.basis);
  const provinces = candidates.filter((p) => coversProvince(actor, p.id)).map((p) => ({ value: p.id, label: p.name }));
  const firstName = new Map<string, string>();
  for (const c of contents) if (!firstName.has(c.code)) firstName.set(c.code, c.name);
  return {
    years,
    zones: zones.map((z) => ({ value: z.id, label: z.name })),
    regions: regions.map((r) => ({ value: r.id, label: r.name })),
    provinces: provinces.sort(byLabel),
    contents: [...firstName].map(([code, name]) => ({ value: code, label: `${code}. ${name}` })),
    implementers: implementers.map((o) => ({ value: o.id, label: nameAt(o.names, query.cutOff) })).sort(byLabel),
  };
}
