import "server-only";
// What the ledger invariants need about one contract, read inside the caller's transaction after
// the contract's row lock (docs/decisions/020). Unscoped: the caller has already found the
// contract through ledgerContractWhere(actor).
import type { Tx } from "../db/client";
import type { ContractStatus, ProjectStatus } from "../db/generated/enums";
import { asCalendarDay, formatIsoDay, vietnamToday, type CalendarDay } from "../calendar";
import { DomainError } from "../errors";
import type { Dong } from "../money";
import type { LedgerState } from "./invariants";
import { unsafeAdvanceRuleInForce } from "./advance-rules";
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
 * The cap on total advances in force on `day` for the đề án's contents: the strictest applicable
 * rule (lib/disbursements/advance-rules.ts, the same rule the contract's schedule comes from).
 */
async function unsafeAdvanceCapBp(tx: Tx, contract: LockedContract, day: CalendarDay): Promise<number> {
  const rule = await unsafeAdvanceRuleInForce(tx, contract.project.contents.map((c) => c.contentCategory.code), day);
  if (!rule) throw new DomainError("VALIDATION", "errors.ledger.noAdvanceRule", { date: formatIsoDay(day), project: contract.project.code });
  return rule.advanceCapBp;
}

/** The contract's state before an entry of `fundingSourceId` dated `occurredOn`. */
export async function unsafeLedgerState(tx: Tx, contract: LockedContract, funding: { id: string; code: string }, occurredOn: CalendarDay): Promise<LedgerState> {
  // Sequential: one transaction is one connection.
  const sums = await unsafeLedgerSums({ contractId: contract.id, fundingSourceId: funding.id }, tx);
  const accepted = (await tx.acceptance.count({ where: { projectId: contract.project.id } })) > 0;
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
