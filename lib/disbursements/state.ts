import "server-only";
// What the ledger invariants need about one contract (docs/decisions/020, 023). Writers of one
// contract queue behind its row lock, so the time spent holding it is what contention costs:
// - in the statement that takes the lock (after the scope check), read before it waits: the
//   contract (what it is), the funding source, the advance rule in force on the voucher date (dated
//   configuration) and whether the đề án is accepted (acceptances only ever add: a late one can
//   only make a refusal stricter than needed, never let a wrong entry through);
// - under the lock, in one statement: everything a concurrent writer can change (the contract's
//   and đề án's status, the sums by kind, the family's sums, closed years, the voucher, the key).
import type { Tx } from "../db/client";
import { Prisma } from "../db/generated/client";
import { lockRowsSql } from "../db/locks";
import type { ContractKind, ContractStatus, LedgerKind, ProjectStatus } from "../db/generated/enums";
import { asCalendarDay, formatIsoDay, vietnamToday, type CalendarDay } from "../calendar";
import { DomainError } from "../errors";
import type { Dong } from "../money";
import { unlockingAcceptanceSql } from "../acceptance/unlock";
import type { LedgerState } from "./invariants";
import { strictestAdvanceRule, type AdvanceRuleRow } from "./advance-rules";
import { measuresOf, type LedgerSums } from "./measures";

export type LockedContract = {
  id: string;
  kind: ContractKind;
  number: string;
  value: Dong;
  parent: { id: string; kind: ContractKind; number: string; value: Dong } | null;
  beneficiaryId: string | null;
  project: { id: string; code: string; fundingSource: { code: string }; contentCodes: string[] };
};

/**
 * The task assignment a contract belongs to (itself, or the parent of a support contract under one):
 * its family is bounded by its value (programme money, docs/decisions/021, 023). Null otherwise.
 */
