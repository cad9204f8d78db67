// The links to the report downloads, keeping the page's query (year, cut-off, basis, source,
// dimension, filters) so the file is the table on screen. For the pages' export buttons.
import { reportSearchParams } from "../query";
import type { ReportQuery } from "../types";

export function reportExportHref(query: ReportQuery, format: "xlsx" | "csv"): string {
  const params = reportSearchParams(query);
  params.set("format", format);
  return `/bao-cao/xuat?${params}`;
}

/** The conference summary ignores the page's source and dimension: it shows every source by zone and by province. */
export function conferencePdfHref(query: ReportQuery): string {
  return `/bao-cao/hoi-nghi?${reportSearchParams(query)}`;
}
