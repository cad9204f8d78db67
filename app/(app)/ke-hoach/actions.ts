"use server";
// Plan actions. Each takes the actor from the session, calls one lib/plans mutation (which parses
// its input and checks the actor inside its transaction) and revalidates the plan pages.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import type { Actor } from "@/lib/auth/actor";
import { decideAdjustment } from "@/lib/plans/adjustment-decide";
import { requestAdjustment } from "@/lib/plans/adjustment-request";
import { addTask, createPlan, includeApprovedProjects, removeDraftItem } from "@/lib/plans/assemble";
import { issuePlan } from "@/lib/plans/issue";

const WithPlan = z.object({ planId: z.uuid() }).passthrough();

function refresh(planId?: string) {
  revalidatePath("/ke-hoach");
  if (planId) revalidatePath(`/ke-hoach/${planId}`);
}

export const createPlanAction = defineAction(z.object({}).passthrough(), async (input, actor) => {
  const plan = await createPlan(actor, input);
  refresh(plan.id);
  return plan;
});

/** A step on one plan: the lib mutation parses the rest of the input; the plan's pages refresh. */
function planStep<T>(mutation: (actor: Actor, raw: unknown) => Promise<T>) {
  return defineAction(WithPlan, async (input, actor) => {
    const result = await mutation(actor, input);
    refresh(input.planId);
    return result;
  });
}

export const includeProjectsAction = planStep(includeApprovedProjects);
export const addTaskAction = planStep(addTask);
export const removeItemAction = planStep(removeDraftItem);
export const issuePlanAction = planStep(issuePlan);
export const requestAdjustmentAction = planStep(requestAdjustment);

export const decideAdjustmentAction = defineAction(z.object({ adjustmentId: z.uuid(), planId: z.uuid() }).passthrough(), async ({ planId, ...input }, actor) => {
  const result = await decideAdjustment(actor, input);
  refresh(planId);
  return result;
});
