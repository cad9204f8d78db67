import "server-only";
// One contract's ledger as the so-cai page shows it (issue #8 items 3, 8): the entries with who
// recorded and confirmed them and their reversal links, the contract's measures, the closed years,
// and what the actor may do. Read through the actor's scope: another province's contract is
// "not found" (docs/decisions/002).
import type { Actor } from "../auth/actor";
import { asCalendarDay, vietnamToday, yearOf } from "../calendar";
import { db } from "../db/client";
import { NotFoundError } from "../errors";
import { measuresOf, type LedgerMeasures } from "./measures";
import { canCloseLedgerYear, canConfirmEntry, ledgerContractWhere, ledgerReadWhere, yearClosingContractWhere } from "./policy";
import { unsafeLedgerSums } from "./queries";
import { NAME_HISTORY_SELECT } from "../organisations/names";

const NAMES = { select: { names: NAME_HISTORY_SELECT } } as const;
const CONTRACT_SELECT = {
  id: true,
  kind: true,
  number: true,
  status: true,
  signedOn: true,
  value: true,
  counterpartValue: true,
  partyA: NAMES,
  partyB: NAMES,
  beneficiary: { select: { facility: { select: { name: true } } } },
  parent: { select: { id: true, number: true } },
  project: { select: { id: true, code: true, title: true, fundingSource: { select: { code: true } } } },
  closedYears: { select: { year: true, closedOn: true, reference: true, closedById: true }, orderBy: { year: "asc" } },
} as const;
const ENTRY_SELECT = {
  id: true,
  kind: true,
  amount: true,
  occurredOn: true,
  voucherRef: true,
  treasuryRef: true,
  note: true,
  recordedById: true,
  recordedAt: true,
  confirmedById: true,
  confirmedAt: true,
  reversesId: true,
  reverses: { select: { voucherRef: true } },
  reversedBy: { select: { id: true, voucherRef: true } },
  fundingSource: { select: { code: true } },
} as const;

export type LedgerViewEntry = Awaited<ReturnType<typeof loadEntries>>[number] & { recordedBy: string | null; confirmedBy: string | null; mayConfirm: boolean; mayReverse: boolean };

function loadEntries(contractId: string) {
  return db().ledgerEntry.findMany({ where: { contractId }, select: ENTRY_SELECT, orderBy: [{ occurredOn: "asc" }, { recordedAt: "asc" }] });
}

async function userNames(ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  const users = wanted.length ? await db().user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } }) : [];
  return new Map(users.map((u) => [u.id, u.name]));
}

/** Years the actor may close: ended, from the signing year, not yet closed. */
function closableYears(signedOn: Date | null, closed: readonly number[]): number[] {
  if (!signedOn) return [];
  const years: number[] = [];
  for (let y = yearOf(asCalendarDay(signedOn)); y < yearOf(vietnamToday()); y++) if (!closed.includes(y)) years.push(y);
  return years;
}

export type ContractLedger = Awaited<ReturnType<typeof getContractLedger>>;

export async function getContractLedger(actor: Actor, contractId: string) {
  const contract = await db().contract.findFirst({ where: { AND: [{ id: contractId }, ledgerReadWhere(actor)] }, select: CONTRACT_SELECT });
  if (!contract) throw new NotFoundError("contract");
  const [mayRecord, mayClose, rows, sums] = await Promise.all([
    db().contract.count({ where: { AND: [{ id: contractId }, ledgerContractWhere(actor)] } }).then((n) => n > 0),
    canCloseLedgerYear(actor) ? db().contract.count({ where: { AND: [{ id: contractId }, yearClosingContractWhere(actor)] } }).then((n) => n > 0) : false,
    loadEntries(contractId),
    unsafeLedgerSums({ contractId, fundingSource: { code: { not: "COUNTERPART" } } }),
  ]);
  const names = await userNames([...rows.flatMap((r) => [r.recordedById, r.confirmedById]), ...contract.closedYears.map((c) => c.closedById)]);
  const entries: LedgerViewEntry[] = rows.map((r) => ({
    ...r,
    recordedBy: r.recordedById ? (names.get(r.recordedById) ?? null) : null,
    confirmedBy: r.confirmedById ? (names.get(r.confirmedById) ?? null) : null,
    mayConfirm: mayRecord && r.confirmedById === null && canConfirmEntry(actor, r),
    mayReverse: mayRecord && r.reversesId === null && r.reversedBy === null,
  }));
  const closedYears = contract.closedYears.map((c) => ({ ...c, closedBy: c.closedById ? (names.get(c.closedById) ?? null) : null }));
  const measures: LedgerMeasures = measuresOf(sums);
  return {
    contract: { ...contract, closedYears },
    entries,
    measures,
    outstanding: measures.outstandingAdvance,
    may: { record: mayRecord && contract.status !== "DRAFT", close: mayClose },
    closableYears: mayClose ? closableYears(contract.signedOn, contract.closedYears.map((c) => c.year)) : [],
  };
}
