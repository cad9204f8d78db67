import "server-only";
// The edit history of a cơ sở CNNT, read from the audit trail, for readers of the facility only.
import type { Actor } from "../auth/actor";
import { facilityScopeWhere } from "../auth/policy";
import { db } from "../db/client";
import { NotFoundError } from "../errors";
import { changesOf, type FacilityChange } from "./changes";

export type HistoryEntry = { id: string; at: Date; who: string; action: "create" | "edit"; version: number | null; changes: FacilityChange[] };

export async function facilityHistory(actor: Actor, facilityId: string): Promise<HistoryEntry[]> {
  const visible = await db().facility.findFirst({ where: { AND: [{ id: facilityId }, facilityScopeWhere(actor)] }, select: { id: true } });
  if (!visible) throw new NotFoundError("facility");
  const rows = await db().auditLog.findMany({
    where: { entityType: "Facility", entityId: facilityId, action: { in: ["facility.create", "facility.edit"] } },
    orderBy: { id: "desc" },
    select: { id: true, at: true, action: true, data: true, actor: { select: { name: true } } },
  });
  return rows.map((r) => {
    const parsed = changesOf(r.data);
    return { id: String(r.id), at: r.at, who: r.actor?.name ?? "—", action: r.action === "facility.create" ? "create" : "edit", version: parsed?.toVersion ?? null, changes: parsed?.changes ?? [] };
  });
}
