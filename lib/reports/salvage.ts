// A refused report URL keeps what was right in it: the page shows the refusal and, beside it, the
// filter form with the user's valid values, so only the wrong one needs correcting. Reads only
// what parseReportQuery reads (plan years, admin units, organisations by id or code).
import { db, type Tx } from "../db/client";
import { isDomainError } from "../errors";
import { parseReportQuery } from "./query";
import type { ReportQuery } from "./types";

type Params = Record<string, string | string[] | undefined>;

async function attempt(params: Params, now: Date, client: Tx): Promise<ReportQuery | null> {
  try {
    return await parseReportQuery(params, now, client);
  } catch (error) {
    if (isDomainError(error)) return null;
    throw error;
  }
}

const without = (params: Params, drop: ReadonlySet<string>): Params => Object.fromEntries(Object.entries(params).filter(([key]) => !drop.has(key)));

/**
 * The query of `params` less the parameters that made it refused: first those the refusal names
 * (`fields`), then, if that is not enough, any one parameter more; at worst only `keep` (the
 * path's own filter, which the page has already checked). Null when even that is refused.
 */
export async function salvageReportQuery(params: Params, fields: readonly string[], keep: readonly string[] = [], now: Date = new Date(), client: Tx = db()): Promise<ReportQuery | null> {
  const named = new Set(fields.map((f) => f.split(".")[0]!).filter((f) => !keep.includes(f)));
  const first = await attempt(without(params, named), now, client);
  if (first) return first;
  for (const key of Object.keys(params)) {
    if (named.has(key) || keep.includes(key)) continue;
    const query = await attempt(without(params, new Set([...named, key])), now, client);
    if (query) return query;
  }
  return attempt(Object.fromEntries(keep.filter((k) => params[k] !== undefined).map((k) => [k, params[k]])), now, client);
}
