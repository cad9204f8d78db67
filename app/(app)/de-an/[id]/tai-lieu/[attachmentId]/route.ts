// GET /de-an/{id}/tai-lieu/{attachmentId}: download, authorised on the server through the đề án's
// scope. The file on disk is found from the stored key only, never from anything in the URL.
import { attachmentDisposition } from "@/lib/attachments/content-disposition";
import { openAttachment } from "@/lib/attachments/queries";
import { getActor } from "@/lib/auth/session";
import { requestLocale } from "@/lib/i18n/request-locale";
import { errorResponse, failure, unauthenticatedMessage } from "../respond";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }): Promise<Response> {
  const { id, attachmentId } = await params;
  const locale = await requestLocale();
  try {
    const actor = await getActor();
    if (!actor) return failure(401, "UNAUTHENTICATED", unauthenticatedMessage(locale));
    const file = await openAttachment(actor, id, attachmentId);
    return new Response(file.stream, {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Length": String(file.size),
        "Content-Disposition": attachmentDisposition(file.fileName),
        // The stored type was checked by content; nosniff and a sandbox CSP stop a browser from
        // ever treating the bytes as a page of this site.
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse(error, locale);
  }
}
