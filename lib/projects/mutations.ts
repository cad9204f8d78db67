import "server-only";
// Đề án status changes. The đề án is loaded through the actor's scope inside the transaction and
// locked, the state machine decides, and the transition is recorded with who, when and why.
import type { Actor } from "../auth/actor";
import { projectScopeWhere } from "../auth/policy";
import { db, type Tx } from "../db/client";
import { ConflictError, ForbiddenError, InvalidTransitionError, NotFoundError } from "../errors";
import { recordAudit } from "../audit/record";
import type { ProjectStatus } from "../db/generated/enums";
import type { Prisma } from "../db/generated/client";
import { partiesOf, transitionContextOf } from "./policy";
import { canTransition, isKnownTransition } from "./state-machine";
import { TransitionInputSchema, type TransitionInput } from "./schemas";
import { lockRows } from "../db/locks";
import { noticeStep } from "./step-notices";

export type ProjectForTransition = { id: string; status: ProjectStatus; version: number; implementerId: string; provinceId: string | null; multiProvince: boolean; kind: string; planYear: number; fundingSource: { code: string }; implementer: { kind: string } };

/**
 * Locks the đề án row, then reads it through the actor's scope: concurrent steps serialise here.
 * `version` is the one the user saw (optimistic check); steps driven by a decision, such as a plan
 * issue moving its đề án, omit it and act on the row as locked.
 */
export async function lockProject(tx: Tx, actor: Actor, id: string, version?: number): Promise<ProjectForTransition> {
  await lockRows(tx, "Project", [id]);
  const project = await tx.project.findFirst({
    where: { AND: [{ id }, projectScopeWhere(actor)] },
    select: { id: true, status: true, version: true, implementerId: true, provinceId: true, multiProvince: true, kind: true, planYear: true, fundingSource: { select: { code: true } }, implementer: { select: { kind: true } } },
  });
  if (!project) throw new NotFoundError("project");
  if (version !== undefined && project.version !== version) throw new ConflictError();
  return project;
}

export function transitionContext(project: ProjectForTransition) {
  return transitionContextOf(project);
}

/**
 * Checks the state machine for this actor and records the step (status, history, audit).
 * `decision` holds what the step decided (outcome, amount, criteria), kept in its audit entry.
 */
/**
 * Whether the actor may take the step at all. Steps that check the đề án first (submission,
 * registration) ask this before, so a role without the step never reads the checks' findings.
 */
export function assertMayTransition(actor: Actor, project: ProjectForTransition, to: ProjectStatus): void {
  if (!isKnownTransition(project.status, to)) {
    throw new InvalidTransitionError("errors.projects.transitionNotAllowed");
  }
  if (!canTransition(project.status, to, partiesOf(actor, project), transitionContext(project))) {
    throw new ForbiddenError("errors.projects.stepNotAllowed");
  }
}

export async function applyTransition(tx: Tx, actor: Actor, project: ProjectForTransition, to: ProjectStatus, comment: string, decision: Prisma.InputJsonObject = {}): Promise<{ status: ProjectStatus; version: number }> {
  assertMayTransition(actor, project, to);
  const updated = await tx.project.update({ where: { id: project.id }, data: { status: to, version: { increment: 1 } }, select: { status: true, version: true } });
  await tx.projectTransition.create({ data: { projectId: project.id, fromStatus: project.status, toStatus: to, actorId: actor.userId, comment } });
  await recordAudit(tx, actor, { action: "project.transition", entityType: "Project", entityId: project.id, data: { from: project.status, to, comment, ...decision } });
  await noticeStep(tx, project, to, comment, transitionContext(project).local);
  return updated;
}

export async function transitionProject(actor: Actor, raw: TransitionInput): Promise<{ status: string; version: number }> {
  const input = TransitionInputSchema.parse(raw);
  return db().$transaction(async (tx) => {
    const project = await lockProject(tx, actor, input.projectId, input.version);
    return applyTransition(tx, actor, project, input.to, input.comment);
  });
}
