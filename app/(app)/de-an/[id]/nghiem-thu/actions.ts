"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { confirmForceMajeure, recordAcceptance } from "@/lib/acceptance/mutations";
import { recordOutcome } from "@/lib/acceptance/outcomes";

// The mutations parse their own input and check the actor inside their transaction.
const Routed = z.object({ projectId: z.uuid() }).passthrough();

export const recordAcceptanceAction = defineAction(z.unknown(), async (input, actor) => {
  const result = await recordAcceptance(actor, input);
  revalidatePath(`/de-an/${Routed.parse(input).projectId}`, "layout");
  return { id: result.id, projectStatus: result.projectStatus };
});

export const confirmForceMajeureAction = defineAction(Routed, async (input, actor) => {
  await confirmForceMajeure(actor, input);
  revalidatePath(`/de-an/${input.projectId}/nghiem-thu`);
  return { ok: true };
});

export const recordOutcomeAction = defineAction(Routed, async (input, actor) => {
  const created = await recordOutcome(actor, input);
  revalidatePath(`/de-an/${input.projectId}/nghiem-thu`);
  return created;
});
