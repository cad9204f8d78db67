"use server";
// Plan actions. Each takes the actor from the session, calls one lib/plans mutation (which parses
// its input and checks the actor inside its transaction) and revalidates the plan pages.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/action";
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

export const includeProjectsAction = defineAction(WithPlan, async (input, actor) => {
  const result = await includeApprovedProjects(actor, input);
  refresh(input.planId);
  return result;
});

export const addTaskAction = defineAction(WithPlan, async (input, actor) => {
  const result = await addTask(actor, input);
  refresh(input.planId);
  return result;
});

export const removeItemAction = defineAction(WithPlan, async (input, actor) => {
  const result = await removeDraftItem(actor, input);
  refresh(input.planId);
  return result;
});

export const issuePlanAction = defineAction(WithPlan, async (input, actor) => {
  const result = await issuePlan(actor, input);
  refresh(input.planId);
  return result;
});

export const requestAdjustmentAction = defineAction(WithPlan, async (input, actor) => {
  const result = await requestAdjustment(actor, input);
  refresh(input.planId);
  return result;
});

export const decideAdjustmentAction = defineAction(z.object({ adjustmentId: z.uuid(), planId: z.uuid() }).passthrough(), async ({ planId, ...input }, actor) => {
  const result = await decideAdjustment(actor, input);
  refresh(planId);
  return result;
});
