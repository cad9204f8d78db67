"use server";
// Server actions for a đề án's documents. Uploads go through the POST route handler next to this
// file (bodies up to 20 MB); removing a document is a small request and uses the one wrapper.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { deleteAttachment } from "@/lib/attachments/mutations";
import { fulfilDocumentRequest, requestDocuments } from "@/lib/document-requests/mutations";

export const deleteAttachmentAction = defineAction(z.object({ projectId: z.uuid(), attachmentId: z.uuid() }), async (input, actor) => {
  const removed = await deleteAttachment(actor, input);
  revalidatePath(`/de-an/${input.projectId}`);
  return removed;
});

export const requestDocumentsAction = defineAction(z.object({ projectId: z.uuid(), note: z.string() }), async (input, actor) => {
  const created = await requestDocuments(actor, input);
  revalidatePath(`/de-an/${input.projectId}`);
  return created;
});

export const fulfilDocumentRequestAction = defineAction(z.object({ requestId: z.uuid(), projectId: z.uuid() }), async (input, actor) => {
  const done = await fulfilDocumentRequest(actor, { requestId: input.requestId });
  revalidatePath(`/de-an/${input.projectId}`);
  return done;
});
