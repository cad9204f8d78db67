import "server-only";
// Which workflow steps the actor can take on a đề án now, for the detail page's buttons: loads
// what lib/projects/policy needs and asks it. The mutations re-check everything.
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import type { ProjectStatus } from "../db/generated/enums";
import { effectiveDeadline } from "../plan-years/deadlines";
import { partiesOf, projectSteps, transitionContextOf, type Step } from "./policy";
import { isInImplementation } from "./statuses";

export type { Step };
export type StepOffer = { steps: Step[]; version: number; registrationDeadline: Date | null; registersDirectly: boolean; implementation: boolean };

/** Before the registration with the Cục: the only statuses for which the registration deadline matters. */
const BEFORE_REGISTRATION: ReadonlySet<ProjectStatus> = new Set(["DRAFT", "SUBMITTED_TO_SCT", "RETURNED_BY_SCT", "APPROVED_BY_SCT"]);

export async function stepsFor(actor: Actor, project: { id: string; status: ProjectStatus; version: number; implementerId: string; provinceId: string | null; multiProvince: boolean; kind: string; planYear: number; fundingSource: { code: string } }): Promise<StepOffer> {
  const implementer = await db().organisation.findUniqueOrThrow({ where: { id: project.implementerId }, select: { kind: true } });
  const context = transitionContextOf({ ...project, implementer });
  const steps = projectSteps(project.status, partiesOf(actor, project), context);
  const year = await db().planYear.findUnique({ where: { year: project.planYear }, select: { year: true, registrationDeadline: true, registrationExtendedTo: true } });
  const registrationDeadline = year && BEFORE_REGISTRATION.has(project.status) ? effectiveDeadline(year) : null;
  return { steps, version: project.version, registrationDeadline, registersDirectly: context.registersDirectly, implementation: isInImplementation(project.status) };
}
