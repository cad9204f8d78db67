"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { addNormVersion } from "@/lib/norms/mutations";

export const addNormVersionAction = defineAction(z.unknown(), async (input, actor) => {
  const created = await addNormVersion(actor, input);
  revalidatePath("/dinh-muc");
  return created;
});
