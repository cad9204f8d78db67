// In-app notices, written inside the caller's transaction so a notice exists exactly when the
// event committed. Email goes out separately, as one digest per user per day
// (lib/notifications/digest.ts), never one email per event.
import type { Tx } from "../db/client";
import type { Role } from "../db/generated/enums";

export type NoticeKind = "DEADLINE_APPROACHING" | "PROJECT_RETURNED" | "DECISION_ISSUED" | "ADJUSTMENT_AWAITING" | "PROGRESS_SUBMITTED" | "PROGRESS_CONFIRMED" | "PROGRESS_OVERDUE" | "INSPECTION_RECORDED" | "PROJECT_AWAITING" | "PROJECT_WITHDRAWN" | "DOCUMENTS_REQUESTED" | "DOCUMENTS_SUPPLIED";

/** `subject` names what the notice is about ("adjustment:<id>", "project:<id>"), so deciding it can resolve it. */
export type Notice = { kind: NoticeKind; title: string; body?: string; link?: string; subject?: string };

/** Who receives a notice: explicit users, members of organisations, and/or holders of roles. */
export type Audience = { userIds?: string[]; organisationIds?: string[]; roles?: Role[] };

export async function notify(tx: Tx, audience: Audience, notice: Notice): Promise<number> {
  const or = [
    ...(audience.userIds?.length ? [{ id: { in: audience.userIds } }] : []),
    ...(audience.organisationIds?.length ? [{ organisationId: { in: audience.organisationIds } }] : []),
    ...(audience.roles?.length ? [{ roles: { some: { role: { in: audience.roles } } } }] : []),
  ];
  if (or.length === 0) return 0;
  const users = await tx.user.findMany({ where: { active: true, OR: or }, select: { id: true } });
  if (users.length === 0) return 0;
  const { count } = await tx.notification.createMany({
    data: users.map((u) => ({ userId: u.id, kind: notice.kind, title: notice.title, body: notice.body ?? "", link: notice.link ?? null, subject: notice.subject ?? null })),
  });
  return count;
}

/** Marks every open notice about `subject` as handled (resolvedAt), inside the caller's transaction. */
export async function resolveNotices(tx: Tx, subject: string, at: Date = new Date()): Promise<number> {
  const { count } = await tx.notification.updateMany({ where: { subject, resolvedAt: null }, data: { resolvedAt: at } });
  return count;
}
