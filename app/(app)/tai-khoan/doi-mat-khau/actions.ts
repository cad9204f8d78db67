"use server";
// Changing one's own password (docs/decisions/049): lib checks the current password and the policy.
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { changeOwnPassword } from "@/lib/users/password-mutations";

export const changeOwnPasswordAction = defineAction(z.unknown(), async (input, actor) => {
  await changeOwnPassword(actor, input);
  return { changed: true };
});
