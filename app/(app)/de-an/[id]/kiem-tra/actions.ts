"use server";
// Server actions of the inspections page; every rule is in lib/inspections (which parses again).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { closeFinding, recordInspection } from "@/lib/inspections/mutations";
import { CloseFindingInputSchema, RecordInspectionInputSchema } from "@/lib/inspections/schemas";

export const recordInspectionAction = defineAction(RecordInspectionInputSchema, async (input, actor) => {
  const saved = await recordInspection(actor, input);
  revalidatePath(`/de-an/${input.projectId}`, "layout");
  return saved;
});

export const closeFindingAction = defineAction(CloseFindingInputSchema.extend({ projectId: z.uuid() }), async ({ projectId, ...input }, actor) => {
  const closed = await closeFinding(actor, input);
  revalidatePath(`/de-an/${projectId}`, "layout");
  return { id: closed.id };
});
