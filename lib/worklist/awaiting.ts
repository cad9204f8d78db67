import "server-only";
// Work-list items that wait on a record rather than on money (issue #8 items 4, 6, 7, 8): monthly
// Mẫu 3b reports overdue (the progress module's one rule, decision 024), reports and force-majeure
// acceptances waiting for the SCT's confirmation, settlement dossiers past their deadline, and open
// inspection findings (the inspections module's reader). Each read is inside the actor's scope;
// who may confirm is the owning module's policy, asked per row.
import type { Actor } from "../auth/actor";
import { projectScopeWhere } from "../auth/policy";
import { asCalendarDay, formatIsoDay, type CalendarDay } from "../calendar";
import { db } from "../db/client";
import { isDomainError } from "../errors";
import { acceptanceFormsFor, canConfirmForceMajeure } from "../acceptance/policy";
import { openFindingsFor } from "../inspections/queries";
import { UNLOCKING_ACCEPTANCE_WHERE } from "../acceptance/unlock";
import { canConfirmProgress } from "../progress/policy";
import { overdueProgressFor } from "../progress/queries";
import { partiesOf } from "../projects/policy";
import { dossierDueOn, isOverdue, type DeadlineRule } from "../settlement/deadline-rules";
import { deadlineRuleOn } from "../settlement/deadlines";

const PROJECT = { id: true, code: true, title: true, implementerId: true, provinceId: true } as const;
const ROWS = 1000;

type ProjectRef = { id: string; code: string; title: string };
const projectOf = (p: ProjectRef) => ({ projectId: p.id, projectCode: p.code, projectTitle: p.title });

/** The most recent overdue month of each đề án the actor sees, linked to its progress page. */
export async function overdueReports(actor: Actor, today: CalendarDay) {
  const rows = await overdueProgressFor(actor, today);
  return rows.map((r) => ({ projectId: r.projectId, projectCode: r.code, projectTitle: r.title, month: r.month, lateFrom: r.lateFrom, href: r.link }));
}

/** Reports submitted and not confirmed that this actor may confirm (the province's SCT, decision 024). */
export async function reportsToConfirm(actor: Actor) {
  const rows = await db().progressReport.findMany({
    where: { confirmedAt: null, project: projectScopeWhere(actor) },
    select: { id: true, periodMonth: true, reportedOn: true, submittedById: true, confirmedAt: true, project: { select: PROJECT } },
    orderBy: [{ reportedOn: "asc" }, { id: "asc" }],
    take: ROWS,
  });
  return rows
    .filter((r) => canConfirmProgress(partiesOf(actor, r.project), r.project, r, actor.userId))
    .map((r) => ({ id: r.id, month: asCalendarDay(r.periodMonth), reportedOn: asCalendarDay(r.reportedOn), ...projectOf(r.project), href: `/de-an/${r.project.id}/tien-do` }));
}

/** Force-majeure acceptances the SCT of the province has still to confirm (Điều 18.4). */
export async function forceMajeureToConfirm(actor: Actor) {
  const rows = await db().acceptance.findMany({
    where: { forceMajeure: true, confirmedAt: null, project: projectScopeWhere(actor) },
    select: { id: true, acceptedOn: true, acceptedValue: true, project: { select: { ...PROJECT, kind: true, fundingSource: { select: { code: true } } } } },
    orderBy: [{ acceptedOn: "asc" }, { id: "asc" }],
    take: ROWS,
  });
  return rows
    .filter((a) => canConfirmForceMajeure(actor, a.project))
    .map((a) => ({ id: a.id, acceptedOn: asCalendarDay(a.acceptedOn), acceptedValue: a.acceptedValue, ...projectOf(a.project), href: `/de-an/${a.project.id}/nghiem-thu` }));
}

/**
 * Đề án under way whose latest SCT-confirmed Mẫu 3b report says the work is complete (100 %) and
 * that no acceptance has closed yet: waiting for nghiệm thu cơ sở by whoever organises it
 * (acceptance policy: the province's SCT for 5a/5b, the Cục for 5c).
 */
export async function readyForAcceptance(actor: Actor) {
  const rows = await db().project.findMany({
    where: { AND: [projectScopeWhere(actor), { status: "IN_PROGRESS" }, { progressReports: { some: { confirmedAt: { not: null }, completionBp: 10_000 } } }] },
    select: { ...PROJECT, kind: true, fundingSource: { select: { code: true } }, progressReports: { where: { confirmedAt: { not: null } }, orderBy: { periodMonth: "desc" }, take: 1, select: { periodMonth: true, completionBp: true } } },
    orderBy: [{ code: "asc" }],
    take: ROWS,
  });
  return rows
    .filter((p) => p.progressReports[0]?.completionBp === 10_000 && acceptanceFormsFor(actor, p).length > 0)
    .map((p) => ({ ...projectOf(p), month: asCalendarDay(p.progressReports[0]!.periodMonth), href: `/de-an/${p.id}/nghiem-thu` }));
}

/**
 * Signed main contracts whose settlement dossier is past its due day (ImplementationDeadline
 * SETTLEMENT_DOSSIER in force on the last acceptance that unlocks payment) and was not submitted,
 * or was returned (as the settlement page counts it). No rule in force: no deadline, no item.
 */
export async function overdueDossiers(actor: Actor, today: CalendarDay) {
  const contracts = await db().contract.findMany({
    where: { AND: [{ project: projectScopeWhere(actor) }, { kind: { in: ["CONTRACT", "TASK_ASSIGNMENT"] }, status: "SIGNED" }, { OR: [{ settlement: null }, { settlement: { status: "RETURNED" } }] }, { project: { acceptances: { some: UNLOCKING_ACCEPTANCE_WHERE } } }] },
    select: { id: true, number: true, project: { select: { id: true, code: true, title: true, acceptances: { where: UNLOCKING_ACCEPTANCE_WHERE, orderBy: { acceptedOn: "desc" }, take: 1, select: { acceptedOn: true } } } } },
    orderBy: [{ signedOn: "asc" }, { id: "asc" }],
    take: ROWS,
  });
  const rules = new Map<string, DeadlineRule | null>();
  const ruleOn = async (day: CalendarDay) => {
    const key = formatIsoDay(day);
    if (!rules.has(key)) rules.set(key, await deadlineRuleOn("SETTLEMENT_DOSSIER", day).catch((e: unknown) => { if (isDomainError(e)) return null; throw e; }));
    return rules.get(key) ?? null;
  };
  const out = [];
  for (const c of contracts) {
    const last = c.project.acceptances[0];
    if (!last) continue;
    const lastAcceptedOn = asCalendarDay(last.acceptedOn);
    const rule = await ruleOn(lastAcceptedOn);
    if (!rule || rule.daysAfter === null) continue;
    const dueOn = dossierDueOn(lastAcceptedOn, rule);
    if (isOverdue(dueOn, today, false)) out.push({ contractId: c.id, number: c.number, lastAcceptedOn, dueOn, ...projectOf(c.project), href: `/de-an/${c.project.id}/quyet-toan` });
  }
  return out;
}

/** Open inspection findings on the actor's đề án (the inspections module's reader), earliest due first. */
export async function openFindings(actor: Actor, today: CalendarDay) {
  const rows = await openFindingsFor(actor, { take: ROWS, now: today });
  return rows.map((f) => ({ id: f.id, description: f.description, requiredAction: f.requiredAction, dueOn: f.dueOn, overdue: f.overdue, projectId: f.projectId, projectCode: f.projectCode, projectTitle: f.projectTitle, href: f.link }));
}
