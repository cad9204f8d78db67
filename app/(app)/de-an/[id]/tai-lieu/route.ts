// POST /de-an/{id}/tai-lieu: upload one dossier document (multipart: file, kind). A route handler
// rather than a server action because server actions stop at 1 MB by default and documents may
// reach 20 MB. The actor comes from the session; every rule lives in lib/attachments.
import { revalidatePath } from "next/cache";
import { checkFileSize } from "@/lib/attachments/check";
import { formatFileSize } from "@/lib/format";
import { edgeText } from "@/lib/i18n/error-text";
import { requestLocale } from "@/lib/i18n/request-locale";
import { MAX_ATTACHMENT_BYTES } from "@/lib/attachments/file-types";
import { uploadAttachment } from "@/lib/attachments/mutations";
import { getActor } from "@/lib/auth/session";
import { logCrossOriginRefused } from "@/lib/http/cross-origin-log";
import { errorResponse, failure, isSameOrigin, success, unauthenticatedMessage } from "./respond";

/** Room for the multipart boundaries and the other fields around the file. */
const MULTIPART_OVERHEAD = 64 * 1024;

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const locale = await requestLocale();
  try {
    if (!isSameOrigin(request)) {
      await logCrossOriginRefused(request, "attachmentUpload");
      return failure(403, "FORBIDDEN", edgeText(locale, "errors.attachments.crossOrigin"));
    }
    const actor = await getActor();
    if (!actor) return failure(401, "UNAUTHENTICATED", unauthenticatedMessage(locale));
    // Refuse an oversized body from its declared length, before reading it into memory.
    const declared = Number(request.headers.get("content-length") ?? "0");
    if (declared > MAX_ATTACHMENT_BYTES + MULTIPART_OVERHEAD) {
      return failure(413, "VALIDATION", edgeText(locale, "errors.attachments.requestTooLarge", { max: formatFileSize(MAX_ATTACHMENT_BYTES) }));
    }
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      return failure(400, "VALIDATION", edgeText(locale, "errors.attachments.uploadUnreadable"));
    }
    const file = form.get("file");
    if (!(file instanceof File)) return failure(400, "VALIDATION", edgeText(locale, "errors.attachments.fileRequired"), { file: edgeText(locale, "errors.attachments.fileRequired") });
    checkFileSize(file.name, file.size);
    const text = (name: string) => { const value = form.get(name); return typeof value === "string" && value ? value : undefined; };
    const input = { projectId: id, kind: text("kind"), subject: text("subject"), subjectId: text("subjectId") };
    const uploaded = await uploadAttachment(actor, input, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    revalidatePath(`/de-an/${id}`, "layout");
    return success(uploaded, 201);
  } catch (error) {
    return errorResponse(error, locale);
  }
}
