// Inputs of dossier uploads and removals. Ids stay plain strings here: a malformed id is "not
// found" in the mutation, the same answer as another province's đề án.
import { z } from "zod";
import { AttachmentKind } from "../db/generated/enums";
import { ATTACHMENT_SUBJECTS } from "./subjects";

export const UploadAttachmentInputSchema = z.object({
  projectId: z.string(),
  // Every kind parses; which one the actor may add is the policy's (dossier) or the subject's answer.
  kind: z.enum(AttachmentKind, { error: "Hãy chọn loại tài liệu." }),
  /** What inside the đề án the file documents (a report, an inspection, a finding); none for the dossier. */
  subject: z.enum(ATTACHMENT_SUBJECTS).optional(),
  subjectId: z.string().optional(),
});
export type UploadAttachmentInput = z.infer<typeof UploadAttachmentInputSchema>;

export const DeleteAttachmentInputSchema = z.object({ projectId: z.string(), attachmentId: z.string() });
export type DeleteAttachmentInput = z.infer<typeof DeleteAttachmentInputSchema>;
