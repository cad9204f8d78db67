import "server-only";
// What the ledger invariants need about one contract (docs/decisions/020, 023). Writers of one
// contract queue behind its row lock, so the time spent holding it is what contention costs:
// - before the lock (inside the same transaction): the scoped read of the contract (who may
//   record, what it is), the funding source, the advance rule in force on the voucher date (dated
//   configuration) and whether the đề án is accepted (acceptances only ever add: a late one can
//   only make a refusal stricter than needed, never let a wrong entry through);
// - under the lock, in one statement: everything a concurrent writer can change (the contract's
//   and đề án's status, the sums by kind, the family's sums, closed years, the voucher, the key).
import type { Tx } from "../db/client";
import type { ContractKind, ContractStatus, LedgerKind, ProjectStatus } from "../db/generated/enums";
import { asCalendarDay, formatIsoDay, vietnamToday, type CalendarDay } from "../calendar";
import { DomainError } from "../errors";
import type { Dong } from "../money";
import { UNLOCKING_ACCEPTANCE_WHERE } from "../acceptance/unlock";
import type { LedgerState } from "./invariants";
import type { Prisma } from "../db/generated/client";
import { unsafeLatestConfirmedProgress } from "../progress/queries";
import { unsafeAdvanceRuleInForce, type AdvanceRuleRow } from "./advance-rules";
import { measuresOf, type LedgerSums } from "./measures";

export type LockedContract = {
  id: string;
  kind: ContractKind;
  number: string;
  status: ContractStatus;
  signedOn: Date | null;
  value: Dong;
  parent: { id: string; kind: ContractKind; number: string; value: Dong } | null;
  beneficiaryId: string | null;
  project: { id: string; code: string; status: ProjectStatus; fundingSource: { code: string }; contents: { contentCategory: { code: string } }[] };
};

export const LOCKED_CONTRACT_SELECT = {
  id: true,
  kind: true,
  number: true,
  status: true,
  signedOn: true,
  value: true,
  parent: { select: { id: true, kind: true, number: true, value: true } },
  beneficiaryId: true,
  project: { select: { id: true, code: true, status: true, fundingSource: { select: { code: true } }, contents: { select: { contentCategory: { select: { code: true } } } } } },
} as const;

/**
 * The task assignment a contract belongs to (itself, or the parent of a support contract under one):
 * its family is bounded by its value (programme money, docs/decisions/021, 023). Null otherwise.
 */
export function familyHeadOf(contract: Pick<LockedContract, "id" | "kind" | "number" | "value" | "parent">): { id: string; number: string; value: Dong } | null {
  if (contract.kind === "TASK_ASSIGNMENT") return { id: contract.id, number: contract.number, value: contract.value };
  if (contract.kind === "SUPPORT_CONTRACT" && contract.parent?.kind === "TASK_ASSIGNMENT") return contract.parent;
  return null;
}

/**
 * The advance rule in force on `day` for the đề án's contents: the strictest applicable rule
 * (lib/disbursements/advance-rules.ts, the same rule the contract's schedule comes from).
 */
async function unsafeRuleFor(tx: Tx, contract: LockedContract, day: CalendarDay): Promise<AdvanceRuleRow> {
  const rule = await unsafeAdvanceRuleInForce(tx, contract.project.contents.map((c) => c.contentCategory.code), day);
  if (!rule) throw new DomainError("VALIDATION", "errors.ledger.noAdvanceRule", { date: formatIsoDay(day), project: contract.project.code });
  return rule;
}

export type PreLockFacts = {
  accepted: boolean;
  /** Sum of acceptedValue of the unlocking acceptances bounding this contract (docs/decisions/027). */
  acceptedValue: Dong;
  advanceCapBp: number;
  firstAdvanceBp: number;
  firstAdvanceAfterAcceptance: boolean;
  /** Cumulative cost executed in the latest SCT-confirmed progress report, null when none. */
  confirmedCompleted: Dong | null;
};

/**
 * The unlocking acceptances that bound a contract's balance: on a support contract, its
 * beneficiary's Mẫu 5a rows when there are any; else the đề án's.
 */
async function unsafeAcceptedFor(tx: Tx, contract: LockedContract): Promise<{ accepted: boolean; acceptedValue: Dong }> {
  const ofProject = { AND: [{ projectId: contract.project.id }, UNLOCKING_ACCEPTANCE_WHERE] };
  const sum = (where: Prisma.AcceptanceWhereInput) => tx.acceptance.aggregate({ where, _count: { _all: true }, _sum: { acceptedValue: true } });
  const own = contract.kind === "SUPPORT_CONTRACT" && contract.beneficiaryId ? await sum({ AND: [ofProject, { form: "MAU_5A", beneficiaryId: contract.beneficiaryId }] }) : null;
  const rows = own && own._count._all > 0 ? own : await sum(ofProject);
  return { accepted: rows._count._all > 0, acceptedValue: rows._sum.acceptedValue ?? 0n };
}

/**
 * What does not need the lock: acceptance, confirmed progress and the advance rule in force.
 * Acceptances and confirmations only ever add: a late one can only make a refusal stricter than
 * needed. Counterpart funds have no cap nor schedule rules.
 */