export function familyHeadOf(contract: Pick<LockedContract, "id" | "kind" | "number" | "value" | "parent">): { id: string; number: string; value: Dong } | null {
  if (contract.kind === "TASK_ASSIGNMENT") return { id: contract.id, number: contract.number, value: contract.value };
  if (contract.kind === "SUPPORT_CONTRACT" && contract.parent?.kind === "TASK_ASSIGNMENT") return contract.parent;
  return null;
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

type RuleRow = Pick<AdvanceRuleRow, "code" | "contentCode" | "advanceCapBp" | "firstAdvanceBp" | "firstAdvanceAfterAcceptance">;
type Tally = { n: number; sum: string };
type ContractRow = {
  id: string; kind: ContractKind; number: string; value: string; beneficiaryId: string | null;
  parent: { id: string; kind: ContractKind; number: string; value: string } | null;
  projectId: string; projectCode: string; projectSource: string; contents: string[];
  fundingId: string | null; fundingCode: string | null; rules: RuleRow[] | null;
  own: Tally; ofProject: Tally; progress: { value: string; confirmed: boolean } | null;
};
export type ContractFacts = { contract: LockedContract; funding: { id: string; code: string }; pre: PreLockFacts };

/**
 * Locks the contract and the task assignment it passes support on from (lockRowsSql, in id order:
 * writers on an assignment and on any support contract under it serialise on the assignment, so
 * the family's cap holds, docs/decisions/023), reading in the same statement what needs no lock
 * (one round trip fewer, docs/decisions/029): the contract (unscoped: the caller has checked the
 * actor's scope), the funding source `fundingCode`, the advance rules in force on `occurredOn` for
 * the đề án's contents (validAtWhere), the unlocking acceptances bounding the contract (on a
 * support contract its beneficiary's Mẫu 5a rows when there are any, else the đề án's;
 * UNLOCKING_ACCEPTANCE_WHERE) and the latest SCT-confirmed progress (unsafeLatestConfirmedProgress).
 * Acceptances and confirmations only ever add: a late one can only make a refusal stricter than
 * needed. tests/integration/ledger-facts.test.ts checks this SQL against those Prisma readers.
 * Null when there is no such contract. Counterpart funds have no cap nor schedule rules.
 */
export async function unsafeLockContract(tx: Tx, contractId: string, fundingCode: string, occurredOn: CalendarDay): Promise<ContractFacts | null> {
  const day = formatIsoDay(occurredOn);
  const unlocking = unlockingAcceptanceSql("a");
  const family = lockRowsSql("Contract", Prisma.sql`c.id, c."parentId"`);
  const [row] = await tx.$queryRaw<ContractRow[]>`
    SELECT c.id::text AS id, c.kind::text AS kind, c.number, c.value::text AS value, c."beneficiaryId"::text AS "beneficiaryId",
      (SELECT json_build_object('id', pc.id, 'kind', pc.kind, 'number', pc.number, 'value', pc.value::text) FROM "Contract" pc WHERE pc.id = c."parentId") AS parent,
      p.id::text AS "projectId", p.code AS "projectCode", pf.code AS "projectSource", k.codes AS contents,
      f.id::text AS "fundingId", f.code AS "fundingCode",
      (SELECT json_agg(json_build_object('code', r.code, 'contentCode', r."contentCode", 'advanceCapBp', r."advanceCapBp", 'firstAdvanceBp', r."firstAdvanceBp", 'firstAdvanceAfterAcceptance', r."firstAdvanceAfterAcceptance"))
        FROM "AdvanceRule" r WHERE r."validFrom" <= ${day}::date AND (r."validTo" IS NULL OR r."validTo" > ${day}::date) AND (r."contentCode" = ANY(k.codes) OR r."contentCode" IS NULL)) AS rules,
      (SELECT json_build_object('n', COUNT(*), 'sum', COALESCE(SUM(a."acceptedValue"), 0)::text) FROM "Acceptance" a
        WHERE a."projectId" = p.id AND ${unlocking} AND c.kind = 'SUPPORT_CONTRACT' AND a.form = 'MAU_5A' AND a."beneficiaryId" = c."beneficiaryId") AS own,
      (SELECT json_build_object('n', COUNT(*), 'sum', COALESCE(SUM(a."acceptedValue"), 0)::text) FROM "Acceptance" a WHERE a."projectId" = p.id AND ${unlocking}) AS "ofProject",
      (SELECT json_build_object('value', pr."completedValue"::text, 'confirmed', pr."confirmedById" IS NOT NULL) FROM "ProgressReport" pr
        WHERE pr."projectId" = p.id AND pr."confirmedAt" IS NOT NULL ORDER BY pr."periodMonth" DESC LIMIT 1) AS progress,
      ${family} AS locked
    FROM "Contract" c JOIN "Project" p ON p.id = c."projectId" JOIN "FundingSource" pf ON pf.id = p."fundingSourceId"
      CROSS JOIN LATERAL (SELECT ARRAY(SELECT cc.code FROM "ProjectContent" pc JOIN "ContentCategory" cc ON cc.id = pc."contentCategoryId" WHERE pc."projectId" = p.id) AS codes) k
      LEFT JOIN "FundingSource" f ON f.code = ${fundingCode}
    WHERE c.id = ${contractId}::uuid`;
  if (!row) return null;
  const parent = row.parent ? { ...row.parent, value: BigInt(row.parent.value) } : null;
  const contract: LockedContract = {
    id: row.id, kind: row.kind, number: row.number, value: BigInt(row.value), parent, beneficiaryId: row.beneficiaryId,
    project: { id: row.projectId, code: row.projectCode, fundingSource: { code: row.projectSource }, contentCodes: row.contents },
  };
  if (!row.fundingId || !row.fundingCode) throw new DomainError("VALIDATION", "errors.ledger.fundingSource", { code: fundingCode });
  const funding = { id: row.fundingId, code: row.fundingCode };
  const tally = row.own.n > 0 ? row.own : row.ofProject;
  const accepted = { accepted: tally.n > 0, acceptedValue: BigInt(tally.sum) };
  if (funding.code === "COUNTERPART") return { contract, funding, pre: { ...accepted, advanceCapBp: 10_000, firstAdvanceBp: 10_000, firstAdvanceAfterAcceptance: false, confirmedCompleted: null } };
  // The strictest applicable rule (lib/disbursements/advance-rules.ts, the same rule the contract's schedule comes from).
  const rule = strictestAdvanceRule(row.rules ?? [], contract.project.contentCodes);
  if (!rule) throw new DomainError("VALIDATION", "errors.ledger.noAdvanceRule", { date: day, project: contract.project.code });
  const confirmedCompleted = row.progress?.confirmed ? BigInt(row.progress.value) : null;
  return { contract, funding, pre: { ...accepted, advanceCapBp: rule.advanceCapBp, firstAdvanceBp: rule.firstAdvanceBp, firstAdvanceAfterAcceptance: rule.firstAdvanceAfterAcceptance, confirmedCompleted } };
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
  // A support contract under a task assignment: the assignment's closed years close it too (its lock is held, unsafeLockContract).
  const assignment = contract.kind === "SUPPORT_CONTRACT" && contract.parent?.kind === "TASK_ASSIGNMENT" ? contract.parent : null;
  // Only the parts this entry needs: the statement runs under the lock, and planning is part of it.
  const parentClosed = assignment ? Prisma.sql`ARRAY(SELECT y.year FROM "LedgerYearClosing" y WHERE y."contractId" = ${assignment.id}::uuid)` : Prisma.sql`'{}'::int[]`;
  const family = head
    ? Prisma.sql`(SELECT COALESCE(json_object_agg(s.kind, s.net), '{}'::json) FROM (
        SELECT e.kind::text AS kind, SUM(CASE WHEN e."reversesId" IS NULL THEN e.amount ELSE -e.amount END)::text AS net
        FROM "LedgerEntry" e JOIN "Contract" fc ON fc.id = e."contractId" JOIN "FundingSource" f ON f.id = e."fundingSourceId"
        WHERE (fc.id = ${head.id}::uuid OR fc."parentId" = ${head.id}::uuid) AND f.code <> 'COUNTERPART' GROUP BY e.kind) s)`
    : Prisma.sql`'{}'::json`;
  const targetReversed = ask.reversesId ? Prisma.sql`EXISTS (SELECT 1 FROM "LedgerEntry" e WHERE e."reversesId" = ${ask.reversesId}::uuid)` : Prisma.sql`false`;
  const [row] = await tx.$queryRaw<Row[]>`
    SELECT c.status::text AS status, c."signedOn" AS "signedOn", c.value::text AS value, p.status::text AS "projectStatus",
      ARRAY(SELECT y.year FROM "LedgerYearClosing" y WHERE y."contractId" = c.id) AS closed, ${parentClosed} AS "parentClosed",
      (SELECT COALESCE(json_object_agg(s.kind, s.net), '{}'::json) FROM (
        SELECT e.kind::text AS kind, SUM(CASE WHEN e."reversesId" IS NULL THEN e.amount ELSE -e.amount END)::text AS net
        FROM "LedgerEntry" e WHERE e."contractId" = c.id AND e."fundingSourceId" = ${funding.id}::uuid GROUP BY e.kind) s) AS sums,
      ${family} AS family,
      EXISTS (SELECT 1 FROM "LedgerEntry" e WHERE e."contractId" = c.id AND e."voucherRef" = ${ask.voucherRef}) AS "voucherTaken",
      (SELECT e.id::text FROM "LedgerEntry" e WHERE e."idempotencyKey" = ${ask.idempotencyKey}) AS "replayId",
      ${targetReversed} AS "targetReversed"
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
