// GET /bao-cao-dinh-ky/mau?year=2026&period=H1 — the periodic-report template for the signed-in
// user's provinces in force at the period's cut-off. The actor comes from the session only.
import { NextResponse, type NextRequest } from "next/server";
import { getActor } from "@/lib/auth/session";
import { httpStatusOf, isDomainError } from "@/lib/errors";
import { edgeText, errorText } from "@/lib/i18n/error-text";
import { requestLocale } from "@/lib/i18n/request-locale";
import { loadTemplate } from "@/lib/periodic-reports/queries";
import { PeriodicTemplateSchema } from "@/lib/periodic-reports/schemas";
import { buildTemplateWorkbook, templateFileName } from "@/lib/periodic-reports/xlsx/template";
import { log } from "@/lib/log";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const text = (body: string, status: number) => new NextResponse(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function GET(request: NextRequest): Promise<Response> {
  const actor = await getActor();
  if (!actor) {
    const signIn = new URL("/dang-nhap", request.url);
    signIn.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
    return NextResponse.redirect(signIn, 303);
  }
  const locale = await requestLocale();
  const params = request.nextUrl.searchParams;
  const parsed = PeriodicTemplateSchema.safeParse({ year: params.get("year") ?? undefined, period: params.get("period") ?? undefined });
  if (!parsed.success) return text(parsed.error.issues[0]?.message ?? edgeText(locale, "errors.files.invalidQuery"), 400);
  try {
    const bytes = await buildTemplateWorkbook(await loadTemplate(actor, parsed.data.year, parsed.data.period));
    return new NextResponse(new Uint8Array(bytes), {
      headers: {
        "Content-Type": XLSX,
        "Content-Disposition": `attachment; filename="${templateFileName(parsed.data.year, parsed.data.period)}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (isDomainError(error)) return text(errorText(error, locale).message, httpStatusOf(error));
    void log.error("Periodic-report template failed", { error });
    return text(edgeText(locale, "errors.files.excelFailed"), 500);
  }
}
