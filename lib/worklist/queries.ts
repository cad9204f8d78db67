import "server-only";
// The work list's reads (issue #8 item 8). Everything is inside the actor's scope: contracts the
// actor is a party to or records on, đề án the actor sees (projectScopeWhere). Each item carries
// the link to the page where it is done. The money items are here; the items waiting on a record
// (reports, confirmations, dossiers, findings) are in awaiting.ts.
import type { Actor } from "../auth/actor";
import { projectScopeWhere } from "../auth/policy";
import { asCalendarDay, vietnamToday, type CalendarDay } from "../calendar";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { measuresOf } from "../disbursements/measures";
import { ledgerContractWhere } from "../disbursements/policy";
import { NOT_COUNTERPART_WHERE, unsafeSumsByContract } from "../disbursements/queries";
import { sumDong, type Dong } from "../money";
import { UNLOCKING_ACCEPTANCE_WHERE } from "../acceptance/unlock";
import { forceMajeureToConfirm, openFindings, overdueDossiers, overdueReports, readyForAcceptance, reportsToConfirm } from "./awaiting";
import { balancePayable, dueScheduleItems } from "./due";

/** Đề án whose contracts still have work: settled, liquidated and stopped ones do not (a refund has its own page). */
const ACTIVE_STATUSES = ["CONTRACTED", "IN_PROGRESS", "CARRIED_OVER", "ACCEPTED"] as const;

/** How many items a list shows; the rest are counted. */
const LIMIT = 100;

function myContractsWhere(actor: Actor): Prisma.ContractWhereInput {
  const orgs = [...actor.organisationIds];
  return {
    AND: [
      { project: { AND: [projectScopeWhere(actor), { status: { in: [...ACTIVE_STATUSES] } }] } },
      { OR: [ledgerContractWhere(actor), { partyAId: { in: orgs } }, { partyBId: { in: orgs } }] },
      { status: { in: ["DRAFT", "SIGNED"] } },
    ],
  };
}

const CONTRACT_SELECT = {
  id: true, kind: true, number: true, status: true, value: true, signedOn: true, parentId: true, beneficiaryId: true,
  project: { select: { id: true, code: true, title: true, acceptances: { where: UNLOCKING_ACCEPTANCE_WHERE, select: { contractId: true, beneficiaryId: true, acceptedValue: true } } } },
  schedule: { select: { seq: true, kind: true, amount: true, dueOn: true, afterAcceptance: true } },
} as const;
type ContractRow = Prisma.ContractGetPayload<{ select: typeof CONTRACT_SELECT }>;

/**
 * Accepted value for one contract: its own acceptances; for a support contract, the Mẫu 5a
 * acceptances of its beneficiary; else the đề án's general ones (balancePayable caps the result at
 * the contract's value). Only acceptances that unlock payment (UNLOCKING_ACCEPTANCE_WHERE, decision
 * 025), so an unconfirmed force-majeure acceptance offers no balance the ledger would refuse.
 */
function acceptedFor(c: ContractRow): Dong | null {
  const total = (rows: readonly { acceptedValue: Dong }[]) => (rows.length ? sumDong(rows.map((a) => a.acceptedValue)) : null);
  const own = c.project.acceptances.filter((a) => a.contractId === c.id);
  const atBeneficiary = c.beneficiaryId ? c.project.acceptances.filter((a) => a.contractId === null && a.beneficiaryId === c.beneficiaryId) : [];
  const general = c.project.acceptances.filter((a) => a.contractId === null && a.beneficiaryId === null);
  return total(own) ?? total(atBeneficiary) ?? total(general);
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

const capped = <T>(items: readonly T[]) => ({ items: items.slice(0, LIMIT), total: items.length });

export type Worklist = Awaited<ReturnType<typeof getWorklist>>;

/** The actor's work list on `today` (the Vietnam day unless a test says otherwise). */
export async function getWorklist(actor: Actor, today: CalendarDay = vietnamToday()) {
  // One read after another: the pool is small and the page is not hot.
  const { mine, actions, toSettle } = await contractItems(actor, today);
  const reports = await overdueReports(actor, today);
  const toConfirm = await reportsToConfirm(actor);
  const forceMajeure = await forceMajeureToConfirm(actor);
  const toAccept = await readyForAcceptance(actor);
  const dossiers = await overdueDossiers(actor, today);
  const findings = await openFindings(actor, today);
  return {
    actions: capped(actions), overdueReports: capped(reports), reportsToConfirm: capped(toConfirm), forceMajeureToConfirm: capped(forceMajeure), readyForAcceptance: capped(toAccept),
    overdueDossiers: capped(dossiers), openFindings: capped(findings), advancesToSettle: capped(toSettle), contracts: capped(mine),
  };
}
