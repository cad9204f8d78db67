// GET /de-an/[id]/quyet-toan/mau-7 | mau-8a | mau-8b — the settlement dossier's sheets as .xlsx —
// and mau-6, the liquidation minutes as PDF, for anyone who can see the đề án (the scope is
// applied in lib/settlement).
import { getActor } from "@/lib/auth/session";
import { httpStatusOf, isDomainError } from "@/lib/errors";
import { edgeText, errorText } from "@/lib/i18n/error-text";
import { requestLocale } from "@/lib/i18n/request-locale";
import { loadSettlementSheets } from "@/lib/settlement/export-data";
import { buildLiquidationPdf, loadLiquidationMinutes } from "@/lib/settlement/liquidation-pdf";
import { buildMau7, buildMau8 } from "@/lib/settlement/sheets";
import { log } from "@/lib/log";

export const runtime = "nodejs";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const TEXT = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };
const SHEETS = ["mau-6", "mau-7", "mau-8a", "mau-8b"] as const;
type Sheet = (typeof SHEETS)[number];
const isSheet = (s: string): s is Sheet => (SHEETS as readonly string[]).includes(s);

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; sheet: string }> }) {
  const locale = await requestLocale();
  const actor = await getActor();
  if (!actor) return new Response(edgeText(locale, "errors.action.unauthenticated"), { status: 401, headers: TEXT });
  const { id, sheet } = await params;
  if (!isSheet(sheet)) return new Response(edgeText(locale, "errors.files.invalidQuery"), { status: 404, headers: TEXT });
  try {
    if (sheet === "mau-6") {
      const minutes = await loadLiquidationMinutes(actor, id);
      const pdf = await buildLiquidationPdf(minutes);
      return new Response(new Uint8Array(pdf), { headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="mau-6-${minutes.project.code}.pdf"`, "Cache-Control": "private, no-store" } });
    }
    const data = await loadSettlementSheets(actor, id);
    const bytes = sheet === "mau-7" ? await buildMau7(data) : await buildMau8(data, sheet === "mau-8a" ? "8a" : "8b");
    return new Response(new Uint8Array(bytes), {
      headers: { "Content-Type": XLSX, "Content-Disposition": `attachment; filename="${sheet}-${data.project.code}.xlsx"`, "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
    });
  } catch (error) {
    if (isDomainError(error)) return new Response(errorText(error, locale).message, { status: httpStatusOf(error), headers: TEXT });
    void log.error("Settlement sheet export failed", { error });
    return new Response(edgeText(locale, "errors.files.excelFailed"), { status: 500, headers: TEXT });
  }
}
