"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { recordAllocation } from "@/lib/allocations/mutations";
import { renderRef } from "@/lib/i18n/messages";

// The mutation parses its own input and checks the role inside; warnings come back unsaved,
// rendered here in the request's locale.
export const recordAllocationAction = defineAction(z.unknown(), async (input, actor, locale) => {
  const result = await recordAllocation(actor, input);
  if (result.status === "SAVED") revalidatePath("/du-toan");
  return { ...result, warnings: result.warnings.map((w) => ({ code: w.code, message: renderRef(locale, w.ref) })) };
});
