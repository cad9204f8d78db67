import "server-only";
// Submitting, editing and confirming monthly progress reports (Mẫu 3b, issue #8 item 4, decision
// 024). One transaction each: the đề án's row lock and scoped read (lockProject), the checks
// (status, month, budget lines, cumulative figures), the write with an optimistic version, the
// audit entry, the first report's CONTRACTED → IN_PROGRESS step and the notices.
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { asCalendarDay, formatIsoDay, vietnamToday } from "../calendar";
import { db, type Tx } from "../db/client";
import { ConflictError, DomainError, ForbiddenError, NotFoundError, message } from "../errors";
import { formatDate } from "../format";
import { notify } from "../notifications/notify";
import { applyTransition, lockProject, type ProjectForTransition } from "../projects/mutations";
import { partiesOf } from "../projects/policy";
import { budgetLinesFor, checkCumulative, parseLines, type ParsedLine } from "./lines";
import { canConfirmProgress, confirmingParty, isReportingStatus } from "./policy";
import { monthStart, monthText, parseCompletionBp, parseMonthText, quantityDecimal } from "./rules";
import { ConfirmProgressInputSchema, SubmitProgressInputSchema, type SubmitProgressInput } from "./schemas";
import { unsafeImplementerUserIds, unsafeMainContractId, unsafeProvinceSctUserIds, unsafeReportingStart } from "./start";

export type SubmittedReport = { id: string; version: number; periodMonth: Date; projectStatus: string; created: boolean };

function parseHeader(input: SubmitProgressInput) {
  const month = parseMonthText(input.periodMonth);
  if (!month) throw new DomainError("VALIDATION", "errors.progress.invalidMonth", { value: input.periodMonth }, { periodMonth: message("errors.progress.invalidMonth", { value: input.periodMonth }) });
  const completionBp = parseCompletionBp(input.completion);
  if (completionBp === null) throw new DomainError("VALIDATION", "errors.progress.invalidCompletion", { value: input.completion }, { completion: message("errors.progress.invalidCompletion", { value: input.completion }) });
  return { month, completionBp };
}

/** The implementer, in a reporting status, for a month between the start and today's month. */
async function checkMonth(tx: Tx, actor: Actor, project: ProjectForTransition, month: Date): Promise<void> {
  if (!partiesOf(actor, project).includes("IMPLEMENTER")) throw new ForbiddenError("errors.progress.cannotSubmit");
  if (!isReportingStatus(project.status)) throw new DomainError("INVALID_TRANSITION", "errors.progress.wrongStatus", { status: message(`status.${project.status}`) });
  const current = monthStart(vietnamToday());
  if (month > current) throw new DomainError("VALIDATION", "errors.progress.futureMonth", { month: monthText(month), current: monthText(current) }, { periodMonth: message("errors.progress.futureMonth", { month: monthText(month), current: monthText(current) }) });
  const start = monthStart(await unsafeReportingStart(tx, project));
  if (month < start) throw new DomainError("VALIDATION", "errors.progress.beforeStart", { month: monthText(month), start: monthText(start) }, { periodMonth: message("errors.progress.beforeStart", { month: monthText(month), start: monthText(start) }) });
}

async function writeLines(tx: Tx, reportId: string, lines: readonly ParsedLine[], budget: Awaited<ReturnType<typeof budgetLinesFor>>): Promise<void> {
  const byId = new Map(budget.map((b) => [b.id, b]));
  await tx.progressReportLine.deleteMany({ where: { reportId } });
  await tx.progressReportLine.createMany({
    data: lines.map((l, i) => {
      const b = byId.get(l.budgetLineId);
      return { reportId, seq: i + 1, budgetLineId: l.budgetLineId, description: b?.item ?? "", unit: b?.unit ?? "", plannedQuantity: b ? String(b.quantity) : null, doneQuantity: quantityDecimal(l.done), costExecuted: l.cost };
    }),
  });
}

