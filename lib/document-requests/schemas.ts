import { z } from "zod";
import { formatInteger } from "../format";
import { renderMessage } from "../i18n/messages";
import { text } from "../text";

export const NOTE_MAX = 2000;

export const RequestDocumentsInputSchema = z.object({
  projectId: z.uuid(),
  note: text({ max: NOTE_MAX, multiline: true, tooLong: renderMessage("vi", "errors.documentRequests.noteTooLong", { max: formatInteger(NOTE_MAX) }) })
    .min(10, renderMessage("vi", "errors.documentRequests.noteTooShort")),
});
export type RequestDocumentsInput = z.infer<typeof RequestDocumentsInputSchema>;

export const FulfilDocumentRequestInputSchema = z.object({ requestId: z.uuid() });
export type FulfilDocumentRequestInput = z.infer<typeof FulfilDocumentRequestInputSchema>;
