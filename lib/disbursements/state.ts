import "server-only";
// What the ledger invariants need about one contract, read inside the caller's transaction after
// the contract's row lock (docs/decisions/020). Unscoped: the caller has already found the
// contract through ledgerContractWhere(actor).
import type { Tx } from "../db/client";
import type { ContractKind, ContractStatus, ProjectStatus } from "../db/generated/enums";
import { asCalendarDay, formatIsoDay, validAtWhere, vietnamToday, type CalendarDay } from "../calendar";
import { DomainError } from "../errors";
import type { Dong } from "../money";
import type { LedgerState } from "./invariants";
import { unsafeLedgerMeasures, unsafeLedgerSums } from "./queries";

export type LockedContract = {
  id: string;
  kind: ContractKind;
  number: string;
  status: ContractStatus;
  signedOn: Date | null;
  value: Dong;
  parent: { id: string; kind: ContractKind; number: string; value: Dong } | null;
  project: { id: string; code: string; status: ProjectStatus; contents: { contentCategory: { code: string } }[] };
};

export const LOCKED_CONTRACT_SELECT = {
  id: true,
  kind: true,
  number: true,
  status: true,
  signedOn: true,
  value: true,
  parent: { select: { id: true, kind: true, number: true, value: true } },
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

/**
 * The task assignment a contract belongs to (itself, or the parent of a support contract under one):
 * its family is bounded by its value (programme money, docs/decisions/021, 023). Null otherwise.
 */
export function familyHeadOf(contract: Pick<LockedContract, "id" | "kind" | "number" | "value" | "parent">): { id: string; number: string; value: Dong } | null {
  if (contract.kind === "TASK_ASSIGNMENT") return { id: contract.id, number: contract.number, value: contract.value };
  if (contract.kind === "SUPPORT_CONTRACT" && contract.parent?.kind === "TASK_ASSIGNMENT") return contract.parent;
  return null;
}

/** What a task assignment's family has disbursed in programme funds (counterpart funds excluded). */
async function unsafeFamilyDisbursed(tx: Tx, headId: string): Promise<Dong> {
  const where = { contract: { OR: [{ id: headId }, { parentId: headId }] }, fundingSource: { code: { not: "COUNTERPART" } } };
  return (await unsafeLedgerMeasures(where, tx)).disbursed;
}

/** The contract's state before an entry of `fundingSourceId` dated `occurredOn`. */
export async function unsafeLedgerState(tx: Tx, contract: LockedContract, funding: { id: string; code: string }, occurredOn: CalendarDay): Promise<LedgerState> {
  // Sequential: one transaction is one connection.
  const sums = await unsafeLedgerSums({ contractId: contract.id, fundingSourceId: funding.id }, tx);
  const accepted = (await tx.acceptance.count({ where: { projectId: contract.project.id } })) > 0;
  const closings = await tx.ledgerYearClosing.findMany({ where: { contractId: contract.id }, select: { year: true } });
  const counterpart = funding.code === "COUNTERPART";
  const head = counterpart ? null : familyHeadOf(contract);
  return {
    today: vietnamToday(),
    contract: { number: contract.number, status: contract.status, signedOn: contract.signedOn ? asCalendarDay(contract.signedOn) : null, value: contract.value },
    project: { code: contract.project.code, status: contract.project.status },
    accepted,
    counterpart,
    advanceCapBp: counterpart ? 10_000 : await unsafeAdvanceCapBp(tx, contract, occurredOn),
    closedYears: closings.map((c) => c.year),
    sums,
    family: head ? { number: head.number, value: head.value, disbursed: await unsafeFamilyDisbursed(tx, head.id) } : null,
  };
}
