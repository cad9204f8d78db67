// Biên bản nghiệm thu (Mẫu 5a/5b/5c) as PDF, for anyone who can see the đề án; another province's
// acceptance is 404, like one that does not exist.
import { buildAcceptanceMinutesPdf } from "@/lib/acceptance/minutes-pdf";
import { getAcceptanceMinutes } from "@/lib/acceptance/queries";
import { getActor } from "@/lib/auth/session";
import { httpStatusOf, isDomainError } from "@/lib/errors";
import { edgeText, errorText } from "@/lib/i18n/error-text";
import { requestLocale } from "@/lib/i18n/request-locale";
import { log } from "@/lib/log";

export const runtime = "nodejs";

const TEXT = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; acceptanceId: string }> }) {
  const locale = await requestLocale();
  const actor = await getActor();
  if (!actor) return new Response(edgeText(locale, "errors.action.unauthenticated"), { status: 401, headers: TEXT });
  const { id, acceptanceId } = await params;
  try {
    const minutes = await getAcceptanceMinutes(actor, id, acceptanceId);
    const pdf = await buildAcceptanceMinutesPdf(minutes);
    const file = `bien-ban-nghiem-thu-${minutes.acceptance.form.replace("MAU_", "").toLowerCase()}-${minutes.project.code}.pdf`;
    return new Response(new Uint8Array(pdf), { headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${file}"`, "Cache-Control": "private, no-store" } });
  } catch (error) {
    if (isDomainError(error)) return new Response(errorText(error, locale).message, { status: httpStatusOf(error), headers: TEXT });
    void log.error("Acceptance minutes PDF failed", { error });
    return new Response(edgeText(locale, "errors.files.minutesFailed"), { status: 500, headers: TEXT });
  }
}