/** Creates the month's report, or edits it (reportId + version) while it is not confirmed. */
export async function submitProgressReport(actor: Actor, raw: unknown): Promise<SubmittedReport> {
  const input = SubmitProgressInputSchema.parse(raw);
  const { month, completionBp } = parseHeader(input);
  return db().$transaction(async (tx) => {
    const project = await lockProject(tx, actor, input.projectId);
    await checkMonth(tx, actor, project, month);
    const budget = await budgetLinesFor(tx, project.id, input.lines);
    const lines = parseLines(input.lines, budget);
    const existing = await tx.progressReport.findUnique({ where: { projectId_periodMonth: { projectId: project.id, periodMonth: month } }, select: { id: true, version: true, confirmedAt: true } });
    const label = monthText(month);
    if (!input.reportId && existing) throw new DomainError("CONFLICT", "errors.progress.duplicateMonth", { month: label }, { periodMonth: message("errors.progress.duplicateMonth", { month: label }) });
    if (input.reportId && existing?.id !== input.reportId) throw new NotFoundError("progressReport");
    if (existing?.confirmedAt) throw new DomainError("CONFLICT", "errors.progress.confirmedFrozen", { month: label, date: formatDate(existing.confirmedAt) });
    if (existing && existing.version !== input.version) throw new ConflictError("errors.progress.stale", { month: label });
    await checkCumulative(tx, project.id, month, lines, budget);
    // reportedOn stays the first submission's day (lateness is judged on it); edits only bump submittedAt.
    const figures = { completionBp, completedValue: lines.reduce((a, l) => a + l.cost, 0n), narrative: input.narrative, submittedById: actor.userId };
    let id: string;
    let version: number;
    if (existing) {
      const done = await tx.progressReport.updateMany({ where: { id: existing.id, version: existing.version, confirmedById: null }, data: { ...figures, submittedAt: new Date(), version: { increment: 1 } } });
      if (done.count === 0) throw new ConflictError("errors.progress.stale", { month: label });
      ({ id, version } = { id: existing.id, version: existing.version + 1 });
    } else {
      const contractId = await unsafeMainContractId(tx, project.id);
      ({ id, version } = await tx.progressReport.create({ data: { projectId: project.id, contractId, periodMonth: month, reportedOn: vietnamToday(), ...figures }, select: { id: true, version: true } }));
    }
    await writeLines(tx, id, lines, budget);
    await recordAudit(tx, actor, { action: existing ? "progress.edit" : "progress.submit", entityType: "ProgressReport", entityId: id, data: { projectId: project.id, periodMonth: formatIsoDay(month), completionBp, completedValue: figures.completedValue.toString() } });
    let projectStatus: string = project.status;
    if (project.status === "CONTRACTED") projectStatus = (await applyTransition(tx, actor, project, "IN_PROGRESS", `Báo cáo tiến độ đầu tiên (tháng ${label})`)).status;
    const confirmers = project.provinceId ? await unsafeProvinceSctUserIds(tx, project.provinceId) : [];
    await notify(tx, confirmingParty(project) === "CUC" ? { roles: ["CUC_STAFF"] } : { userIds: confirmers }, {
      kind: "PROGRESS_SUBMITTED",
      title: `Báo cáo tiến độ tháng ${label} chờ xác nhận`,
      body: `${actor.organisationName} đã ${existing ? "sửa" : "gửi"} báo cáo tiến độ (Mẫu 3b) tháng ${label}.`,
      link: `/de-an/${project.id}/tien-do`,
    });
    return { id, version, periodMonth: month, projectStatus, created: !existing };
  });
}

/** The confirming SCT (or the Cục, decision 024) confirms a report: it is frozen from then on. */
export async function confirmProgressReport(actor: Actor, raw: unknown): Promise<{ id: string; confirmedAt: Date }> {
  const input = ConfirmProgressInputSchema.parse(raw);
  return db().$transaction(async (tx) => {
    // Only the đề án id, to lock it; the scoped read in lockProject decides whether it is found.
    const target = await tx.progressReport.findUnique({ where: { id: input.reportId }, select: { projectId: true } });
    if (!target) throw new NotFoundError("progressReport");
    const project = await lockProject(tx, actor, target.projectId).catch((error: unknown) => {
      throw error instanceof NotFoundError ? new NotFoundError("progressReport") : error;
    });
    const report = await tx.progressReport.findUniqueOrThrow({ where: { id: input.reportId }, select: { id: true, periodMonth: true, version: true, submittedById: true, confirmedAt: true } });
    const label = monthText(report.periodMonth);
    const parties = partiesOf(actor, project);
    if (!parties.includes(confirmingParty(project))) throw new ForbiddenError("errors.progress.cannotConfirm");
    if (report.confirmedAt) throw new DomainError("CONFLICT", "errors.progress.alreadyConfirmed", { month: label });
    if (!canConfirmProgress(parties, project, report, actor.userId)) throw new ForbiddenError("errors.progress.ownReport");
    if (report.version !== input.version) throw new ConflictError("errors.progress.stale", { month: label });
    const confirmedAt = new Date();
    const done = await tx.progressReport.updateMany({ where: { id: report.id, version: report.version, confirmedById: null }, data: { confirmedById: actor.userId, confirmedAt, confirmationNote: input.note, version: { increment: 1 } } });
    if (done.count === 0) throw new ConflictError("errors.progress.stale", { month: label });
    await recordAudit(tx, actor, { action: "progress.confirm", entityType: "ProgressReport", entityId: report.id, data: { projectId: project.id, periodMonth: formatIsoDay(asCalendarDay(report.periodMonth)), note: input.note } });
    await notify(tx, { userIds: await unsafeImplementerUserIds(tx, project.implementerId) }, {
      kind: "PROGRESS_CONFIRMED",
      title: `Báo cáo tiến độ tháng ${label} đã được xác nhận`,
      body: input.note ? `Ghi chú: ${input.note}` : undefined,
      link: `/de-an/${project.id}/tien-do`,
    });
    return { id: report.id, confirmedAt };
  });
}
