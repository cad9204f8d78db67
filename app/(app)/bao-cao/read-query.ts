import "server-only";
import { errorText } from "@/lib/i18n/error-text";
import { requestLocale } from "@/lib/i18n/request-locale";
import { isDomainError } from "@/lib/errors";
import { parseReportQuery } from "@/lib/reports/query";
import type { ReportQuery } from "@/lib/reports/types";

export type Search = Promise<Record<string, string | string[] | undefined>>;
export type ReadQuery = { ok: true; query: ReportQuery } | { ok: false; message: string; fields?: Record<string, string> };

/**
 * The page's report query from its URL, with the path's own filter (a province or implementer
 * page) put in as a parameter so the core checks it too. A refused query is the core's message in
 * the request's language, shown on the page: bad input is never a 500.
 */
export async function readReportQuery(searchParams: Search, fromPath: Record<string, string> = {}): Promise<ReadQuery> {
  const params = { ...(await searchParams), ...fromPath };
  try {
    return { ok: true, query: await parseReportQuery(params) };
  } catch (error) {
    if (!isDomainError(error)) throw error;
    const { message, fieldErrors } = errorText(error, await requestLocale());
    return { ok: false, message, fields: fieldErrors };
  }
}
