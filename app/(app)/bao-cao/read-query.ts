import "server-only";
import { notFound } from "next/navigation";
import { isDomainError, NotFoundError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/error-text";
import { requestLocale } from "@/lib/i18n/request-locale";
import type { Actor } from "@/lib/auth/actor";
import { defaultDimensionOf } from "@/lib/reports/policy";
import { parseReportQuery } from "@/lib/reports/query";
import type { ReportQuery } from "@/lib/reports/types";

export type Search = Promise<Record<string, string | string[] | undefined>>;
type Refused = { ok: false; message: string; fields?: Record<string, string> };
export type Loaded<T> = { ok: true; value: T } | Refused;

/** A domain refusal as the page shows it, in the request's language; anything else is unexpected and thrown. */
async function refusal(error: unknown): Promise<Refused> {
  if (!isDomainError(error)) throw error;
  const { message, fieldErrors } = errorText(error, await requestLocale());
  return { ok: false, message, fields: fieldErrors };
}

/**
 * The page's report query from its URL, with the path's own filter (a province or implementer
 * page) put in as a parameter so the core checks it too; without `by`, the actor's default dimension. A refused query is the core's message on
 * the page: bad input is never a 500.
 */
export async function readReportQuery(searchParams: Search, fromPath: Record<string, string> = {}, actor?: Actor): Promise<Loaded<ReportQuery>> {
  const params = { ...(await searchParams), ...fromPath };
  try {
    return { ok: true, value: await parseReportQuery(params, undefined, undefined, actor ? { by: defaultDimensionOf(actor) } : {}) };
  } catch (error) {
    return refusal(error);
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
