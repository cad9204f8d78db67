// Reminders before the registration deadline (TT 36/2013 Điều 10.2.b; the date is data per plan
// year, the effective one includes an extension). Run daily by scripts/notify-daily.ts. Each
// user gets at most one notice per plan year per threshold: before writing, the sweep looks for
// an existing DEADLINE_APPROACHING notice with the same title and link, under an advisory lock
// so that two sweeps running at once cannot both write.
import { db } from "../db/client";
import type { Role } from "../db/generated/enums";
import { formatDate } from "../format";
import { daysBetween, vietnamToday } from "../calendar";
import { effectiveDeadline, type PlanYearDeadlines } from "../plan-years/deadlines";
import { notify, type Notice } from "./notify";
import { lockAdvisory, lockRows } from "../db/locks";
import { unsafeOverdueProgress, type OverdueProgress } from "../progress/overdue";
import { monthText } from "../progress/rules";
import { unsafeImplementerUserIds, unsafeProvinceSctUserIds } from "../progress/start";

/** Days before the effective deadline at which reminders go out. */
export const DEADLINE_THRESHOLDS_DAYS: readonly number[] = [14, 3];

/** Who registers đề án or sends them on: SCTs and implementing centres. */
const RECIPIENT_ROLES: Role[] = ["SCT", "PROVINCIAL_CENTRE", "REGIONAL_CENTRE"];

export function deadlineNotice(y: PlanYearDeadlines, threshold: number, daysLeft: number): Notice & { link: string } {
  const deadline = formatDate(effectiveDeadline(y), true);
  const extended = y.registrationExtendedTo && y.registrationExtendedTo > y.registrationDeadline ? " (đã gia hạn)" : "";
  return {
    kind: "DEADLINE_APPROACHING",
    // The title names the year, the date and the threshold: it is the dedupe key with the link.
    title: `Sắp hết hạn đăng ký kế hoạch khuyến công năm ${y.year} (${deadline}) – nhắc trước ${threshold} ngày`,
    body: `Hạn đăng ký đề án năm ${y.year} với Cục là ${deadline}${extended}; còn ${daysLeft} ngày. Sau hạn này, Sở Công Thương không đăng ký được đề án nếu Cục không gia hạn.`,
    link: "/nam-ke-hoach",
  };
}

/** The threshold reached today: the smallest one not below the days left, if any. */
export function thresholdReached(daysLeft: number, thresholds: readonly number[] = DEADLINE_THRESHOLDS_DAYS): number | null {
  if (daysLeft < 0) return null;
  const reached = thresholds.filter((t) => daysLeft <= t);
  return reached.length ? Math.min(...reached) : null;
}

export type SweepResult = { created: number; reminders: { year: number; threshold: number; daysLeft: number; created: number }[] };

export async function sweepDeadlineNotices(now = new Date(), thresholds: readonly number[] = DEADLINE_THRESHOLDS_DAYS): Promise<SweepResult> {
  const today = vietnamToday(now);
  const years = await db().planYear.findMany({ orderBy: { year: "asc" }, select: { year: true, registrationDeadline: true, registrationExtendedTo: true } });
  const reminders: SweepResult["reminders"] = [];
  for (const y of years) {
    const daysLeft = daysBetween(today, effectiveDeadline(y));
    const threshold = thresholdReached(daysLeft, thresholds);
    if (threshold === null) continue;
    const notice = deadlineNotice(y, threshold, daysLeft);
    const created = await db().$transaction(async (tx) => {
      await lockAdvisory(tx, { kind: "deadline-sweep", year: y.year, thresholdDays: threshold });
      const users = await tx.user.findMany({ where: { active: true, roles: { some: { role: { in: RECIPIENT_ROLES } } } }, select: { id: true } });
      const already = await tx.notification.findMany({
        where: { kind: notice.kind, title: notice.title, link: notice.link, userId: { in: users.map((u) => u.id) } },
        select: { userId: true },
      });
      const done = new Set(already.map((n) => n.userId));
      const missing = users.map((u) => u.id).filter((id) => !done.has(id));
      return missing.length ? notify(tx, { userIds: missing }, notice) : 0;
    });
    reminders.push({ year: y.year, threshold, daysLeft, created });
  }
  return { created: reminders.reduce((a, r) => a + r.created, 0), reminders };
}

/** The overdue notice of one đề án and month; title and link are its dedupe key. */
export function overdueProgressNotice(o: OverdueProgress): Notice & { link: string } {
  const month = monthText(o.month);
  return {
    kind: "PROGRESS_OVERDUE",
    title: `Quá hạn báo cáo tiến độ tháng ${month}: đề án ${o.code}`,
    body: `Đề án “${o.title}” chưa có báo cáo tiến độ (Mẫu 3b) tháng ${month}; hạn là trước ngày ${formatDate(o.lateFrom, true)} (TT 36/2013 Điều 23.3.a).`,
    link: `/de-an/${o.projectId}/tien-do`,
  };
}

/**
 * Overdue monthly reports (decision 024): one notice per đề án, month and user, to the
 * implementer's members and the SCT users of the đề án's province. Safe to run twice a day.
 */
export async function sweepOverdueProgressNotices(now = new Date()): Promise<{ created: number; overdue: number }> {
  const overdue = await unsafeOverdueProgress(vietnamToday(now));
  let created = 0;
  for (const o of overdue) {
    const notice = overdueProgressNotice(o);
    created += await db().$transaction(async (tx) => {
      // The đề án's row lock serialises two sweeps (and a report being submitted at that moment).
      await lockRows(tx, "Project", [o.projectId]);
      if (await tx.progressReport.findUnique({ where: { projectId_periodMonth: { projectId: o.projectId, periodMonth: o.month } }, select: { id: true } })) return 0;
      const users = [...new Set([...(await unsafeImplementerUserIds(tx, o.implementerId)), ...(await unsafeProvinceSctUserIds(tx, o.provinceId))])];
      const already = await tx.notification.findMany({ where: { kind: notice.kind, title: notice.title, link: notice.link, userId: { in: users } }, select: { userId: true } });
      const done = new Set(already.map((n) => n.userId));
      const missing = users.filter((id) => !done.has(id));
      return missing.length ? notify(tx, { userIds: missing }, notice) : 0;
    });
  }
  return { created, overdue: overdue.length };
}
