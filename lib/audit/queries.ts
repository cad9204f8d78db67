import "server-only";
// Reading the audit trail: a đề án's history for those who can read the đề án, and the admin's
// search. Newest first, in pages keyed on the entry id (append-only, so ids only grow).
import type { Actor } from "../auth/actor";
import { projectScopeWhere } from "../auth/policy";
import { endOfVietnamDay, startOfVietnamDay } from "../calendar";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { ForbiddenError, NotFoundError } from "../errors";
import { canSearchAudit } from "./policy";
import type { AuditPage } from "./describe";
import type { AuditSearch } from "./schemas";

export const AUDIT_PAGE = 50;


const ROW_SELECT = { id: true, at: true, action: true, entityType: true, entityId: true, projectId: true, data: true, actor: { select: { name: true, email: true } } } as const;

async function page(where: Prisma.AuditLogWhereInput, before: bigint | undefined): Promise<AuditPage> {
  const found = await db().auditLog.findMany({
    where: before ? { AND: [where, { id: { lt: before } }] } : where,
    select: ROW_SELECT,
    orderBy: { id: "desc" },
    take: AUDIT_PAGE + 1,
  });
  const rows = found.slice(0, AUDIT_PAGE).map(({ actor, ...r }) => ({ ...r, actorName: actor?.name ?? null, actorEmail: actor?.email ?? null }));
  return { rows, nextBefore: found.length > AUDIT_PAGE ? rows[rows.length - 1]!.id : null };
}

/** Every entry about the đề án; not found when the actor cannot read it. */
export async function projectHistory(actor: Actor, projectId: string, before?: bigint): Promise<AuditPage & { code: string; title: string }> {
  const project = await db().project.findFirst({ where: { AND: [{ id: projectId }, projectScopeWhere(actor)] }, select: { id: true, code: true, title: true } });
  if (!project) throw new NotFoundError("project");
  return { ...(await page({ projectId: project.id }, before)), code: project.code, title: project.title };
}

/** The admin's search: action prefix, entity type or id, user name or email, and a date range (Vietnam days). */
export async function searchAudit(actor: Actor, search: AuditSearch): Promise<AuditPage> {
  if (!canSearchAudit(actor)) throw new ForbiddenError();
  const and: Prisma.AuditLogWhereInput[] = [];
  if (search.action) and.push({ action: { startsWith: search.action } });
  if (search.entity) and.push({ OR: [{ entityType: { equals: search.entity, mode: "insensitive" } }, { entityId: search.entity }] });
  if (search.user) and.push({ actor: { OR: [{ email: { contains: search.user, mode: "insensitive" } }, { name: { contains: search.user, mode: "insensitive" } }] } });
  if (search.from) and.push({ at: { gte: startOfVietnamDay(search.from) } });
  if (search.to) and.push({ at: { lte: endOfVietnamDay(search.to) } });
  return page({ AND: and }, search.before);
}
