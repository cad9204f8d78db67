"use server";
// Personal API tokens of the signed-in user (docs/decisions/033). The clear token travels once,
// in the create action's answer; lib stores only its hash.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/mutations";

export const createApiTokenAction = defineAction(z.unknown(), async (input, actor) => {
  const created = await createApiToken(actor, input);
  revalidatePath("/tai-khoan/api");
  return { name: created.name, prefix: created.prefix, token: created.token };
});

export const revokeApiTokenAction = defineAction(z.unknown(), async (input, actor) => {
  const revoked = await revokeApiToken(actor, input);
  revalidatePath("/tai-khoan/api");
  return { id: revoked.id };
});
