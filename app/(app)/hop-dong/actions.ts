"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { amendContract } from "@/lib/contracts/amend";
import { signContract } from "@/lib/contracts/sign";

// The mutations parse their own input and check who may sign inside their transaction.
export const signContractAction = defineAction(z.unknown(), async (input, actor) => {
  const signed = await signContract(actor, input);
  revalidatePath("/hop-dong");
  revalidatePath(`/de-an/${signed.projectId}`);
  return { id: signed.id, number: signed.number };
});

export const amendContractAction = defineAction(z.unknown(), async (input, actor) => {
  const amended = await amendContract(actor, input);
  revalidatePath(`/hop-dong/${amended.id}`);
  return amended;
});
