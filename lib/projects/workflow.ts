import "server-only";
// Registration workflow steps with their rules: submission (all checks pass) and registration with
// the Cục before the plan year's deadline (TT 36/2013 Điều 10.2.b). The province appraisal between
// them is lib/appraisals/province.ts. Every step is one transaction and leaves a transition record.
import type { Actor } from "../auth/actor";
import { db, type Tx } from "../db/client";
import { DomainError, NotFoundError, verbatimFields } from "../errors";
import { checkProject } from "./checks";
import { lateRegistrationParams, registrationOpen } from "../plan-years/deadlines";
import { applyTransition, assertMayTransition, lockProject, transitionContext, type ProjectForTransition } from "./mutations";
import { WorkflowStepInputSchema as StepSchema, WithdrawInputSchema } from "./schemas";

async function assertDeadline(tx: Tx, project: ProjectForTransition, now: Date): Promise<void> {
  const year = await tx.planYear.findUniqueOrThrow({ where: { year: project.planYear }, select: { year: true, registrationDeadline: true, registrationExtendedTo: true } });
  if (!registrationOpen(year, now)) throw new DomainError("DEADLINE_PASSED", "errors.registration.deadlinePassed", lateRegistrationParams(year));
}

async function assertChecksPass(tx: Tx, actor: Actor, projectId: string): Promise<void> {
  const check = await checkProject(actor, projectId, tx);
  const errors = check.issues.filter((i) => i.severity === "ERROR");
  if (errors.length) {
    throw new DomainError("VALIDATION", "errors.projects.submitBlocked", { count: errors.length, first: errors[0]!.message }, verbatimFields(errors.map((e) => [e.path, e.message] as const)));
  }
}

/** The implementer sends the đề án to the SCT, or straight to the Cục for regional and multi-province đề án. */
export async function submitProject(actor: Actor, raw: unknown, now = new Date()) {
  const input = StepSchema.parse(raw);
  return db().$transaction(async (tx) => {
    const project = await lockProject(tx, actor, input.projectId, input.version);
    const direct = transitionContext(project).registersDirectly;
    const to = direct ? "REGISTERED" : "SUBMITTED_TO_SCT";
    assertMayTransition(actor, project, to);
    await assertChecksPass(tx, actor, project.id);
    if (direct) await assertDeadline(tx, project, now);
    return applyTransition(tx, actor, project, to, input.comment);
  });
}

/** The SCT registers an approved đề án with the Cục, before the plan year's deadline. */
export async function registerWithCuc(actor: Actor, raw: unknown, now = new Date()) {
  const input = StepSchema.parse(raw);
  return db().$transaction(async (tx) => {
    const project = await lockProject(tx, actor, input.projectId, input.version);
    assertMayTransition(actor, project, "REGISTERED");
    // The Cục receives only complete đề án, even if a part went missing after the SCT's appraisal.
    await assertChecksPass(tx, actor, project.id);
    if (project.status === "APPROVED_BY_SCT" || project.status === "RETURNED_BY_CUC") await assertDeadline(tx, project, now);
    return applyTransition(tx, actor, project, "REGISTERED", input.comment);
  });
}

/**
 * Rút hồ sơ: the implementer takes a submitted đề án back to draft before the SCT decides; once the
 * SCT has decided the state machine refuses. Only the implementing organisation itself may, so any
 * other organisation (even one that can see the đề án) is told it does not exist.
 */
export async function withdrawProject(actor: Actor, raw: unknown) {
  const input = WithdrawInputSchema.parse(raw);
  return db().$transaction(async (tx) => {
    const project = await lockProject(tx, actor, input.projectId, input.version);
    if (!actor.organisationIds.includes(project.implementerId)) throw new NotFoundError("project");
    return applyTransition(tx, actor, project, "DRAFT", input.reason);
  });
}
