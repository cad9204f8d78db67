import "server-only";
// Reading monthly progress reports: the đề án's months with their status, the reports with their
// lines and attachments, and what the actor may do. Always through the đề án's scope.
import { z } from "zod";
import type { Actor } from "../auth/actor";
import { projectScopeWhere } from "../auth/policy";
import { vietnamToday, type CalendarDay } from "../calendar";
import { db, type Tx } from "../db/client";
import type { AttachmentKind, ProjectStatus } from "../db/generated/enums";
import { NotFoundError } from "../errors";
import { partiesOf } from "../projects/policy";
import { unsafeProgressDeadlineDays } from "./deadline";
import { canConfirmProgress, canSubmitProgress, isReportingStatus } from "./policy";
import { hundredthsOf, lateFrom, monthStart, monthStatus, reportMonths, type Hundredths, type MonthStatus } from "./rules";
import { unsafeReportingStart } from "./start";
import { unsafeOverdueProgress, type OverdueProgress } from "./overdue";

const REPORT_SELECT = {
  id: true, version: true, periodMonth: true, reportedOn: true, completionBp: true, completedValue: true, narrative: true, submittedById: true, submittedAt: true, confirmedById: true, confirmedAt: true, confirmationNote: true,
  lines: { orderBy: { seq: "asc" }, select: { budgetLineId: true, description: true, unit: true, plannedQuantity: true, doneQuantity: true, costExecuted: true } },
  attachments: { orderBy: { uploadedAt: "asc" }, select: { id: true, fileName: true, kind: true } },
} as const;

export type ProgressLineView = { budgetLineId: string | null; description: string; unit: string; planned: Hundredths | null; done: Hundredths; cost: bigint };
export type ProgressReportView = {
  id: string; version: number; periodMonth: Date; reportedOn: Date; completionBp: number; completedValue: bigint; narrative: string;
  submittedBy: string | null; submittedAt: Date; confirmedBy: string | null; confirmedAt: Date | null; confirmationNote: string; late: boolean;
  lines: ProgressLineView[]; attachments: { id: string; fileName: string; kind: AttachmentKind }[]; canEdit: boolean; canConfirm: boolean;
};
export type ProgressMonth = { month: CalendarDay; status: MonthStatus; lateFrom: CalendarDay | null; report: ProgressReportView | null };
export type BudgetLineView = { id: string; lineNo: number; item: string; unit: string; quantity: number; supportAmount: bigint; counterpartAmount: bigint };
export type ProgressPage = {
  project: { id: string; code: string; title: string; status: ProjectStatus };
  budget: BudgetLineView[];
  /** Newest first. */
  months: ProgressMonth[];
  canSubmit: boolean;
  /** Months a new report may be made for (no report yet), newest first. */
  openMonths: CalendarDay[];
};

const isUuid = (v: string) => z.uuid().safeParse(v).success;

export async function getProgressPage(actor: Actor, projectId: string, now = new Date()): Promise<ProgressPage> {
  const project = isUuid(projectId)
    ? await db().project.findFirst({
        where: { AND: [{ id: projectId }, projectScopeWhere(actor)] },
        select: { id: true, code: true, title: true, status: true, planYear: true, implementerId: true, provinceId: true, budgetLines: { orderBy: { lineNo: "asc" }, select: { id: true, lineNo: true, item: true, unit: true, quantity: true, supportAmount: true, counterpartAmount: true } }, progressReports: { orderBy: { periodMonth: "desc" }, select: REPORT_SELECT } },
      })
    : null;
  if (!project) throw new NotFoundError("project");
  const today = vietnamToday(now);
  const parties = partiesOf(actor, project);
  const canSubmit = canSubmitProgress(parties, project.status);
  const deadlineDay = await unsafeProgressDeadlineDays(db());
  const userIds = [...new Set(project.progressReports.flatMap((r) => [r.submittedById, r.confirmedById]).filter((id): id is string => id !== null))];
  const names = new Map((await db().user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const byMonth = new Map(project.progressReports.map((r) => [monthStart(r.periodMonth).getTime(), r]));
  const start = await unsafeReportingStart(db(), project);
  const months = isReportingStatus(project.status) ? reportMonths(start, today).reverse() : project.progressReports.map((r) => monthStart(r.periodMonth));
  return {
    project: { id: project.id, code: project.code, title: project.title, status: project.status },
    budget: project.budgetLines,
    canSubmit,
    openMonths: canSubmit ? months.filter((m) => !byMonth.has(m.getTime())) : [],
    months: months.map((month) => {
      const r = byMonth.get(month.getTime());
      const day = deadlineDay(month);
      const late = day === null ? null : lateFrom(month, day);
      const status: MonthStatus = r ? (r.confirmedAt ? "CONFIRMED" : "SUBMITTED") : day === null ? "NOT_DUE" : monthStatus(undefined, month, today, day);
      const report: ProgressReportView | null = r
        ? {
            ...r, submittedBy: r.submittedById ? (names.get(r.submittedById) ?? null) : null, confirmedBy: r.confirmedById ? (names.get(r.confirmedById) ?? null) : null,
            late: late !== null && r.reportedOn >= late,
            lines: r.lines.map((l) => ({ budgetLineId: l.budgetLineId, description: l.description, unit: l.unit, planned: l.plannedQuantity === null ? null : hundredthsOf(l.plannedQuantity), done: hundredthsOf(l.doneQuantity), cost: l.costExecuted })),
            canEdit: canSubmit && r.confirmedAt === null,
            canConfirm: canConfirmProgress(parties, project, r, actor.userId),
          }
        : null;
      return { month, status, lateFrom: late, report };
    }),
  };
}

export type ConfirmedProgress = { id: string; periodMonth: Date; completionBp: number; completedValue: bigint; confirmedById: string; confirmedAt: Date; lines: { budgetLineId: string | null; description: string; doneQuantity: string; costExecuted: bigint }[] };

/**
 * The latest progress report the SCT confirmed for a đề án, or null: what a payment request
 * relies on (issue #8 item 4). Unscoped: the caller (the ledger, inside its transaction) already
 * found the đề án through the actor's scope.
 */
export async function unsafeLatestConfirmedProgress(tx: Tx, projectId: string): Promise<ConfirmedProgress | null> {
  const row = await tx.progressReport.findFirst({
    where: { projectId, confirmedAt: { not: null } },
    orderBy: { periodMonth: "desc" },
    select: { id: true, periodMonth: true, completionBp: true, completedValue: true, confirmedById: true, confirmedAt: true, lines: { orderBy: { seq: "asc" }, select: { budgetLineId: true, description: true, doneQuantity: true, costExecuted: true } } },
  });
  if (!row?.confirmedAt || !row.confirmedById) return null;
  return { ...row, confirmedById: row.confirmedById, confirmedAt: row.confirmedAt, lines: row.lines.map((l) => ({ ...l, doneQuantity: l.doneQuantity.toString() })) };
}

/** Overdue monthly reports (decision 024) on the đề án the actor can see on `today`: for the work list. */
export async function overdueProgressFor(actor: Actor, today: CalendarDay = vietnamToday()): Promise<(OverdueProgress & { link: string })[]> {
  const rows = await unsafeOverdueProgress(today, projectScopeWhere(actor));
  return rows.map((r) => ({ ...r, link: `/de-an/${r.projectId}/tien-do` }));
}
