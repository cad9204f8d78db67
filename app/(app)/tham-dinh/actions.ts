"use server";
// Thẩm định cấp Bộ actions. Each parses its input in lib, takes the actor from the session, calls
// one mutation and revalidates the appraisal pages and the đề án.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { assignToCouncil, createCouncil, recordMemberAssessment } from "@/lib/appraisals/councils";
import { decideMinistryAppraisal, openMinistryAppraisal } from "@/lib/appraisals/mutations";

function refresh(projectId?: string, councilId?: string) {
  revalidatePath("/tham-dinh");
  if (projectId) revalidatePath(`/de-an/${projectId}`);
  if (councilId) revalidatePath(`/tham-dinh/hoi-dong/${councilId}`);
}

export const openAppraisalAction = defineAction(z.unknown(), async (input, actor) => {
  const result = await openMinistryAppraisal(actor, input);
  refresh();
  return { status: result.status, version: result.version };
});

export const decideAppraisalAction = defineAction(z.object({ councilId: z.uuid().optional() }).loose(), async (input, actor) => {
  const result = await decideMinistryAppraisal(actor, input);
  refresh(typeof input.projectId === "string" ? input.projectId : undefined, input.councilId);
  return { status: result.status, version: result.version };
});

export const createCouncilAction = defineAction(z.unknown(), async (input, actor) => {
  const council = await createCouncil(actor, input);
  revalidatePath("/tham-dinh/hoi-dong");
  return council;
});

export const assignToCouncilAction = defineAction(z.object({ councilId: z.uuid() }).loose(), async (input, actor) => {
  const result = await assignToCouncil(actor, input);
  refresh(undefined, input.councilId);
  return { recusals: result.recusals };
});

export const recordAssessmentAction = defineAction(z.object({ councilId: z.uuid() }).loose(), async (input, actor) => {
  const result = await recordMemberAssessment(actor, input);
  refresh(undefined, input.councilId);
  return result;
});
