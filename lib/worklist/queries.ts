import "server-only";
// The work list's reads (issue #8 item 8). Everything is inside the actor's scope: contracts the
// actor is a party to or records on, đề án the actor sees (projectScopeWhere). Each item carries
// the link to the page where it is done.
import type { Actor } from "../auth/actor";
import { projectScopeWhere } from "../auth/policy";
import { asCalendarDay, formatIsoDay, vietnamToday, type CalendarDay } from "../calendar";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { measuresOf } from "../disbursements/measures";
import { ledgerContractWhere } from "../disbursements/policy";
import { NOT_COUNTERPART_WHERE, unsafeSumsByContract } from "../disbursements/queries";
import { sumDong, type Dong } from "../money";
import { balancePayable, dueScheduleItems, overdueReportMonths } from "./due";

/** How many items a list shows; the rest are counted. */
const LIMIT = 100;

function myContractsWhere(actor: Actor): Prisma.ContractWhereInput {
  const orgs = [...actor.organisationIds];
  return { AND: [{ project: projectScopeWhere(actor) }, { OR: [ledgerContractWhere(actor), { partyAId: { in: orgs } }, { partyBId: { in: orgs } }] }, { status: { in: ["DRAFT", "SIGNED"] } }] };
}

const CONTRACT_SELECT = {
  id: true, kind: true, number: true, status: true, value: true, signedOn: true, parentId: true,
  project: { select: { id: true, code: true, title: true, acceptances: { select: { contractId: true, acceptedValue: true } } } },
  schedule: { select: { seq: true, kind: true, amount: true, dueOn: true, afterAcceptance: true } },
} as const;
type ContractRow = Prisma.ContractGetPayload<{ select: typeof CONTRACT_SELECT }>;

/** Accepted value for one contract: its own acceptances, else (main contracts) the đề án's general ones. */
function acceptedFor(c: ContractRow): Dong | null {
  const own = c.project.acceptances.filter((a) => a.contractId === c.id);
  if (own.length) return sumDong(own.map((a) => a.acceptedValue));
  const general = c.project.acceptances.filter((a) => a.contractId === null);
  return c.kind !== "SUPPORT_CONTRACT" && general.length ? sumDong(general.map((a) => a.acceptedValue)) : null;
}

async function contractItems(actor: Actor, today: CalendarDay) {
  const contracts = await db().contract.findMany({ where: myContractsWhere(actor), select: CONTRACT_SELECT, orderBy: [{ signedOn: "desc" }, { number: "asc" }], take: 500 });
  const sums = await unsafeSumsByContract({ AND: [{ contractId: { in: contracts.map((c) => c.id) } }, NOT_COUNTERPART_WHERE] });
  const recordable = new Set((await db().contract.findMany({ where: { AND: [{ id: { in: contracts.map((c) => c.id) } }, ledgerContractWhere(actor)] }, select: { id: true } })).map((c) => c.id));
  const ref = (c: ContractRow) => ({ contractId: c.id, number: c.number, kind: c.kind, projectId: c.project.id, projectCode: c.project.code, projectTitle: c.project.title });
  const actions: { kind: "sign" | "scheduleDue" | "balance"; href: string; amount: Dong | null; dueOn: CalendarDay | null; seq: number | null; contract: ReturnType<typeof ref> }[] = [];
  const toSettle: { href: string; outstanding: Dong; contract: ReturnType<typeof ref> }[] = [];
  for (const c of contracts) {
    const m = measuresOf(sums.get(c.id) ?? {});
    const ledger = `/hop-dong/${c.id}/so-cai`;
    if (c.status === "DRAFT") actions.push({ kind: "sign", href: `/hop-dong/${c.id}`, amount: c.value, dueOn: null, seq: null, contract: ref(c) });
    if (c.status !== "SIGNED" || !recordable.has(c.id)) continue;
    for (const item of dueScheduleItems(c.schedule, { ADVANCE: m.advanced, PAYMENT: m.paid }, today)) {
      actions.push({ kind: "scheduleDue", href: ledger, amount: item.missing, dueOn: item.dueOn ? asCalendarDay(item.dueOn) : null, seq: item.seq, contract: ref(c) });
    }
    const accepted = acceptedFor(c);
    if (accepted !== null) {
      const balance = balancePayable(c.value, accepted, m.disbursed);
      if (balance > 0n) actions.push({ kind: "balance", href: ledger, amount: balance, dueOn: null, seq: null, contract: ref(c) });
      const outstanding = m.outstandingAdvance;
      if (outstanding > 0n) toSettle.push({ href: ledger, outstanding, contract: ref(c) });
    }
  }
  const mine = contracts.map((c) => ({ ...ref(c), status: c.status, value: c.value, signedOn: c.signedOn, href: `/hop-dong/${c.id}` }));
  return { mine, actions, toSettle };
}

async function overdueReports(actor: Actor, today: CalendarDay) {
  const projects = await db().project.findMany({
    where: { AND: [projectScopeWhere(actor), { status: { in: ["CONTRACTED", "IN_PROGRESS"] } }] },
    select: { id: true, code: true, title: true, endYear: true, contracts: { where: { signedOn: { not: null } }, select: { signedOn: true }, orderBy: { signedOn: "asc" }, take: 1 }, progressReports: { select: { periodMonth: true } } },
    take: 1000,
  });
  const deadlines = await db().implementationDeadline.findMany({ where: { code: "PROGRESS_REPORT" }, select: { dayOfMonth: true, validFrom: true, validTo: true } });
  return projects.flatMap((p) => {
    const signed = p.contracts[0]?.signedOn;
    if (!signed) return [];
    const reported = new Set(p.progressReports.map((r) => formatIsoDay(asCalendarDay(r.periodMonth))));
    return overdueReportMonths({ start: asCalendarDay(signed), lastYear: p.endYear, today, deadlines, reported }).map((m) => ({ ...m, projectId: p.id, projectCode: p.code, projectTitle: p.title, href: `/de-an/${p.id}/tien-do` }));
  });
}

async function openFindings(actor: Actor, today: CalendarDay) {
  const rows = await db().inspectionFinding.findMany({
    where: { status: "OPEN", inspection: { project: projectScopeWhere(actor) } },
    select: { id: true, seq: true, description: true, requiredAction: true, dueOn: true, inspection: { select: { inspectedOn: true, project: { select: { id: true, code: true, title: true } } } } },
    orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }],
    take: 1000,
  });
  return rows.map((f) => ({
    id: f.id, description: f.description, requiredAction: f.requiredAction, dueOn: f.dueOn,
    overdue: f.dueOn !== null && formatIsoDay(asCalendarDay(f.dueOn)) < formatIsoDay(today),
    projectId: f.inspection.project.id, projectCode: f.inspection.project.code, projectTitle: f.inspection.project.title,
    href: `/de-an/${f.inspection.project.id}/kiem-tra`,
  }));
}

const capped = <T>(items: readonly T[]) => ({ items: items.slice(0, LIMIT), total: items.length });

export type Worklist = Awaited<ReturnType<typeof getWorklist>>;

/** The actor's work list on `today` (the Vietnam day unless a test says otherwise). */
export async function getWorklist(actor: Actor, today: CalendarDay = vietnamToday()) {
  const { mine, actions, toSettle } = await contractItems(actor, today);
  const [reports, findings] = [await overdueReports(actor, today), await openFindings(actor, today)];
  return { contracts: capped(mine), actions: capped(actions), overdueReports: capped(reports), openFindings: capped(findings), advancesToSettle: capped(toSettle) };
}
