"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { stopProject } from "@/lib/stops/mutations";

// The mutation parses its own input and checks the actor inside its transaction.
export const stopProjectAction = defineAction(z.object({ projectId: z.uuid() }).passthrough(), async (input, actor) => {
  const stopped = await stopProject(actor, input);
  revalidatePath(`/de-an/${input.projectId}`, "layout");
  return { id: stopped.id };
});