export async function unsafePreLockFacts(tx: Tx, contract: LockedContract, funding: { code: string }, occurredOn: CalendarDay): Promise<PreLockFacts> {
  // Only an acceptance that unlocks the balance counts: force majeure waits for the SCT (Điều 18.4).
  const accepted = await unsafeAcceptedFor(tx, contract);
  if (funding.code === "COUNTERPART") return { ...accepted, advanceCapBp: 10_000, firstAdvanceBp: 10_000, firstAdvanceAfterAcceptance: false, confirmedCompleted: null };
  const rule = await unsafeRuleFor(tx, contract, occurredOn);
  const progress = await unsafeLatestConfirmedProgress(tx, contract.project.id);
  return { ...accepted, advanceCapBp: rule.advanceCapBp, firstAdvanceBp: rule.firstAdvanceBp, firstAdvanceAfterAcceptance: rule.firstAdvanceAfterAcceptance, confirmedCompleted: progress?.completedValue ?? null };
}

type Row = {
  status: ContractStatus; signedOn: Date | null; value: string; projectStatus: ProjectStatus; closed: number[]; parentClosed: number[];
  sums: Record<string, string>; family: Record<string, string>; voucherTaken: boolean; replayId: string | null; targetReversed: boolean;
};
export type LockedFacts = { state: LedgerState; voucherTaken: boolean; replayId: string | null; targetReversed: boolean };

const sumsOf = (json: Record<string, string>): LedgerSums => Object.fromEntries(Object.entries(json).map(([kind, net]) => [kind as LedgerKind, BigInt(net)]));

/**
 * Everything a concurrent writer can change, read in one statement after the lock: the contract's
 * state for an entry of `funding` (sums net of reversals, docs/decisions/020), the family's
 * programme sums, whether the voucher is taken, the entry already recorded under the key, and
 * (reversals) whether the target was reversed meanwhile.
 */
export async function unsafeLockedFacts(tx: Tx, contract: LockedContract, funding: { id: string; code: string }, pre: PreLockFacts, ask: { voucherRef: string; idempotencyKey: string; reversesId?: string }): Promise<LockedFacts> {
  const counterpart = funding.code === "COUNTERPART";
  const head = counterpart ? null : familyHeadOf(contract);
  // A support contract under a task assignment: the assignment's closed years close it too (its lock is held, lockFamily).
  const assignment = contract.kind === "SUPPORT_CONTRACT" && contract.parent?.kind === "TASK_ASSIGNMENT" ? contract.parent : null;
  const [row] = await tx.$queryRaw<Row[]>`
    SELECT c.status::text AS status, c."signedOn" AS "signedOn", c.value::text AS value, p.status::text AS "projectStatus",
      ARRAY(SELECT y.year FROM "LedgerYearClosing" y WHERE y."contractId" = c.id) AS closed,
      ARRAY(SELECT y.year FROM "LedgerYearClosing" y WHERE y."contractId" = ${assignment?.id ?? null}::uuid) AS "parentClosed",
      (SELECT COALESCE(json_object_agg(s.kind, s.net), '{}'::json) FROM (
        SELECT e.kind::text AS kind, SUM(CASE WHEN e."reversesId" IS NULL THEN e.amount ELSE -e.amount END)::text AS net
        FROM "LedgerEntry" e WHERE e."contractId" = c.id AND e."fundingSourceId" = ${funding.id}::uuid GROUP BY e.kind) s) AS sums,
      (SELECT COALESCE(json_object_agg(s.kind, s.net), '{}'::json) FROM (
        SELECT e.kind::text AS kind, SUM(CASE WHEN e."reversesId" IS NULL THEN e.amount ELSE -e.amount END)::text AS net
        FROM "LedgerEntry" e JOIN "Contract" fc ON fc.id = e."contractId" JOIN "FundingSource" f ON f.id = e."fundingSourceId"
        WHERE ${head?.id ?? null}::uuid IS NOT NULL AND (fc.id = ${head?.id ?? null}::uuid OR fc."parentId" = ${head?.id ?? null}::uuid) AND f.code <> 'COUNTERPART' GROUP BY e.kind) s) AS family,
      EXISTS (SELECT 1 FROM "LedgerEntry" e WHERE e."contractId" = c.id AND e."voucherRef" = ${ask.voucherRef}) AS "voucherTaken",
      (SELECT e.id::text FROM "LedgerEntry" e WHERE e."idempotencyKey" = ${ask.idempotencyKey}) AS "replayId",
      EXISTS (SELECT 1 FROM "LedgerEntry" e WHERE e."reversesId" = ${ask.reversesId ?? null}::uuid) AS "targetReversed"
    FROM "Contract" c JOIN "Project" p ON p.id = c."projectId" WHERE c.id = ${contract.id}::uuid`;
  if (!row) throw new Error(`Locked contract ${contract.id} vanished`);
  const state: LedgerState = {
    today: vietnamToday(),
    contract: { number: contract.number, status: row.status, signedOn: row.signedOn ? asCalendarDay(row.signedOn) : null, value: BigInt(row.value) },
    project: { code: contract.project.code, status: row.projectStatus },
    source: { code: funding.code, project: contract.project.fundingSource.code },
    accepted: pre.accepted,
    acceptedValue: pre.acceptedValue,
    counterpart,
    advanceCapBp: pre.advanceCapBp,
    firstAdvanceBp: pre.firstAdvanceBp,
    firstAdvanceAfterAcceptance: pre.firstAdvanceAfterAcceptance,
    confirmedCompleted: pre.confirmedCompleted,
    closedYears: row.closed,
    parentClosed: assignment ? { number: assignment.number, years: row.parentClosed } : null,
    sums: sumsOf(row.sums),
    family: head ? { number: head.number, value: head.value, disbursed: measuresOf(sumsOf(row.family)).disbursed } : null,
  };
  return { state, voucherTaken: row.voucherTaken, replayId: row.replayId, targetReversed: row.targetReversed };
}
