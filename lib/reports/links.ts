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
      return `/de-an/${target.projectId}`;
  }
}
