// Inputs of dossier uploads and removals. Ids stay plain strings here: a malformed id is "not
// found" in the mutation, the same answer as another province's đề án.
import { z } from "zod";
import { ATTACHMENT_KINDS } from "./policy";

export const UploadAttachmentInputSchema = z.object({
  projectId: z.string(),
  kind: z.enum(ATTACHMENT_KINDS, { error: "Hãy chọn loại tài liệu." }),
});
export type UploadAttachmentInput = z.infer<typeof UploadAttachmentInputSchema>;

export const DeleteAttachmentInputSchema = z.object({ projectId: z.string(), attachmentId: z.string() });
export type DeleteAttachmentInput = z.infer<typeof DeleteAttachmentInputSchema>;
