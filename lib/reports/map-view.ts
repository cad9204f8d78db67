import "server-only";
// The map of a query: the same report by province, on the set the basis draws (map.ts), joined
// onto the tiles. Reads through buildReport, so it is scoped exactly like every other view.
import { mergerDateOf, provinceSet } from "../admin-units/basis";
import { loadGeography } from "../admin-units/load";
import { coversProvince } from "../admin-units/scope";
import type { Actor } from "../auth/actor";
import { buildReport } from "./build";
import { mapCellsOf, mapSetFor, type MapCell } from "./map";
import type { MapSet } from "./map-tiles";
import type { ReportLine, ReportQuery } from "./types";

export type ReportMapView = { set: MapSet; cells: MapCell[]; unplaced: ReportLine[] };

/** `build` lets a caller that builds other reports of the request share an identical one (overview.ts). */
export async function reportMapView(actor: Actor, query: ReportQuery, build: typeof buildReport = buildReport): Promise<ReportMapView> {
  const geography = await loadGeography();
  const merger = mergerDateOf(geography.successions);
  if (!merger) throw new Error("geography: no ProvinceSuccession rows, so there is no merger date");
  const set = mapSetFor(query.basis, query.year, merger);
  const report = await build(actor, { ...query, basis: set, by: "province" });
  return { set, ...mapCellsOf(set, provinceSet(geography, set), report.lines, (id) => coversProvince(actor, id)) };
}
