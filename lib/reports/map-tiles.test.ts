import { describe, expect, it } from "vitest";
import { readNewProvinces, readOldProvinces } from "../../prisma/seed/reference/csv";
import { gridSize, MAP_TILES, TILES_34, TILES_63, type MapTile } from "./map-tiles";

const codes = (tiles: readonly MapTile[]) => tiles.map((t) => t.code).sort();

describe.each([
  ["63", TILES_63, () => readOldProvinces().map((p) => p.code)],
  ["34", TILES_34, () => readNewProvinces().map((p) => p.code)],
] as const)("the %s-province tile grid", (set, tiles, csvCodes) => {
  it("has one tile per province of the CSV, and no other", () => {
    expect(tiles).toHaveLength(Number(set));
    expect(codes(tiles)).toEqual([...csvCodes()].sort());
    expect(MAP_TILES[set]).toBe(tiles);
  });

  it("gives every tile its own cell and its own abbreviation", () => {
    expect(new Set(tiles.map((t) => `${t.row}:${t.col}`)).size).toBe(tiles.length);
    expect(new Set(tiles.map((t) => t.code)).size).toBe(tiles.length);
    expect(new Set(tiles.map((t) => t.abbr)).size).toBe(tiles.length);
    for (const t of tiles) {
      expect(Number.isInteger(t.row) && t.row >= 0, t.code).toBe(true);
      expect(Number.isInteger(t.col) && t.col >= 0, t.code).toBe(true);
      expect(t.abbr.length, t.code).toBeLessThanOrEqual(4);
    }
  });

  it("runs north to south: Hà Nội above Đà Nẵng above Hồ Chí Minh above Cà Mau", () => {
    const row = (code: string) => tiles.find((t) => t.code === code)!.row;
    expect(row("01")).toBeLessThan(row("48"));
    expect(row("48")).toBeLessThan(row("79"));
    expect(row("79")).toBeLessThan(row("96"));
  });
});

describe("gridSize", () => {
  it("covers every tile", () => {
    expect(gridSize(TILES_63)).toEqual({ rows: 21, cols: 8 });
    expect(gridSize(TILES_34)).toEqual({ rows: 17, cols: 6 });
  });
});
