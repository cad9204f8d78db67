"use server";
// User administration (docs/decisions/049). The one-time link travels once, in the answer of the
// create and reset actions; lib stores only its hash.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { formatDateTime } from "@/lib/format";
import { createUser, resetPassword, setUserActive } from "@/lib/users/mutations";

export const createUserAction = defineAction(z.unknown(), async (input, actor) => {
  const created = await createUser(actor, input);
  revalidatePath("/nguoi-dung");
  return { id: created.id, email: created.email, path: created.link.path, expires: formatDateTime(created.link.expiresAt) };
});

export const setUserActiveAction = defineAction(z.unknown(), async (input, actor) => {
  const changed = await setUserActive(actor, input);
  revalidatePath("/nguoi-dung");
  return changed;
});

export const resetPasswordAction = defineAction(z.unknown(), async (input, actor) => {
  const reset = await resetPassword(actor, input);
  revalidatePath("/nguoi-dung");
  return { email: reset.email, path: reset.link.path, expires: formatDateTime(reset.link.expiresAt) };
});
