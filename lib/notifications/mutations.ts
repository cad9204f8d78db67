import "server-only";
// Marking one's own notices as read. The user id comes from the actor, never from the client,
// and another user's notice id is simply not found.
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { NotFoundError } from "../errors";
import { MarkNoticeReadInputSchema } from "./schemas";

export async function markNoticeRead(actor: Actor, raw: unknown, now = new Date()): Promise<{ id: string }> {
  const { id } = MarkNoticeReadInputSchema.parse(raw);
  const { count } = await db().notification.updateMany({ where: { id, userId: actor.userId, readAt: null }, data: { readAt: now } });
  if (count === 0) {
    const mine = await db().notification.findFirst({ where: { id, userId: actor.userId }, select: { id: true } });
    if (!mine) throw new NotFoundError("notification");
  }
  return { id };
}

export async function markAllNoticesRead(actor: Actor, now = new Date()): Promise<{ count: number }> {
  const { count } = await db().notification.updateMany({ where: { userId: actor.userId, readAt: null }, data: { readAt: now } });
  return { count };
}
