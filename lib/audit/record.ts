import "server-only";
// Appends to the audit trail inside the caller's transaction, so the trail and the change commit
// together. The table refuses UPDATE and DELETE (trigger in the first migration).
import type { Actor } from "../auth/actor";
import type { Tx } from "../db/client";
import { Prisma } from "../db/generated/client";

/** `projectId` files the entry in the đề án's history; it defaults to the đề án the entry names. */
export type AuditEntry = { action: string; entityType: string; entityId: string; projectId?: string | null; data?: Prisma.InputJsonValue };

/** The đề án an entry is about: said outright, the entity itself, or `data.projectId`. */
export function projectOf(entry: AuditEntry): string | null {
  if (entry.projectId !== undefined) return entry.projectId;
  if (entry.entityType === "Project") return entry.entityId;
  const data = entry.data;
  const named = data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>).projectId : undefined;
  return typeof named === "string" ? named : null;
}

export async function recordAudit(tx: Tx, actor: Actor | null, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({ data: { actorId: actor?.userId ?? null, ...entry, projectId: projectOf(entry) } });
}

/**
 * The same rows as SQL, for a statement of the caller's that writes the change too (a data-modifying
 * CTE: one round trip fewer on a path writers queue on, lib/disbursements/insert.ts), several in one INSERT.
 */
export function auditRowsSql(rows: readonly { actor: Actor | null; entry: AuditEntry }[]): Prisma.Sql {
  const values = rows.map(({ actor, entry }) => {
    const data = entry.data === undefined ? null : JSON.stringify(entry.data);
    return Prisma.sql`(${actor?.userId ?? null}::uuid, ${entry.action}, ${entry.entityType}, ${entry.entityId}, ${projectOf(entry)}::uuid, ${data}::jsonb)`;
  });
  return Prisma.sql`INSERT INTO "AuditLog" ("actorId", action, "entityType", "entityId", "projectId", data) VALUES ${Prisma.join(values, ", ")}`;
}
