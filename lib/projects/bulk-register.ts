import "server-only";
// Đăng ký nhiều đề án với Cục at once (issue #10): each đề án goes through registerWithCuc, the one
// registration step with its rules (completeness, the plan year's deadline, the state machine,
// notices), in its own transaction, so a refused đề án neither blocks nor undoes the others.
import type { Actor } from "../auth/actor";
import { DomainError, isDomainError } from "../errors";
import type { ProjectStatus } from "../db/generated/enums";
import { BulkRegisterInputSchema } from "./schemas";
import { registerWithCuc } from "./workflow";
import { log } from "../log";

export type BulkRegisterOutcome =
  | { projectId: string; ok: true; status: ProjectStatus; version: number }
  /** `error` is null when the failure was unexpected (logged here, never echoed). */
  | { projectId: string; ok: false; error: DomainError | null };

export async function registerManyWithCuc(actor: Actor, raw: unknown, now = new Date()): Promise<BulkRegisterOutcome[]> {
  const input = BulkRegisterInputSchema.parse(raw);
  const outcomes: BulkRegisterOutcome[] = [];
  // One after another: each takes its đề án's row lock, and the answers keep the order chosen.
  for (const item of input.items) {
    try {
      const done = await registerWithCuc(actor, { ...item, comment: input.comment }, now);
      outcomes.push({ projectId: item.projectId, ok: true, ...done });
    } catch (error) {
      if (!isDomainError(error)) void log.error("Unexpected error registering a đề án", { projectId: item.projectId, error });
      outcomes.push({ projectId: item.projectId, ok: false, error: isDomainError(error) ? error : null });
    }
  }
  return outcomes;
}
