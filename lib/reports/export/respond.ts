// The HTTP answer of a report download, shared by /bao-cao/xuat and /bao-cao/hoi-nghi: the file
// with its name (ASCII + RFC 5987) and never cached; a DomainError as its text in the request's
// locale with its status (a bad parameter is 400, another province 404), with every field message
// so the reader sees which parameter is wrong; anything else logged and answered 500 generically.
import type { Actor } from "../../auth/actor";
import { httpStatusOf, isDomainError } from "../../errors";
import { edgeText, errorText } from "../../i18n/error-text";
import type { Locale } from "../../i18n/locales";
import type { ReportFile } from "./files";
import { log } from "../../log";

const TEXT = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" };

export async function respondWithReportFile(locale: Locale, actor: Actor | null, build: (actor: Actor) => Promise<ReportFile>): Promise<Response> {
  if (!actor) return new Response(edgeText(locale, "errors.action.unauthenticated"), { status: 401, headers: TEXT });
  try {
    const file = await build(actor);
    return new Response(file.bytes as BodyInit, {
      headers: { "Content-Type": file.contentType, "Content-Disposition": file.disposition, "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
    });
  } catch (error) {
    if (isDomainError(error)) {
      const text = errorText(error, locale);
      const fields = Object.entries(text.fieldErrors ?? {}).map(([field, message]) => `${field}: ${message}`);
      return new Response([text.message, ...fields].join("\n"), { status: httpStatusOf(error), headers: TEXT });
    }
    void log.error("Report file failed", { error });
    return new Response(edgeText(locale, "errors.reportExport.failed"), { status: 500, headers: TEXT });
  }
}
