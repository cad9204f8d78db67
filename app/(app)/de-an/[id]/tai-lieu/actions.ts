"use server";
// Server actions for a đề án's documents. Uploads go through the POST route handler next to this
// file (bodies up to 20 MB); removing a document is a small request and uses the one wrapper.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { deleteAttachment } from "@/lib/attachments/mutations";

export const deleteAttachmentAction = defineAction(z.object({ projectId: z.uuid(), attachmentId: z.uuid() }), async (input, actor) => {
  const removed = await deleteAttachment(actor, input);
  revalidatePath(`/de-an/${input.projectId}`);
  return removed;
});
