"use server";
// Setting a password by a one-time link: open to anyone holding the link (docs/decisions/049).
import { z } from "zod";
import { definePublicAction } from "@/lib/action";
import { redeemPasswordReset } from "@/lib/users/password-mutations";

export const redeemPasswordResetAction = definePublicAction(z.unknown(), async (input) => {
  await redeemPasswordReset(input);
  return { set: true };
});
