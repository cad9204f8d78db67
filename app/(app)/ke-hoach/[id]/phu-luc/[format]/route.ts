// GET /ke-hoach/[id]/phu-luc/xlsx|pdf?asOf=yyyy-mm-dd — the annex of the plan decision as a file.
// The actor comes from the session; lib/plans applies the plan scope (another province's KCĐP
// plan is "not found").
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { asOfDay, parseOptionalCalendarDate } from "@/lib/calendar";
import { httpStatusOf, isDomainError } from "@/lib/errors";
import { edgeText, errorText } from "@/lib/i18n/error-text";
import { requestLocale } from "@/lib/i18n/request-locale";
import { buildAnnexPdf, buildAnnexXlsx, loadAnnex } from "@/lib/plans/annex";
import { log } from "@/lib/log";

const TYPES = { xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", pdf: "application/pdf" } as const;
const Params = z.object({ id: z.uuid(), format: z.enum(["xlsx", "pdf"]) });
const text = (body: string, status: number) => new NextResponse(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string; format: string }> }): Promise<Response> {
  const actor = await getActor();
  if (!actor) return NextResponse.redirect(new URL("/dang-nhap", request.url), 303);
  const locale = await requestLocale();
  const parsed = Params.safeParse(await params);
  if (!parsed.success) return text(edgeText(locale, "errors.missing.page"), 404);
  try {
    // A malformed ?asOf= is a 400 naming the value (InvalidDateError), never "today".
    const asOf = asOfDay(parseOptionalCalendarDate(request.nextUrl.searchParams.get("asOf")));
    const doc = await loadAnnex(actor, parsed.data.id, asOf);
    const bytes = parsed.data.format === "xlsx" ? await buildAnnexXlsx(doc) : await buildAnnexPdf(doc);
    return new NextResponse(new Uint8Array(bytes), {
      headers: { "Content-Type": TYPES[parsed.data.format], "Content-Disposition": `attachment; filename="${doc.fileBase}.${parsed.data.format}"`, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
    });
  } catch (error) {
    if (isDomainError(error)) return text(errorText(error, locale).message, httpStatusOf(error));
    void log.error("Plan annex export failed", { error });
    return text(edgeText(locale, "errors.files.annexFailed"), 500);
  }
}
