"use server";
// Plan-year actions: the Cục extends a year's registration deadline. The đề án list shows the
// deadline, so it is revalidated with this page.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { addNextPlanYear, extendRegistrationDeadline } from "@/lib/plan-years/mutations";

export const extendDeadlineAction = defineAction(z.unknown(), async (input, actor) => {
  const result = await extendRegistrationDeadline(actor, input);
  revalidatePath("/de-an");
  revalidatePath("/nam-ke-hoach");
  return { year: result.year };
});

export const addNextPlanYearAction = defineAction(z.object({}).strict(), async (_input, actor) => {
  const result = await addNextPlanYear(actor);
  revalidatePath("/nam-ke-hoach");
  revalidatePath("/de-an");
  return result;
});
