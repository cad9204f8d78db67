// The map's view model (docs/decisions/032), pure: which set of provinces a basis draws, the
// colour bin of a % of plan, and the join of a by-province report onto the tiles of that set.
import type { Basis } from "../admin-units/basis";
import { asCalendarDay, yearOf } from "../calendar";
import { MAP_TILES, type MapSet, type MapTile } from "./map-tiles";
import type { ReportLine } from "./types";

/**
 * The set a basis is drawn on. "63" and "34" are themselves; "recorded" draws the set in force
 * for most of the year: the 34 for years after the merger's year, the 63 up to it (the merger
 * year's records are mostly on the 63). Read from the succession data, never a date literal.
 */
export function mapSetFor(basis: Basis, year: number, mergerDate: Date): MapSet {
  if (basis !== "recorded") return basis;
  return year > yearOf(asCalendarDay(mergerDate)) ? "34" : "63";
}

/** Colour bins of % of plan (basis points), lowest first; the last bin is open-ended. */
export const PERCENT_BINS: readonly { fromBp: number; toBp: number | null; fill: string; text: string }[] = [
  { fromBp: 0, toBp: 3000, fill: "#fde0c5", text: "#3b1f00" },
  { fromBp: 3000, toBp: 6000, fill: "#facba6", text: "#3b1f00" },
  { fromBp: 6000, toBp: 9000, fill: "#9ecae1", text: "#08306b" },
  { fromBp: 9000, toBp: 10000, fill: "#4292c6", text: "#ffffff" },
  { fromBp: 10000, toBp: null, fill: "#08519c", text: "#ffffff" },
];
export const NO_PLAN_STYLE = { fill: "#e2e8f0", text: "#334155" } as const;
export const NOT_REPORTED_STYLE = { fill: "#ffffff", text: "#334155" } as const;
export const OUT_OF_SCOPE_STYLE = { fill: "#f8fafc", text: "#94a3b8" } as const;

/** The bin a % of plan falls in (a negative figure, after refunds, is in the lowest bin). */
export function binOf(bp: bigint): number {
  const i = PERCENT_BINS.findIndex((b) => b.toBp !== null && bp < BigInt(b.toBp));
  return i === -1 ? PERCENT_BINS.length - 1 : i;
}

/** What a tile shows: outside the reader's scope, no plan (nothing to divide by), plan but not reported, or a % of plan. */
export type TileState = { kind: "outOfScope" } | { kind: "noPlan" } | { kind: "notReported" } | { kind: "percent"; bp: bigint; bin: number };

export type MapCell = MapTile & { name: string; provinceId: string | null; href: string | null; state: TileState; line: ReportLine | null };

export function tileStateOf(line: ReportLine | null): TileState {
  const plan = line?.current.planAdjusted ?? null;
  if (!line || plan === null || plan === 0n) return { kind: "noPlan" };
  const bp = line.percentOfPlan.bp;
  if (line.current.executed === null || bp === null) return { kind: "notReported" };
  return { kind: "percent", bp, bin: binOf(bp) };
}

/**
 * Joins a by-province report (line key = province id) onto the tiles of `set`. `provinces` are
 * the provinces of that set (provinceSet). Lines without a tile (on the 63, a record made on a
 * province of the 34 stays on it, decision 014) are returned as `unplaced`, for the page to list.
 * A province the reader may not read is "out of scope", never "no plan".
 */
export function mapCellsOf(
  set: MapSet,
  provinces: readonly { id: string; code: string; name: string }[],
  lines: readonly ReportLine[],
  inScope: (provinceId: string) => boolean = () => true,
): { cells: MapCell[]; unplaced: ReportLine[] } {
  const byCode = new Map(provinces.map((p) => [p.code, p]));
  const byKey = new Map(lines.map((l) => [l.key, l]));
  const placed = new Set<string>();
  const cells = MAP_TILES[set].map((tile): MapCell => {
    const province = byCode.get(tile.code) ?? null;
    const line = province ? (byKey.get(province.id) ?? null) : null;
    if (line) placed.add(line.key);
    const state: TileState = !line && province && !inScope(province.id) ? { kind: "outOfScope" } : tileStateOf(line);
    return { ...tile, name: province?.name ?? tile.abbr, provinceId: province?.id ?? null, href: line?.href ?? null, state, line };
  });
  return { cells, unplaced: lines.filter((l) => !placed.has(l.key)) };
}
