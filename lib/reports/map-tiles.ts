// The tile-grid map of Vietnam (docs/decisions/032): one square per province, placed by hand on a
// grid that keeps the country's S shape and each province's neighbours roughly where they are.
// Positions are data, keyed by GSO code per set (codes are reused across the merger: 15 is Yên
// Bái on the 63 and Lào Cai on the 34), so no boundary dataset and no licence are involved.
// Names are not repeated here: they come from the geography data the report is read against.

export type MapSet = "63" | "34";

/** A province's square: GSO code, the abbreviation written on it, and its grid cell (row 0 = north, col 0 = west). */
export type MapTile = { code: string; abbr: string; row: number; col: number };

const tile = (code: string, abbr: string, row: number, col: number): MapTile => ({ code, abbr, row, col });

/** The 63 provinces in force until the merger (prisma/seed/data/provinces-63.csv). */
export const TILES_63: readonly MapTile[] = [
  tile("12", "LCh", 0, 2), tile("10", "LCa", 0, 3), tile("02", "HGi", 0, 4), tile("04", "CB", 0, 5),
  tile("11", "ĐB", 1, 1), tile("14", "SL", 1, 2), tile("15", "YB", 1, 3), tile("08", "TQ", 1, 4), tile("06", "BK", 1, 5), tile("20", "LS", 1, 6),
  tile("25", "PT", 2, 3), tile("26", "VP", 2, 4), tile("19", "TN", 2, 5), tile("24", "BG", 2, 6), tile("22", "QNi", 2, 7),
  tile("17", "HB", 3, 3), tile("01", "HN", 3, 4), tile("27", "BN", 3, 5), tile("30", "HD", 3, 6), tile("31", "HP", 3, 7),
  tile("35", "HNa", 4, 4), tile("33", "HY", 4, 5), tile("34", "TB", 4, 6),
  tile("38", "TH", 5, 3), tile("37", "NB", 5, 4), tile("36", "NĐ", 5, 5),
  tile("40", "NA", 6, 3),
  tile("42", "HT", 7, 4),
  tile("44", "QB", 8, 4),
  tile("45", "QT", 9, 5),
  tile("46", "Huế", 10, 5), tile("48", "ĐNa", 10, 6),
  tile("49", "QNa", 11, 6),
  tile("62", "KT", 12, 5), tile("51", "QNg", 12, 6),
  tile("64", "GL", 13, 5), tile("52", "BĐ", 13, 6),
  tile("66", "ĐL", 14, 5), tile("54", "PY", 14, 6),
  tile("70", "BP", 15, 3), tile("67", "ĐNo", 15, 4), tile("68", "LĐ", 15, 5), tile("56", "KH", 15, 6),
  tile("72", "TNi", 16, 2), tile("74", "BD", 16, 3), tile("75", "ĐN", 16, 4), tile("60", "BTh", 16, 5), tile("58", "NT", 16, 6),
  tile("89", "AG", 17, 0), tile("87", "ĐT", 17, 1), tile("80", "LA", 17, 2), tile("79", "HCM", 17, 3), tile("77", "VT", 17, 4),
  tile("91", "KG", 18, 0), tile("92", "CT", 18, 1), tile("86", "VL", 18, 2), tile("82", "TG", 18, 3), tile("83", "BTr", 18, 4),
  tile("93", "HGa", 19, 1), tile("94", "ST", 19, 2), tile("84", "TV", 19, 3),
  tile("96", "CM", 20, 0), tile("95", "BL", 20, 1),
];

/** The 34 provinces in force from the merger (prisma/seed/data/provinces-34.csv). */
export const TILES_34: readonly MapTile[] = [
  tile("12", "LCh", 0, 1), tile("15", "LCa", 0, 2), tile("08", "TQ", 0, 3), tile("04", "CB", 0, 4),
  tile("11", "ĐB", 1, 0), tile("14", "SL", 1, 1), tile("25", "PT", 1, 2), tile("19", "TN", 1, 3), tile("20", "LS", 1, 4), tile("22", "QNi", 1, 5),
  tile("01", "HN", 2, 2), tile("24", "BN", 2, 3), tile("31", "HP", 2, 4),
  tile("37", "NB", 3, 2), tile("33", "HY", 3, 3),
  tile("38", "TH", 4, 2),
  tile("40", "NA", 5, 2),
  tile("42", "HT", 6, 3),
  tile("44", "QT", 7, 3),
  tile("46", "Huế", 8, 4),
  tile("48", "ĐNa", 9, 4),
  tile("51", "QNg", 10, 4),
  tile("52", "GL", 11, 4),
  tile("66", "ĐL", 12, 4),
  tile("75", "ĐN", 13, 2), tile("68", "LĐ", 13, 3), tile("56", "KH", 13, 4),
  tile("80", "TNi", 14, 1), tile("79", "HCM", 14, 2),
  tile("91", "AG", 15, 0), tile("82", "ĐT", 15, 1), tile("86", "VL", 15, 2),
  tile("96", "CM", 16, 0), tile("92", "CT", 16, 1),
];

export const MAP_TILES: Record<MapSet, readonly MapTile[]> = { "63": TILES_63, "34": TILES_34 };

/** Grid size of a set, for the SVG's viewBox. */
export function gridSize(tiles: readonly MapTile[]): { rows: number; cols: number } {
  return { rows: Math.max(...tiles.map((t) => t.row)) + 1, cols: Math.max(...tiles.map((t) => t.col)) + 1 };
}
