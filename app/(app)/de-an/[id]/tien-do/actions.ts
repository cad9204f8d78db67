"use server";
// Server actions of the progress page; every rule is in lib/progress (which parses again).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { confirmProgressReport, submitProgressReport } from "@/lib/progress/mutations";
import { ConfirmProgressInputSchema, SubmitProgressInputSchema } from "@/lib/progress/schemas";

export const submitProgressAction = defineAction(SubmitProgressInputSchema, async (input, actor) => {
  const saved = await submitProgressReport(actor, input);
  revalidatePath(`/de-an/${input.projectId}`, "layout");
  return { id: saved.id, version: saved.version, created: saved.created, projectStatus: saved.projectStatus };
});

export const confirmProgressAction = defineAction(ConfirmProgressInputSchema.extend({ projectId: z.uuid() }), async ({ projectId, ...input }, actor) => {
  const done = await confirmProgressReport(actor, input);
  revalidatePath(`/de-an/${projectId}`, "layout");
  return { id: done.id };
});
