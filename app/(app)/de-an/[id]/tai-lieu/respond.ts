import "server-only";
// JSON answers of the attachment route handlers, shaped like ActionResult so the client reads
// both the same way. Domain errors are rendered in the request's locale; anything else is logged
// and answered with a generic message, never a stack trace.
import { NextResponse } from "next/server";
import { AttachmentRejectedError, type RejectionReason } from "@/lib/attachments/check";
import { httpStatusOf, isDomainError } from "@/lib/errors";
import { edgeText, errorText } from "@/lib/i18n/error-text";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { log } from "@/lib/log";

export { isSameOrigin } from "@/lib/http/same-origin";

const NO_STORE = { "Cache-Control": "no-store" };

const STATUS_BY_REASON: Record<RejectionReason, number> = { EMPTY: 400, TOO_LARGE: 413, UNSUPPORTED_TYPE: 415 };

export const unauthenticatedMessage = (locale: Locale) => edgeText(locale, "errors.action.unauthenticated");

export function success<T>(data: T, status = 200): Response {
  return NextResponse.json({ ok: true, data }, { status, headers: NO_STORE });
}

export function failure(status: number, code: string, message: string, fieldErrors?: Record<string, string>): Response {
  return NextResponse.json({ ok: false, code, message, ...(fieldErrors ? { fieldErrors } : {}) }, { status, headers: NO_STORE });
}

export function errorResponse(error: unknown, locale: Locale = DEFAULT_LOCALE): Response {
  if (error instanceof AttachmentRejectedError) return failure(STATUS_BY_REASON[error.reason], error.code, errorText(error, locale).message);
  if (isDomainError(error)) {
    const { message, fieldErrors } = errorText(error, locale);
    return failure(httpStatusOf(error), error.code, message, fieldErrors);
  }
  void log.error("Unexpected error in attachment route", { error });
  return failure(500, "UNEXPECTED", edgeText(locale, "errors.action.unexpected"));
}
