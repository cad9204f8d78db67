"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { recordLiquidation } from "@/lib/settlement/liquidation";
import { decideSettlement, submitSettlement } from "@/lib/settlement/mutations";

// The mutations parse their own input and check the actor inside their transaction.
const Routed = z.object({ projectId: z.uuid() }).passthrough();

export const submitSettlementAction = defineAction(Routed, async (input, actor) => {
  const saved = await submitSettlement(actor, input);
  revalidatePath(`/de-an/${input.projectId}`, "layout");
  return { id: saved.id };
});

export const decideSettlementAction = defineAction(Routed, async (input, actor) => {
  const decided = await decideSettlement(actor, input);
  revalidatePath(`/de-an/${input.projectId}`, "layout");
  return { status: decided.status };
});

export const recordLiquidationAction = defineAction(Routed, async (input, actor) => {
  const created = await recordLiquidation(actor, input);
  revalidatePath(`/de-an/${input.projectId}`, "layout");
  return { id: created.id };
});
