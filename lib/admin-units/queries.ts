import "server-only";
// Versioned administrative units: the 63 provinces before the merger and the 34 after; the merger
// date is read from ProvinceSuccession (lib/admin-units/load.ts), never written here.
import { validAtWhere, vietnamToday } from "../calendar";
import { db, type Tx } from "../db/client";
import { toSearchText } from "../search-text";
import { lastDayBefore } from "./basis";
import { groupingOf, type Grouping } from "./groups";
import { loadGeography, loadMergerDate, loadProvinceFamily } from "./load";
import type { ProvinceListInput } from "./schemas";

/** The province with its predecessors and successors in every era (Nghị quyết 202/2025/QH15). */
export async function provinceFamily(tx: Pick<Tx, "provinceSuccession">, id: string | null): Promise<string[]> {
  return id ? loadProvinceFamily(tx, [id]) : [];
}

export type ProvinceRow = {
  id: string;
  code: string;
  name: string;
  isCentralCity: boolean;
  validFrom: Date;
  validTo: Date | null;
  zones: { code: string; name: string; official: boolean }[];
  /** The zone as a grouping: a straddling province of the 34 lists each zone with its former provinces. */
  zoneGrouping: Grouping;
  /** The socio-economic region(s), straddlers explicit. */
  regions: Grouping;
  /** Regions of a province formed by succession are derived from its former provinces (no official list). */
  regionsDerived: boolean;
  successors: { code: string; name: string }[];
  predecessors: { code: string; name: string }[];
  /** Former provinces that matched the search when the province's own name did not ("yen bai" → Lào Cai). */
  matchedFormer: string[];
};

/** The 63 as on the day before the merger, or the 34 as from the merger; the date comes from ProvinceSuccession. */
export async function listProvinces(input: ProvinceListInput, tx: Tx = db()): Promise<{ mergerDate: Date; rows: ProvinceRow[] }> {
  const merger = await loadMergerDate(tx);
  const onDate = input.set === "63" ? lastDayBefore(merger) : merger;
  const q = input.q ? toSearchText(input.q) : undefined;
  const formerMatches = q && input.set === "34" ? [{ predecessors: { some: { from: { searchText: { contains: q } } } } }] : [];
  const [rows, geography] = await Promise.all([
    tx.province.findMany({
      where: { AND: [validAtWhere(onDate), q ? { OR: [{ searchText: { contains: q } }, { code: { startsWith: q } }, ...formerMatches] } : {}] },
      orderBy: { code: "asc" },
      select: {
        id: true,
        code: true,
        name: true,
        searchText: true,
        isCentralCity: true,
        validFrom: true,
        validTo: true,
        zoneMemberships: { select: { official: true, zone: { select: { code: true, name: true } } } },
        successors: { select: { to: { select: { code: true, name: true } } } },
        predecessors: { select: { from: { select: { code: true, name: true, searchText: true } } }, orderBy: { from: { code: "asc" } } },
      },
    }),
    loadGeography(tx),
  ]);
  return { mergerDate: merger, rows: rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    isCentralCity: r.isCentralCity,
    validFrom: r.validFrom,
    validTo: r.validTo,
    zones: r.zoneMemberships.map((m) => ({ code: m.zone.code, name: m.zone.name, official: m.official })),
    zoneGrouping: groupingOf(geography, "zones", r.id),
    regions: groupingOf(geography, "regions", r.id),
    regionsDerived: r.predecessors.length > 0,
    successors: r.successors.map((s) => s.to),
    predecessors: r.predecessors.map((p) => ({ code: p.from.code, name: p.from.name })),
    matchedFormer: q && !r.searchText.includes(q) && !r.code.startsWith(q) ? r.predecessors.filter((p) => p.from.searchText.includes(q)).map((p) => p.from.name) : [],
  })) };
}

/** The provinces in force today (the 34), for choices that are not limited to the actor's scope. */
export async function provincesInForce(now?: Date): Promise<{ id: string; name: string }[]> {
  return db().province.findMany({ where: validAtWhere(vietnamToday(now)), orderBy: { code: "asc" }, select: { id: true, name: true } });
}
