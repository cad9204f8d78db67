import "server-only";
// Which workflow steps the actor can take on a đề án now, for the detail page's buttons. The
// mutations re-check everything; this only decides what to offer.
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import type { ProjectStatus } from "../db/generated/enums";
import { effectiveDeadline } from "../plan-years/deadlines";
import { partiesOf } from "./mutations";
import { availableTransitions, EDITABLE_STATUSES } from "./state-machine";

export type Step = "EDIT" | "SUBMIT" | "APPRAISE" | "REGISTER" | "APPRAISE_MINISTRY";
export type StepOffer = { steps: Step[]; version: number; registrationDeadline: Date | null; registersDirectly: boolean };

export async function stepsFor(actor: Actor, project: { id: string; status: ProjectStatus; version: number; implementerId: string; provinceId: string | null; multiProvince: boolean; kind: string; planYear: number; fundingSource: { code: string } }): Promise<StepOffer> {
  const implementer = await db().organisation.findUniqueOrThrow({ where: { id: project.implementerId }, select: { kind: true } });
  const context = { local: project.fundingSource.code === "KCDP", registersDirectly: implementer.kind === "REGIONAL_CENTRE" || project.multiProvince, group: project.kind === "GROUP" };
  const parties = partiesOf(actor, project);
  const next = availableTransitions(project.status, parties, context);
  const steps: Step[] = [];
  if (parties.includes("IMPLEMENTER") && EDITABLE_STATUSES.includes(project.status)) steps.push("EDIT");
  if (parties.includes("IMPLEMENTER") && (next.includes("SUBMITTED_TO_SCT") || (next.includes("REGISTERED") && EDITABLE_STATUSES.includes(project.status)))) steps.push("SUBMIT");
  if (project.status === "SUBMITTED_TO_SCT" && next.includes("APPROVED_BY_SCT")) steps.push("APPRAISE");
  if (parties.includes("PROVINCE_SCT") && next.includes("REGISTERED")) steps.push("REGISTER");
  if (parties.includes("CUC") && !context.local && (project.status === "REGISTERED" || project.status === "UNDER_CUC_APPRAISAL")) steps.push("APPRAISE_MINISTRY");
  const year = await db().planYear.findUnique({ where: { year: project.planYear }, select: { year: true, registrationDeadline: true, registrationExtendedTo: true } });
  return { steps, version: project.version, registrationDeadline: year ? effectiveDeadline(year) : null, registersDirectly: context.registersDirectly };
}
