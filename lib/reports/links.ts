// The drill-down routes of the reports, in one place (pages are built elsewhere): the overview
// by zone, a province page, an implementer page and the đề án page (its money panel links each contract's ledger).
import { reportSearchParams } from "./query";
import type { Dimension, ReportFilter, ReportQuery } from "./types";

export type DrillTarget =
  | { to: "overview"; by?: Dimension; filter?: ReportFilter }
  | { to: "province"; provinceId: string }
  | { to: "implementer"; implementerId: string }
  | { to: "project"; projectId: string };

/** The href of a drill-down target, keeping the query's year, cut-off, basis and source in the URL. */
export function reportHref(query: ReportQuery, target: DrillTarget): string {
  switch (target.to) {
    case "overview":
      return `/bao-cao?${reportSearchParams(query, { by: target.by ?? query.by, filter: target.filter ?? query.filter })}`;
    case "province":
      return `/bao-cao/tinh/${target.provinceId}?${reportSearchParams(query, { by: "project", filter: {} })}`;
    case "implementer":
      return `/bao-cao/don-vi/${target.implementerId}?${reportSearchParams(query, { by: "project", filter: {} })}`;
    case "project":
      return `/de-an/${target.projectId}?${new URLSearchParams({ from: returnPath(query) })}`;
  }
}

/** The report page a đề án was opened from: an implementer's or a province's page when the query is one's, else the overview. */
function returnPath(query: ReportQuery): string {
  // The page's own filter is its path, not a parameter.
  const { implementerId, provinceId, ...rest } = query.filter;
  if (implementerId) return `/bao-cao/don-vi/${implementerId}?${reportSearchParams(query, { filter: { ...rest, ...(provinceId ? { provinceId } : {}) } })}`;
  if (provinceId) return `/bao-cao/tinh/${provinceId}?${reportSearchParams(query, { filter: rest })}`;
  return `/bao-cao?${reportSearchParams(query)}`;
}

/**
 * A `from` parameter as the back link of a page opened from a report, or null: only a relative
 * path of the reports ("/bao-cao", "/bao-cao/…", "/bao-cao?…"), so the link can never leave the
 * site ("//host", "/\\host", "https:…") nor lead anywhere but a report.
 */
export function reportReturnPath(value: string | string[] | undefined): string | null {
  if (typeof value !== "string" || value.length > 2000) return null;
  if (!/^\/bao-cao(?:[/?]|$)/.test(value)) return null;
  const path = value.split("?")[0]!;
  if (/\/\/|%2f|%5c|%2e/i.test(path) || path.split("/").includes("..") || /[\u0000-\u0020\\\u007f]/.test(value)) return null;
  return value;
}
