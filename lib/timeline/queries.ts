import "server-only";
// The đề án timeline's reads (issue #8 item 8): one read per table that records an event or a
// document, mapped to TimelineEvent and ordered by sortTimeline. The đề án is found through the
// actor's scope first; everything else hangs off it.
import type { Actor } from "../auth/actor";
import { projectScopeWhere } from "../auth/policy";
import { asCalendarDay } from "../calendar";
import { db } from "../db/client";
import { NotFoundError } from "../errors";
import { formatDate, formatMoney, formatPercentBp } from "../format";
import { atInstant, onDay, sortTimeline, type TimelineEvent } from "./events";

const money = (amount: bigint) => formatMoney(amount, "trieu");
const day = (d: Date) => asCalendarDay(d);

async function contractEvents(projectId: string): Promise<TimelineEvent[]> {
  const contracts = await db().contract.findMany({
    where: { projectId },
    select: {
      id: true, kind: true, number: true, signedOn: true, createdAt: true, value: true,
      versions: { where: { versionNo: { gt: 1 } }, select: { id: true, versionNo: true, signedOn: true, value: true, reason: true } },
      closedYears: { select: { id: true, year: true, closedOn: true, reference: true } },
      settlement: { select: { id: true, submittedOn: true, settledAmount: true, status: true, decidedOn: true } },
      liquidation: { select: { id: true, liquidatedOn: true, settledAmount: true, refundAmount: true, minutesRef: true } },
    },
  });
  return contracts.flatMap((c) => {
    const href = `/hop-dong/${c.id}`;
    const closing = `/de-an/${projectId}/quyet-toan`;
    const base = { number: c.number, contractKind: c.kind };
    const events: TimelineEvent[] = [];
    const signed = { ...base, value: money(c.value), signed: c.signedOn ? "yes" : "no" };
    events.push(c.signedOn ? onDay({ id: c.id, kind: "contract", params: signed, href }, day(c.signedOn)) : atInstant({ id: c.id, kind: "contract", params: signed, href }, c.createdAt));
    for (const v of c.versions) events.push(onDay({ id: v.id, kind: "amendment", params: { ...base, version: String(v.versionNo), value: money(v.value), reason: v.reason }, href }, day(v.signedOn)));
    for (const y of c.closedYears) events.push(onDay({ id: y.id, kind: "yearClosed", params: { ...base, year: String(y.year), reference: y.reference }, href: `${href}/so-cai` }, day(y.closedOn)));
    const s = c.settlement;
    if (s) {
      events.push(onDay({ id: s.id, kind: "settlement", params: { ...base, amount: money(s.settledAmount) }, href: closing }, day(s.submittedOn)));
      if (s.decidedOn) events.push(onDay({ id: `${s.id}-decided`, kind: "settlementDecided", params: { ...base, amount: money(s.settledAmount), outcome: s.status }, href: closing }, day(s.decidedOn)));
    }
    const l = c.liquidation;
    if (l) events.push(onDay({ id: l.id, kind: "liquidation", params: { ...base, settled: money(l.settledAmount), refund: money(l.refundAmount), reference: l.minutesRef }, href: closing }, day(l.liquidatedOn)));
    return events;
  });
}

async function ledgerEvents(projectId: string): Promise<TimelineEvent[]> {
  const entries = await db().ledgerEntry.findMany({ where: { projectId }, select: { id: true, kind: true, amount: true, occurredOn: true, voucherRef: true, documentRef: true, reversesId: true, contractId: true, fundingSource: { select: { code: true } } } });
  return entries.map((e) =>
    onDay({ id: e.id, kind: "ledger", params: { ledgerKind: e.kind, amount: money(e.amount), voucher: e.voucherRef ?? e.documentRef, reversal: e.reversesId ? "yes" : "no", source: e.fundingSource.code }, href: e.contractId ? `/hop-dong/${e.contractId}/so-cai` : undefined }, day(e.occurredOn)),
  );
}

async function implementationEvents(projectId: string): Promise<TimelineEvent[]> {
  const href = (tail: string) => `/de-an/${projectId}/${tail}`;
  const reports = await db().progressReport.findMany({ where: { projectId }, select: { id: true, periodMonth: true, reportedOn: true, completionBp: true, completedValue: true, confirmedAt: true } });
  const inspections = await db().inspection.findMany({ where: { projectId }, select: { id: true, inspectedOn: true, items: { select: { id: true, seq: true, status: true, closedOn: true, description: true } } } });
  const acceptances = await db().acceptance.findMany({ where: { projectId }, select: { id: true, form: true, acceptedOn: true, acceptedValue: true, forceMajeure: true } });
  const stop = await db().projectStop.findUnique({ where: { projectId }, select: { id: true, stoppedOn: true, reason: true, refundDue: true } });
  const events: TimelineEvent[] = [];
  for (const r of reports) {
    const month = formatDate(r.periodMonth, true).slice(3);
    events.push(onDay({ id: r.id, kind: "progress", params: { month, completion: formatPercentBp(r.completionBp, 0), value: money(r.completedValue) }, href: href("tien-do") }, day(r.reportedOn)));
    if (r.confirmedAt) events.push(atInstant({ id: `${r.id}-confirmed`, kind: "progressConfirmed", params: { month }, href: href("tien-do") }, r.confirmedAt));
  }
  for (const i of inspections) {
    const open = i.items.filter((f) => f.status === "OPEN").length;
    events.push(onDay({ id: i.id, kind: "inspection", params: { findings: String(i.items.length), open: String(open) }, href: href("kiem-tra") }, day(i.inspectedOn)));
    for (const f of i.items) if (f.closedOn) events.push(onDay({ id: f.id, kind: "findingClosed", params: { finding: f.description }, href: href("kiem-tra") }, day(f.closedOn)));
  }
  for (const a of acceptances) events.push(onDay({ id: a.id, kind: "acceptance", params: { form: a.form, value: money(a.acceptedValue), forceMajeure: a.forceMajeure ? "yes" : "no" }, href: href("nghiem-thu") }, day(a.acceptedOn)));
  if (stop) events.push(onDay({ id: stop.id, kind: "stop", params: { reason: stop.reason, refundDue: money(stop.refundDue) }, href: href("ngung") }, day(stop.stoppedOn)));
  return events;
}

async function statusAndDocuments(projectId: string): Promise<TimelineEvent[]> {
  const transitions = await db().projectTransition.findMany({ where: { projectId }, select: { id: true, toStatus: true, at: true, comment: true, actor: { select: { name: true } } } });
  const attachments = await db().attachment.findMany({ where: { projectId }, select: { id: true, fileName: true, uploadedAt: true } });
  return [
    ...transitions.map((t) => atInstant({ id: t.id, kind: "status", status: t.toStatus, params: { actor: t.actor?.name ?? "", comment: t.comment } }, t.at)),
    ...attachments.map((a) => atInstant({ id: a.id, kind: "attachment", params: { file: a.fileName }, href: `/de-an/${projectId}/tai-lieu/${a.id}` }, a.uploadedAt)),
  ];
}

/** Every event and document of one đề án the actor sees, oldest first. */
export async function listProjectTimeline(actor: Actor, projectId: string): Promise<TimelineEvent[]> {
  const found = await db().project.count({ where: { AND: [{ id: projectId }, projectScopeWhere(actor)] } });
  if (!found) throw new NotFoundError("project");
  const parts = await Promise.all([statusAndDocuments(projectId), contractEvents(projectId), ledgerEvents(projectId), implementationEvents(projectId)]);
  return sortTimeline(parts.flat());
}

