import "server-only";
// Recording an inspection with its findings, and closing a finding with evidence (issue #8 item
// 5). One transaction each: the đề án's row lock and scoped read (lockProject: another province's
// đề án is "not found"), the checks, the write, the audit entry and the notices.
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { formatIsoDay, parseCalendarDate, parseOptionalCalendarDate, vietnamToday } from "../calendar";
import { db } from "../db/client";
import { ConflictError, DomainError, ForbiddenError, NotFoundError, message } from "../errors";
import { formatDate } from "../format";
import { notify } from "../notifications/notify";
import { lockProject } from "../projects/mutations";
import { partiesOf } from "../projects/policy";
import { unsafeImplementerUserIds } from "../progress/start";
import { canCloseFinding, canRecordInspection, hasClosingEvidence, teamMembers } from "./policy";
import { CloseFindingInputSchema, RecordInspectionInputSchema } from "./schemas";

function parseDates(input: ReturnType<typeof RecordInspectionInputSchema.parse>) {
  const inspectedOn = parseCalendarDate(input.inspectedOn);
  if (inspectedOn > vietnamToday()) throw new DomainError("VALIDATION", "errors.inspections.futureDate", { date: formatDate(inspectedOn, true) }, { inspectedOn: message("errors.inspections.futureDate", { date: formatDate(inspectedOn, true) }) });
  const items = input.items.map((item, i) => {
    const dueOn = parseOptionalCalendarDate(item.dueOn) ?? null;
    if (dueOn && dueOn < inspectedOn) {
      const params = { due: formatDate(dueOn, true), item: item.description, date: formatDate(inspectedOn, true) };
      throw new DomainError("VALIDATION", "errors.inspections.dueBeforeInspection", params, { [`items.${i}.dueOn`]: message("errors.inspections.dueBeforeInspection", params) });
    }
    return { seq: i + 1, description: item.description, requiredAction: item.requiredAction, dueOn };
  });
  return { inspectedOn, items };
}

/** Records an inspection by the actor's organisation (the Cục or the province's SCT). */
export async function recordInspection(actor: Actor, raw: unknown): Promise<{ id: string; findings: number }> {
  const input = RecordInspectionInputSchema.parse(raw);
  const { inspectedOn, items } = parseDates(input);
  return db().$transaction(async (tx) => {
    const project = await lockProject(tx, actor, input.projectId);
    if (!canRecordInspection(partiesOf(actor, project), project.status)) throw new ForbiddenError("errors.inspections.cannotRecord");
    const created = await tx.inspection.create({
      data: { projectId: project.id, inspectorId: actor.organisationId, inspectedOn, team: teamMembers(input.team).join("\n"), findings: input.findings, conclusion: input.conclusion, recordedById: actor.userId, items: { create: items } },
      select: { id: true },
    });
    await recordAudit(tx, actor, { action: "inspection.record", entityType: "Inspection", entityId: created.id, data: { projectId: project.id, inspectedOn: formatIsoDay(inspectedOn), findings: items.length } });
    await notify(tx, { userIds: await unsafeImplementerUserIds(tx, project.implementerId) }, {
      kind: "INSPECTION_RECORDED",
      title: `Kết quả kiểm tra ngày ${formatDate(inspectedOn, true)}: ${items.length} kiến nghị cần khắc phục`,
      body: `${actor.organisationName} đã ghi kết quả kiểm tra, giám sát đề án.`,
      link: `/de-an/${project.id}/kiem-tra`,
    });
    return { id: created.id, findings: items.length };
  });
}

/** Closes an open finding with evidence (text and/or an attached document) seen at `version`. */
export async function closeFinding(actor: Actor, raw: unknown): Promise<{ id: string; closedOn: Date }> {
  const input = CloseFindingInputSchema.parse(raw);
  return db().$transaction(async (tx) => {
    // Only the đề án id, to lock it; the scoped read in lockProject decides whether it is found.
    const target = await tx.inspectionFinding.findUnique({ where: { id: input.findingId }, select: { inspection: { select: { projectId: true } } } });
    if (!target) throw new NotFoundError("finding");
    const project = await lockProject(tx, actor, target.inspection.projectId).catch((error: unknown) => {
      throw error instanceof NotFoundError ? new NotFoundError("finding") : error;
    });
    const finding = await tx.inspectionFinding.findUniqueOrThrow({ where: { id: input.findingId }, select: { id: true, status: true, closedOn: true, version: true, inspection: { select: { inspectorId: true } }, _count: { select: { attachments: true } } } });
    if (!canCloseFinding(partiesOf(actor, project), actor.organisationIds, finding.inspection.inspectorId)) throw new ForbiddenError("errors.inspections.cannotClose");
    if (finding.status === "CLOSED") throw new DomainError("CONFLICT", "errors.inspections.alreadyClosed", { date: finding.closedOn ? formatDate(finding.closedOn, true) : "—" });
    if (finding.version !== input.version) throw new ConflictError("errors.inspections.stale");
    if (!hasClosingEvidence(input.evidence, finding._count.attachments)) throw new DomainError("VALIDATION", "errors.inspections.evidenceRequired", {}, { evidence: message("errors.inspections.evidenceRequired") });
    const closedOn = vietnamToday();
    const done = await tx.inspectionFinding.updateMany({ where: { id: finding.id, version: finding.version, status: "OPEN" }, data: { status: "CLOSED", closedOn, closedById: actor.userId, closingEvidence: input.evidence, version: { increment: 1 } } });
    if (done.count === 0) throw new ConflictError("errors.inspections.stale");
    await recordAudit(tx, actor, { action: "inspection.closeFinding", entityType: "InspectionFinding", entityId: finding.id, data: { projectId: project.id, evidence: input.evidence, attachments: finding._count.attachments } });
    await notify(tx, { organisationIds: [finding.inspection.inspectorId, project.implementerId] }, {
      kind: "INSPECTION_RECORDED",
      title: "Kiến nghị sau kiểm tra đã được khắc phục và đóng",
      body: input.evidence ? `Minh chứng: ${input.evidence}` : "Minh chứng: tài liệu đính kèm.",
      link: `/de-an/${project.id}/kiem-tra`,
    });
    return { id: finding.id, closedOn };
  });
}
