"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { UnauthenticatedError } from "@/lib/errors";
import { addNormVersion } from "@/lib/norms/mutations";

export const addNormVersionAction = defineAction(z.unknown(), async (input, actor) => {
  if (!actor) throw new UnauthenticatedError();
  const created = await addNormVersion(actor, input);
  revalidatePath("/dinh-muc");
  return created;
});
