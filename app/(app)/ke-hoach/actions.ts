"use server";
// Plan actions. Each takes the actor from the session, calls one lib/plans mutation (which parses
// its input and checks the actor inside its transaction) and revalidates the plan pages.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import type { Actor } from "@/lib/auth/actor";
import { UnauthenticatedError } from "@/lib/errors";
import { decideAdjustment } from "@/lib/plans/adjustment-decide";
import { requestAdjustment } from "@/lib/plans/adjustment-request";
import { addTask, createPlan, includeApprovedProjects, removeDraftItem } from "@/lib/plans/assemble";
import { issuePlan } from "@/lib/plans/issue";

function must(actor: Actor | null): Actor {
  if (!actor) throw new UnauthenticatedError();
  return actor;
}

const WithPlan = z.object({ planId: z.uuid() }).passthrough();

function refresh(planId?: string) {
  revalidatePath("/ke-hoach");
  if (planId) revalidatePath(`/ke-hoach/${planId}`);
}

export const createPlanAction = defineAction(z.object({}).passthrough(), async (input, actor) => {
  const plan = await createPlan(must(actor), input);
  refresh(plan.id);
  return plan;
});

export const includeProjectsAction = defineAction(WithPlan, async (input, actor) => {
  const result = await includeApprovedProjects(must(actor), input);
  refresh(input.planId);
  return result;
});

export const addTaskAction = defineAction(WithPlan, async (input, actor) => {
  const result = await addTask(must(actor), input);
  refresh(input.planId);
  return result;
});

export const removeItemAction = defineAction(WithPlan, async (input, actor) => {
  const result = await removeDraftItem(must(actor), input);
  refresh(input.planId);
  return result;
});

export const issuePlanAction = defineAction(WithPlan, async (input, actor) => {
  const result = await issuePlan(must(actor), input);
  refresh(input.planId);
  return result;
});

export const requestAdjustmentAction = defineAction(WithPlan, async (input, actor) => {
  const result = await requestAdjustment(must(actor), input);
  refresh(input.planId);
  return result;
});

export const decideAdjustmentAction = defineAction(z.object({ adjustmentId: z.uuid(), planId: z.uuid() }).passthrough(), async ({ planId, ...input }, actor) => {
  const result = await decideAdjustment(must(actor), input);
  refresh(planId);
  return result;
});
