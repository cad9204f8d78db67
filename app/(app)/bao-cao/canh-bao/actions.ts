"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { dismissRedFlag } from "@/lib/red-flags/mutations";

// The mutation parses its input, checks the role and the subject's scope inside its transaction.
export const dismissRedFlagAction = defineAction(z.unknown(), async (input, actor) => {
  const result = await dismissRedFlag(actor, input);
  revalidatePath("/bao-cao/canh-bao");
  return result;
});
