import "server-only";
// Dismissing a red flag (bỏ qua cảnh báo) with a required reason: one RedFlagDismissal per rule
// and subject (the unique key refuses a second one) and an audit entry, in one transaction, after
// checking inside it that the subject lies in the actor's scope.
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { ConflictError, DomainError, ForbiddenError, NotFoundError, message } from "../errors";
import { canDismissRedFlags } from "./policy";
import { DismissRedFlagInputSchema, MIN_REASON } from "./schemas";
import { subjectId, subjectInScope } from "./subjects";

export async function dismissRedFlag(actor: Actor, raw: unknown): Promise<{ id: string }> {
  if (!canDismissRedFlags(actor)) throw new ForbiddenError("errors.redFlags.forbidden");
  const input = DismissRedFlagInputSchema.parse(raw);
  if (input.reason.length < MIN_REASON) {
    throw new DomainError("VALIDATION", "errors.redFlags.reasonRequired", { min: MIN_REASON }, { reason: message("errors.redFlags.reasonRequiredField", { min: MIN_REASON }) });
  }
  const id = subjectId(input.rule, input.subjectKey);
  if (!id) throw new DomainError("VALIDATION", "errors.redFlags.badSubject", { subject: input.subjectKey.slice(0, 80), rule: input.rule });
  try {
    return await db().$transaction(async (tx) => {
      if (!(await subjectInScope(tx, actor, input.rule, id))) throw new NotFoundError();
      const existing = await tx.redFlagDismissal.findUnique({ where: { rule_subjectKey: { rule: input.rule, subjectKey: input.subjectKey } }, select: { id: true } });
      if (existing) throw new ConflictError("errors.redFlags.alreadyDismissed");
      const created = await tx.redFlagDismissal.create({ data: { rule: input.rule, subjectKey: input.subjectKey, reason: input.reason, dismissedById: actor.userId }, select: { id: true } });
      await recordAudit(tx, actor, { action: "redFlag.dismiss", entityType: "RedFlagDismissal", entityId: created.id, data: { rule: input.rule, subjectKey: input.subjectKey, reason: input.reason } });
      return created;
    });
  } catch (error) {
    // Two dismissals at once: the unique key lets one through.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new ConflictError("errors.redFlags.alreadyDismissed");
    throw error;
  }
}
