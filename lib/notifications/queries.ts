import "server-only";
// A user's own notices. Every read is scoped to actor.userId: nobody reads another's notices.
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { groupNotices, type GroupedNotices, type NoticeRow } from "./group";

const noticeSelect = { id: true, kind: true, title: true, body: true, link: true, createdAt: true, readAt: true, resolvedAt: true } as const;

/** How many read notices the page keeps showing; unread ones are always all shown. */
const READ_LIMIT = 200;

export async function listMyNotices(actor: Actor): Promise<GroupedNotices<NoticeRow> & { unreadCount: number }> {
  const [unread, read] = await Promise.all([
    db().notification.findMany({ where: { userId: actor.userId, readAt: null }, orderBy: { createdAt: "desc" }, select: noticeSelect }),
    db().notification.findMany({ where: { userId: actor.userId, readAt: { not: null } }, orderBy: { createdAt: "desc" }, take: READ_LIMIT, select: noticeSelect }),
  ]);
  return { ...groupNotices([...unread, ...read]), unreadCount: unread.length };
}

/** For the bell in the app shell. */
export async function countUnreadNotices(actor: Actor): Promise<number> {
  return db().notification.count({ where: { userId: actor.userId, readAt: null } });
}
