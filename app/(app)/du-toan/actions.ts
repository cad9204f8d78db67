"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { recordAllocation } from "@/lib/allocations/mutations";

// The mutation parses its own input and checks the role inside; warnings come back unsaved.
export const recordAllocationAction = defineAction(z.unknown(), async (input, actor) => {
  const result = await recordAllocation(actor, input);
  if (result.status === "SAVED") revalidatePath("/du-toan");
  return result;
});
