"use server";
// Lifting a sign-in lock (docs/decisions/048); lib/auth/account-locks checks the admin role.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { unlockAccount } from "@/lib/auth/account-lock-mutations";

export const unlockAccountAction = defineAction(z.unknown(), async (input, actor) => {
  const unlocked = await unlockAccount(actor, input);
  revalidatePath("/to-chuc");
  return unlocked;
});
