// Pure grouping of notices by calendar day in Vietnam (dd/mm/yyyy, Asia/Ho_Chi_Minh), unread
// ones first: the unread section, then the read section, each newest day first.
import { formatDate } from "../format";

export type NoticeRow = { id: string; kind: string; title: string; body: string; link: string | null; createdAt: Date; readAt: Date | null; resolvedAt?: Date | null };
export type DayGroup<T> = { day: string; notices: T[] };
export type GroupedNotices<T> = { unread: DayGroup<T>[]; read: DayGroup<T>[] };

export function groupByDay<T extends { createdAt: Date }>(notices: readonly T[]): DayGroup<T>[] {
  const sorted = [...notices].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const groups: DayGroup<T>[] = [];
  for (const n of sorted) {
    const day = formatDate(n.createdAt);
    const last = groups.at(-1);
    if (last && last.day === day) last.notices.push(n);
    else groups.push({ day, notices: [n] });
  }
  return groups;
}

export function groupNotices<T extends { createdAt: Date; readAt: Date | null }>(notices: readonly T[]): GroupedNotices<T> {
  return { unread: groupByDay(notices.filter((n) => !n.readAt)), read: groupByDay(notices.filter((n) => n.readAt)) };
}
