// Overdue monthly reports (decision 024): for each đề án in a reporting status, the most recent
// month whose report is missing on or after its deadline day (ImplementationDeadline
// PROGRESS_REPORT in force for that month). Earlier missing months were the most recent once and
// were flagged then; the đề án's progress page lists every month. No "server-only": the daily
// sweep (scripts/notify-daily.ts, plain tsx) runs this too.
import { calendarDay, type CalendarDay } from "../calendar";
import { db, type Db, type Tx } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { unsafeProgressDeadlineDays } from "./deadline";
import { REPORTING_STATUSES } from "./policy";
import { lateFrom, monthStart, reportMonths } from "./rules";

export type OverdueProgress = { projectId: string; code: string; title: string; implementerId: string; provinceId: string | null; month: CalendarDay; lateFrom: CalendarDay };

/** The most recent overdue month of one đề án, or null. Pure over what was loaded. */
export function latestOverdueMonth(start: Date, reported: ReadonlySet<number>, today: CalendarDay, deadlineDay: (m: CalendarDay) => number | null): { month: CalendarDay; lateFrom: CalendarDay } | null {
  const months = reportMonths(start, today).reverse();
  for (const month of months) {
    if (reported.has(month.getTime())) return null;
    const day = deadlineDay(month);
    if (day === null) continue;
    const late = lateFrom(month, day);
    if (today >= late) return { month, lateFrom: late };
  }
  return null;
}

/**
 * Overdue reports of the đề án matching `where` (unscoped: callers put the actor's scope in it,
 * e.g. `overdueProgressWhere(projectScopeWhere(actor))` for a work list).
 */
export async function unsafeOverdueProgress(today: CalendarDay, where: Prisma.ProjectWhereInput = {}, client: Db | Tx = db()): Promise<OverdueProgress[]> {
  const projects = await client.project.findMany({
    where: { AND: [{ status: { in: [...REPORTING_STATUSES] } }, where] },
    select: {
      id: true, code: true, title: true, implementerId: true, provinceId: true, planYear: true,
      progressReports: { select: { periodMonth: true } },
      contracts: { where: { kind: { in: ["CONTRACT", "TASK_ASSIGNMENT"] }, signedOn: { not: null } }, orderBy: { signedOn: "asc" }, take: 1, select: { signedOn: true } },
    },
    orderBy: { code: "asc" },
  });
  const deadlineDay = await unsafeProgressDeadlineDays(client);
  const found: OverdueProgress[] = [];
  for (const p of projects) {
    const start = p.contracts[0]?.signedOn ?? calendarDay(p.planYear, 1, 1);
    const reported = new Set(p.progressReports.map((r) => monthStart(r.periodMonth).getTime()));
    const overdue = latestOverdueMonth(start, reported, today, deadlineDay);
    if (overdue) found.push({ projectId: p.id, code: p.code, title: p.title, implementerId: p.implementerId, provinceId: p.provinceId, ...overdue });
  }
  return found;
}
