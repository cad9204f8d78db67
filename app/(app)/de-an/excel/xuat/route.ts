// GET /de-an/excel/xuat?year=2027&source=KCQG — Mẫu 2 of the đề án the signed-in user may see.
// A route handler because the answer is a file download, not a page. The actor comes from the
// session, never from the query; the scope is applied in lib/mau-2/queries.ts. The file is
// streamed as it is written (docs/decisions/059): errors up to the first batch still get a
// message; a failure after that cuts the download short.
import { NextResponse, type NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { httpStatusOf, isDomainError } from "@/lib/errors";
import { edgeText, errorText } from "@/lib/i18n/error-text";
import { requestLocale } from "@/lib/i18n/request-locale";
import { exportMau2 } from "@/lib/mau-2/queries";
import { Mau2ExportInputSchema } from "@/lib/mau-2/schemas";
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
  const parsed = Mau2ExportInputSchema.safeParse({ year: params.get("year") ?? undefined, source: params.get("source") || undefined, includeDraftsAndRejected: params.get("include") === "all" });
  // zod messages are Vietnamese by design (docs/decisions/018).
  if (!parsed.success) return text(parsed.error.issues[0]?.message ?? edgeText(locale, "errors.files.invalidQuery"), 400);
  try {
    // Mẫu 2 is an official Vietnamese form: its status labels are Vietnamese whatever the UI language.
    const status = await getTranslations({ locale: "vi", namespace: "status" });
    const file = await exportMau2(actor, parsed.data, (s) => status(s));
    return new NextResponse(file.body, {
      headers: {
        "Content-Type": XLSX,
        "Content-Disposition": `attachment; filename="${file.fileName}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (isDomainError(error)) return text(errorText(error, locale).message, httpStatusOf(error));
    void log.error("Mẫu 2 export failed", { error });
    return text(edgeText(locale, "errors.files.excelFailed"), 500);
  }
}
