import "server-only";
// What the ledger invariants need about one contract, read inside the caller's transaction after
// the contract's row lock (docs/decisions/020). Unscoped: the caller has already found the
// contract through ledgerContractWhere(actor).
import type { Tx } from "../db/client";
import type { ContractStatus, ProjectStatus } from "../db/generated/enums";
import { asCalendarDay, formatIsoDay, validAtWhere, vietnamToday, type CalendarDay } from "../calendar";
import { DomainError } from "../errors";
import type { Dong } from "../money";
import { UNLOCKING_ACCEPTANCE_WHERE } from "../acceptance/unlock";
import type { LedgerState } from "./invariants";
import { unsafeLedgerSums } from "./queries";

export type LockedContract = {
  id: string;
  number: string;
  status: ContractStatus;
  signedOn: Date | null;
  value: Dong;
  project: { id: string; code: string; status: ProjectStatus; contents: { contentCategory: { code: string } }[] };
};

export const LOCKED_CONTRACT_SELECT = {
  id: true,
  number: true,
  status: true,
  signedOn: true,
  value: true,
  project: { select: { id: true, code: true, status: true, contents: { select: { contentCategory: { select: { code: true } } } } } },
} as const;

/**
 * The cap on total advances in force on `day` for the đề án's contents: a content's own rule where
 * there is one (the strictest if the đề án has several contents), else the general rule.
 */
async function unsafeAdvanceCapBp(tx: Tx, contract: LockedContract, day: CalendarDay): Promise<number> {
  const codes = contract.project.contents.map((c) => c.contentCategory.code);
  const rules = await tx.advanceRule.findMany({ where: { AND: [validAtWhere(day), { OR: [{ contentCode: { in: codes } }, { contentCode: null }] }] }, select: { contentCode: true, advanceCapBp: true } });
  const own = rules.filter((r) => r.contentCode !== null);
  const applicable = own.length ? own : rules;
  if (!applicable.length) throw new DomainError("VALIDATION", "errors.ledger.noAdvanceRule", { date: formatIsoDay(day), project: contract.project.code });
  return Math.min(...applicable.map((r) => r.advanceCapBp));
}

/** The contract's state before an entry of `fundingSourceId` dated `occurredOn`. */
export async function unsafeLedgerState(tx: Tx, contract: LockedContract, funding: { id: string; code: string }, occurredOn: CalendarDay): Promise<LedgerState> {
  // Sequential: one transaction is one connection.
  const sums = await unsafeLedgerSums({ contractId: contract.id, fundingSourceId: funding.id }, tx);
  // Only an acceptance that unlocks the balance counts: force majeure waits for the SCT (Điều 18.4).
  const accepted = (await tx.acceptance.count({ where: { AND: [{ projectId: contract.project.id }, UNLOCKING_ACCEPTANCE_WHERE] } })) > 0;
  const closings = await tx.ledgerYearClosing.findMany({ where: { contractId: contract.id }, select: { year: true } });
  const counterpart = funding.code === "COUNTERPART";
  return {
    today: vietnamToday(),
    contract: { number: contract.number, status: contract.status, signedOn: contract.signedOn ? asCalendarDay(contract.signedOn) : null, value: contract.value },
    project: { code: contract.project.code, status: contract.project.status },
    accepted,
    counterpart,
    advanceCapBp: counterpart ? 10_000 : await unsafeAdvanceCapBp(tx, contract, occurredOn),
    closedYears: closings.map((c) => c.year),
    sums,
  };
}
