// Finding the Mẫu 2 header row and which column holds what. Users insert columns, rename
// "Kinh phí khuyến công hỗ trợ (triệu đồng)" or add a numbering row, so columns are matched by
// their header text without diacritics and parenthesised hints, never by position.
import { MAU2_COLUMNS, REASON_HEADER, type Mau2Key } from "./columns";
import { toSearchText } from "../search-text";

export function normaliseHeader(text: string): string {
  return toSearchText(text.replace(/\([^)]*\)/g, " ").replace(/[:*]/g, " "));
}

const EXACT = new Map<string, Mau2Key>(MAU2_COLUMNS.flatMap((c) => c.aliases.map((a) => [a, c.key] as const)));
const PREFIXES = MAU2_COLUMNS.flatMap((c) => c.aliases.filter((a) => a.includes(" ")).map((alias) => ({ alias, key: c.key }))).sort((a, b) => b.alias.length - a.alias.length);
const REASON = normaliseHeader(REASON_HEADER);

/** The column key a header names, "reason" for the rejected-rows column, or null. */
export function matchHeader(text: string): Mau2Key | "reason" | null {
  const h = normaliseHeader(text);
  if (!h) return null;
  if (h === REASON) return "reason";
  const exact = EXACT.get(h);
  if (exact) return exact;
  // "Tổng kinh phí đề án" still means the total; single-word aliases ("mã") only match exactly.
  return PREFIXES.find((p) => h.startsWith(`${p.alias} `))?.key ?? null;
}

export type HeaderMap = { row: number; columns: Partial<Record<Mau2Key, number>> };

/** How many of the first rows are searched for the header row. */
export const HEADER_SEARCH_ROWS = 20;

/**
 * The first row (of `rows`, each a 1-based row number and its cell texts by 1-based column) that
 * names the title and at least two other Mẫu 2 columns. When a header repeats, the first wins.
 */
export function findHeaderRow(rows: readonly { row: number; texts: ReadonlyMap<number, string> }[]): HeaderMap | null {
  for (const { row, texts } of rows) {
    const columns: Partial<Record<Mau2Key, number>> = {};
    for (const [column, text] of [...texts.entries()].sort((a, b) => a[0] - b[0])) {
      const key = matchHeader(text);
      if (key && key !== "reason" && columns[key] === undefined) columns[key] = column;
    }
    if (columns.title !== undefined && Object.keys(columns).length >= 3) return { row, columns };
  }
  return null;
}

const TOTAL_LABELS = new Set(["tong cong", "cong", "tong", "tong so", "cong tong"]);

/** The totals row ("Tổng cộng", "Cộng") of the form, which is not a đề án. */
export function isTotalsLabel(text: string): boolean {
  return TOTAL_LABELS.has(toSearchText(text).replace(/[:.]/g, "").trim());
}

/** The "(1) (2) (3)…" column-numbering row some templates put under the header. */
export function isNumberingLabel(text: string): boolean {
  return /^\(?\d{1,2}\)?$/.test(text.trim());
}
