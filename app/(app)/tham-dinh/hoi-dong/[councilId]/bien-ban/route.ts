// Biên bản thẩm định (PDF) of a hội đồng thẩm định cấp Bộ (TT 36/2013 Điều 8.2–8.3). Only Cục
// staff may download it; anyone else gets 404, as for a council that does not exist.
import { canAppraiseAtMinistry } from "@/lib/appraisals/policy";
import { getCouncil } from "@/lib/appraisals/council-queries";
import { buildMinutesPdf } from "@/lib/appraisals/minutes-pdf";
import { getActor } from "@/lib/auth/session";
import { httpStatusOf, isDomainError } from "@/lib/errors";
import { edgeText, errorText } from "@/lib/i18n/error-text";
import { requestLocale } from "@/lib/i18n/request-locale";
import { log } from "@/lib/log";

export const runtime = "nodejs";

const TEXT = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };

export async function GET(_request: Request, { params }: { params: Promise<{ councilId: string }> }) {
  const locale = await requestLocale();
  const actor = await getActor();
  if (!actor) return new Response(edgeText(locale, "errors.action.unauthenticated"), { status: 401, headers: TEXT });
  if (!canAppraiseAtMinistry(actor)) return new Response(edgeText(locale, "errors.missing.council"), { status: 404, headers: TEXT });
  const { councilId } = await params;
  try {
    const council = await getCouncil(actor, councilId);
    const pdf = await buildMinutesPdf(council);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="bien-ban-tham-dinh-${council.planYear}.pdf"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (isDomainError(error)) return new Response(errorText(error, locale).message, { status: httpStatusOf(error), headers: TEXT });
    void log.error("Council minutes PDF failed", { error });
    return new Response(edgeText(locale, "errors.files.minutesFailed"), { status: 500, headers: TEXT });
  }
}
