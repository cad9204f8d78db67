"use server";
// Changing one's own password (docs/decisions/049): lib checks the current password and the policy.
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { changeOwnPassword } from "@/lib/users/password-mutations";

// The one action a user whose password an admin reset may run: it is how they leave that state.
export const changeOwnPasswordAction = defineAction(
  z.unknown(),
  async (input, actor) => {
    await changeOwnPassword(actor, input);
    return { changed: true };
  },
  { beforePasswordChange: true },
);
