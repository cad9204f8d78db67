// The orders of the đề án list and their keyset cursors (lib/keyset, decision 063). Every order ends
// on the unique code, so a sort key names exactly one position.
import { z } from "zod";
import { decodeCursor, encodeCursor, enumBeyond, type Beyond, type SortKey } from "../keyset";
import type { ProjectListInput } from "./schemas";
import { PROJECT_STATUSES } from "./statuses";

type Sort = ProjectListInput["sort"];
type Dir = ProjectListInput["dir"];

export function listKeys(sort: Sort, dir: Dir): SortKey[] {
  return sort === "code" ? [["code", dir]] : [[SORT_FIELD[sort], dir], ["code", "asc"]];
}

const SORT_FIELD = { year: "planYear", title: "title", support: "supportAmount", status: "status" } as const;

/** PROJECT_STATUSES is in the enum's declaration order (prisma/schema.prisma), which is how PostgreSQL sorts it. */
export const LIST_BEYOND: Beyond = { status: enumBeyond(PROJECT_STATUSES) };

const code = z.string().min(1).max(100);
const FIRST_KEY = {
  year: z.number().int().min(0).max(9999),
  title: z.string().max(1000),
  // BigInt has no JSON form: the amount travels as its digits.
  support: z.string().regex(/^-?\d{1,20}$/).transform(BigInt),
  status: z.enum(PROJECT_STATUSES),
} as const;

type KeyRow = { code: string; planYear: number; title: string; supportAmount: bigint; status: string };

export function listCursor(row: KeyRow, sort: Sort, dir: Dir): string {
  const first = { year: row.planYear, title: row.title, support: row.supportAmount.toString(), status: row.status, code: null }[sort];
  return encodeCursor({ s: sort, d: dir, k: sort === "code" ? [row.code] : [first, row.code] });
}

/** The key values of a cursor made for this sort and direction; any other cursor is none. */
export function readListCursor(text: string | undefined, sort: Sort, dir: Dir): unknown[] | undefined {
  const key = sort === "code" ? z.tuple([code]) : z.tuple([FIRST_KEY[sort], code]);
  return decodeCursor(text, z.object({ s: z.literal(sort), d: z.literal(dir), k: key }))?.k;
}
