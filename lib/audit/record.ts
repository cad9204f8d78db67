import "server-only";
// Appends to the audit trail inside the caller's transaction, so the trail and the change commit
// together. The table refuses UPDATE and DELETE (trigger in the first migration).
import type { Actor } from "../auth/actor";
import type { Tx } from "../db/client";
import type { Prisma } from "../db/generated/client";

export type AuditEntry = { action: string; entityType: string; entityId: string; data?: Prisma.InputJsonValue };

export async function recordAudit(tx: Tx, actor: Actor | null, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({ data: { actorId: actor?.userId ?? null, ...entry } });
}
