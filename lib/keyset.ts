// Keyset pages (decision 063): a page is read as "the rows after (or before) this sort key", so a
// deep page costs what page 1 costs, where OFFSET reads and drops every earlier row. The cursor
// names only a position in the order; what the actor may see stays in the query's where, so a
// forged cursor can move the window but never widen it.
import { z } from "zod";

/** Counting stops here: past it the list says "more than" instead of reading every row. */
export const COUNT_CAP = 10_000;

/** The URL parameters of the cursors: `?sau=` (the rows after) and `?truoc=` (the rows before). */
export const AFTER_PARAM = "sau";
export const BEFORE_PARAM = "truoc";

export type SortKey = readonly [field: string, dir: "asc" | "desc"];

export type KeysetPage<T> = {
  rows: T[];
  /** At most COUNT_CAP; `over` says there are more. */
  total: number;
  over: boolean;
  next: string | null;
  prev: string | null;
};

/** A cursor from a URL: opaque text of the base64url alphabet, bounded; anything else is no cursor. */
export const CursorTextSchema = z.string().max(4000).regex(/^[A-Za-z0-9_-]+$/).optional().catch(undefined);

/** `{ after, before }` from a page's search params (`?sau=…`, `?truoc=…`). */
export function cursorParams(params: Record<string, string | string[] | undefined>): { after?: string; before?: string } {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return { after: one(params[AFTER_PARAM]), before: one(params[BEFORE_PARAM]) };
}

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
}

/** The cursor's value when it is one `schema` accepts; a forged or malformed cursor reads as none (page 1). */
export function decodeCursor<T>(text: string | undefined, schema: z.ZodType<T>): T | undefined {
  if (!text) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The count read with `take: COUNT_CAP + 1`, as the page reports it. */
export function cappedTotal(counted: number): { total: number; over: boolean } {
  return { total: Math.min(counted, COUNT_CAP), over: counted > COUNT_CAP };
}

/** The order read backwards, for the rows before a cursor. */
export function reversed(keys: readonly SortKey[]): SortKey[] {
  return keys.map(([f, d]) => [f, d === "asc" ? "desc" : "asc"] as const);
}

/**
 * The rows after `values` in the order `keys`, as contiguous ranges in that order: for (a, b),
 * first "a = va and b beyond vb", then "a beyond va". Each is one range of an index on the order,
 * where the single "(a beyond va) or (a = va and b beyond vb)" would scan and filter the rest of
 * va's group (EXPLAIN in decision 063).
 */
export function seekRanges(keys: readonly SortKey[], values: readonly unknown[], beyond: Beyond = {}): Record<string, unknown>[] {
  return keys.map((_, j) => {
    const i = keys.length - 1 - j;
    const range: Record<string, unknown> = {};
    for (let e = 0; e < i; e++) range[keys[e]![0]] = values[e];
    const [field, dir] = keys[i]!;
    range[field] = beyond[field]?.(values[i], dir) ?? { [dir === "asc" ? "gt" : "lt"]: values[i] };
    return range;
  });
}

/** Fields whose filter has no gt/lt (Prisma enums) say how to select the values beyond one. */
export type Beyond = Record<string, (value: unknown, dir: "asc" | "desc") => unknown>;

/** `{ in: … }` of the values after `value` in an enum's declaration order (PostgreSQL orders enums so). */
export function enumBeyond(order: readonly string[]): (value: unknown, dir: "asc" | "desc") => unknown {
  return (value, dir) => {
    const at = order.indexOf(value as string);
    return { in: dir === "asc" ? order.slice(at + 1) : order.slice(0, Math.max(at, 0)) };
  };
}
