"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { markAllNoticesRead, markNoticeRead } from "@/lib/notifications/mutations";

// The user is always the signed-in actor; a notice id of someone else is not found.
export const markNoticeReadAction = defineAction(z.object({ id: z.uuid() }), async (input, actor) => {
  const done = await markNoticeRead(actor, input);
  revalidatePath("/thong-bao");
  return done;
});

export const markAllNoticesReadAction = defineAction(z.object({}), async (_input, actor) => {
  const done = await markAllNoticesRead(actor);
  revalidatePath("/thong-bao");
  return done;
});
