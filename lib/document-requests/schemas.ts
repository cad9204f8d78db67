import { z } from "zod";
import { renderMessage } from "../i18n/messages";

export const NOTE_MAX = 2000;

export const RequestDocumentsInputSchema = z.object({
  projectId: z.uuid(),
  note: z.string().trim()
    .min(10, renderMessage("vi", "errors.documentRequests.noteTooShort"))
    .max(NOTE_MAX, renderMessage("vi", "errors.documentRequests.noteTooLong", { max: NOTE_MAX.toLocaleString("vi-VN") })),
});
export type RequestDocumentsInput = z.infer<typeof RequestDocumentsInputSchema>;

export const FulfilDocumentRequestInputSchema = z.object({ requestId: z.uuid() });
export type FulfilDocumentRequestInput = z.infer<typeof FulfilDocumentRequestInputSchema>;
