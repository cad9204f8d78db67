// The contract with its schedule as a PDF in the official layout (lib/contracts/pdf.ts). Anyone
// who may see the contract may download it; anyone else gets 404, as for a missing contract.
import { getActor } from "@/lib/auth/session";
import { buildContractPdf } from "@/lib/contracts/pdf";
import { getContract } from "@/lib/contracts/queries";
import { httpStatusOf, isDomainError } from "@/lib/errors";
import { edgeText, errorText } from "@/lib/i18n/error-text";
import { requestLocale } from "@/lib/i18n/request-locale";
import { log } from "@/lib/log";

export const runtime = "nodejs";

const TEXT = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const locale = await requestLocale();
  const actor = await getActor();
  if (!actor) return new Response(edgeText(locale, "errors.action.unauthenticated"), { status: 401, headers: TEXT });
  const { id } = await params;
  try {
    const contract = await getContract(actor, id);
    const pdf = await buildContractPdf(contract);
    // The number may hold "/" and Vietnamese letters: an ASCII file name plus the RFC 5987 one.
    const ascii = `hop-dong-${contract.number.normalize("NFD").replace(/[^A-Za-z0-9-]+/g, "-")}.pdf`;
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(`hop-dong-${contract.number}.pdf`)}`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (isDomainError(error)) return new Response(errorText(error, locale).message, { status: httpStatusOf(error), headers: TEXT });
    void log.error("Contract PDF failed", { error });
    return new Response(edgeText(locale, "errors.contracts.pdfFailed"), { status: 500, headers: TEXT });
  }
}
