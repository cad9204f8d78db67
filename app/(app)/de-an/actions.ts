"use server";
// Đề án actions. Each parses its input in lib, takes the actor from the session, calls one
// mutation and revalidates the pages that show the đề án.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { text } from "@/lib/text";
import { searchFacilitiesForPicker } from "@/lib/facilities/queries";
import { formatMoney } from "@/lib/format";
import { saveDraft } from "@/lib/projects/draft";
import { appraiseAtProvince } from "@/lib/appraisals/province";
import { BulkRegisterInputSchema, WithdrawInputSchema, WorkflowStepInputSchema } from "@/lib/projects/schemas";
import { registerManyWithCuc } from "@/lib/projects/bulk-register";
import { toBulkRegisterReport } from "@/lib/projects/bulk-register-report";
import { registerWithCuc, submitProject, withdrawProject } from "@/lib/projects/workflow";

function refresh(projectId: string) {
  revalidatePath("/de-an");
  revalidatePath(`/de-an/${projectId}`);
}

export const saveDraftAction = defineAction(z.unknown(), async (input, actor) => {
  const saved = await saveDraft(actor, input);
  refresh(saved.id);
  return saved;
});

export const submitProjectAction = defineAction(WorkflowStepInputSchema, async (input, actor) => {
  const result = await submitProject(actor, input);
  refresh(input.projectId);
  return result;
});

export const registerProjectAction = defineAction(WorkflowStepInputSchema, async (input, actor) => {
  const result = await registerWithCuc(actor, input);
  refresh(input.projectId);
  return result;
});

/** Several đề án at once; each outcome says registered or why not, in the request's language. */
export const registerProjectsAction = defineAction(BulkRegisterInputSchema, async (input, actor, locale) => {
  const outcomes = await registerManyWithCuc(actor, input);
  for (const o of outcomes) if (o.ok) revalidatePath(`/de-an/${o.projectId}`);
  revalidatePath("/de-an");
  return toBulkRegisterReport(outcomes, locale);
});

export const withdrawProjectAction = defineAction(WithdrawInputSchema, async (input, actor) => {
  const result = await withdrawProject(actor, input);
  refresh(input.projectId);
  return result;
});

export const appraiseProjectAction = defineAction(z.object({ projectId: z.uuid() }).passthrough(), async (input, actor) => {
  const result = await appraiseAtProvince(actor, input);
  refresh(input.projectId);
  return result;
});

export const searchFacilitiesAction = defineAction(z.object({ q: text({ max: 100 }) }), async ({ q }, actor) =>
  (await searchFacilitiesForPicker(actor, q)).map((f) => ({
    id: f.id,
    taxCode: f.taxCode,
    name: f.name,
    province: f.province,
    history: f.history.map((h) => `${h.code} (${h.planYear}): ${formatMoney(h.supportAmount, "trieu")}`),
  })),
);
