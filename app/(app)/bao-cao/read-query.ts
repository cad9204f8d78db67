import "server-only";
import { notFound } from "next/navigation";
import { isDomainError, NotFoundError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/error-text";
import { requestLocale } from "@/lib/i18n/request-locale";
import type { Actor } from "@/lib/auth/actor";
import { reportFilterOptions } from "@/lib/reports/filter-options";
import { defaultDimensionOf } from "@/lib/reports/policy";
import { parseReportQuery } from "@/lib/reports/query";
import { salvageReportQuery } from "@/lib/reports/salvage";
import type { ReportQuery } from "@/lib/reports/types";
import type { ErrorFilters } from "@/components/reports/report-error";

export type Search = Promise<Record<string, string | string[] | undefined>>;
type Refused = { ok: false; message: string; fields?: Record<string, string>; filters?: ErrorFilters };
export type Loaded<T> = { ok: true; value: T } | Refused;

/** A domain refusal as the page shows it, in the request's language; anything else is unexpected and thrown. */
async function refusal(error: unknown): Promise<Refused> {
  if (!isDomainError(error)) throw error;
  const { message, fieldErrors } = errorText(error, await requestLocale());
  return { ok: false, message, fields: fieldErrors };
}

/** The filter form of an error page: the query's values and the actor's choices, or none if even those are refused. */
export async function errorFilters(actor: Actor, query: ReportQuery | null): Promise<ErrorFilters | undefined> {
  if (!query) return undefined;
  try {
    return { query, options: await reportFilterOptions(actor, query) };
  } catch (error) {
    if (isDomainError(error)) return undefined;
    throw error;
  }
}

/**
 * The page's report query from its URL, with the path's own filter (a province or implementer
 * page) put in as a parameter so the core checks it too; without `by`, the overview
 * (`actorDefault`) opens on the actor's default dimension. A refused query is the core's message on
 * the page, with the filter form holding the parameters that were right: bad input is never a 500.
 */
export async function readReportQuery(actor: Actor, searchParams: Search, fromPath: Record<string, string> = {}, actorDefault = false): Promise<Loaded<ReportQuery>> {
  const params = { ...(await searchParams), ...fromPath };
  try {
    return { ok: true, value: await parseReportQuery(params, undefined, undefined, actorDefault ? { by: defaultDimensionOf(actor) } : {}) };
  } catch (error) {
    const refused = await refusal(error);
    const salvaged = await salvageReportQuery(params, Object.keys(refused.fields ?? {}), Object.keys(fromPath));
    const filters = await errorFilters(actor, salvaged);
    return filters ? { ...refused, filters } : refused;
  }
}

/** A view's reads: a record outside the scope (or missing) is a 404, any other refusal of the core is its message. */
export async function loadView<T>(load: Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, value: await load };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    return refusal(error);
  }
}
