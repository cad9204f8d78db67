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
export async function unsafeLockContract(tx: Tx, contractId: string, fundingCode: string, occurredOn: CalendarDay, lock = true): Promise<ContractFacts | null> {
  const day = formatIsoDay(occurredOn);
  const unlocking = unlockingAcceptanceSql("a");
  // Without the lock: the same facts, read by a caller before it joins its contract's queue (lib/disbursements/batch.ts).
  const family = lock ? lockRowsSql("Contract", Prisma.sql`c.id, c."parentId"`) : Prisma.sql`0`;
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
  sums: Record<string, Record<string, string>>; family: Record<string, string>; familyValue: string | null; vouchersTaken: string[]; replays: Record<string, string>; reversed: string[];
};
export type LockedFacts = { state: LedgerState; voucherTaken: boolean; replayId: string | null; targetReversed: boolean };

/** What the entries of one contract ask of the read under its lock: one entry, or a batch (lib/disbursements/batch.ts). */
export type LockedAsk = { fundingIds: string[]; family: boolean; vouchers: string[]; keys: string[]; reversesIds: string[] };

/**
 * The contract's facts under its lock. A batch keeps them as its running state: each entry it
 * accepts is added to `sums`, `family`, `vouchersTaken` and `replays` before the next is checked.
 */
export type LockedRead = {
  status: ContractStatus; signedOn: CalendarDay | null; value: Dong; projectStatus: ProjectStatus; closed: number[]; parentClosed: number[];
  /** Sums by kind, net of reversals, per funding source id. */
  sums: Map<string, LedgerSums>;
  /** The family's programme sums (empty when not asked or not in a family). */
  family: LedgerSums;
  /** The family head's value read under its lock (an amendment may lower it meanwhile); null outside a family. */
  familyValue: Dong | null;
  vouchersTaken: Set<string>;
  /** The entry id recorded under each idempotency key asked. */
  replays: Map<string, string>;
  /** The asked entries that are reversed. */
  reversed: Set<string>;
};

const sumsOf = (json: Record<string, string>): LedgerSums => Object.fromEntries(Object.entries(json).map(([kind, net]) => [kind as LedgerKind, BigInt(net)]));

/** The assignment whose closed years close a support contract under it (its lock is held, unsafeLockContract). */
const assignmentOf = (contract: LockedContract) => (contract.kind === "SUPPORT_CONTRACT" && contract.parent?.kind === "TASK_ASSIGNMENT" ? contract.parent : null);

/**
 * Everything a concurrent writer can change, read in one statement after the lock: the contract's
 * status and closed years, its sums per funding source asked (net of reversals, docs/decisions/020),
 * the family's programme sums, the vouchers already taken, the entries already recorded under the
 * keys, and (reversals) which targets were reversed meanwhile. Only the parts asked: the statement
 * runs under the lock, and planning is part of it.
 */
export async function unsafeLockedRead(tx: Tx, contract: LockedContract, ask: LockedAsk): Promise<LockedRead> {
  const head = ask.family ? familyHeadOf(contract) : null;
  const assignment = assignmentOf(contract);
  const parentClosed = assignment ? Prisma.sql`ARRAY(SELECT y.year FROM "LedgerYearClosing" y WHERE y."contractId" = ${assignment.id}::uuid)` : Prisma.sql`'{}'::int[]`;
  const family = head
    ? Prisma.sql`(SELECT COALESCE(json_object_agg(s.kind, s.net), '{}'::json) FROM (
        SELECT e.kind::text AS kind, SUM(CASE WHEN e."reversesId" IS NULL THEN e.amount ELSE -e.amount END)::text AS net
        FROM "LedgerEntry" e JOIN "Contract" fc ON fc.id = e."contractId" JOIN "FundingSource" f ON f.id = e."fundingSourceId"
        WHERE (fc.id = ${head.id}::uuid OR fc."parentId" = ${head.id}::uuid) AND f.code <> 'COUNTERPART' GROUP BY e.kind) s)`
    : Prisma.sql`'{}'::json`;
  const familyValue = head ? Prisma.sql`(SELECT hc.value::text FROM "Contract" hc WHERE hc.id = ${head.id}::uuid)` : Prisma.sql`NULL::text`;
  const reversed = ask.reversesIds.length ? Prisma.sql`ARRAY(SELECT e."reversesId"::text FROM "LedgerEntry" e WHERE e."reversesId" = ANY(${ask.reversesIds}::uuid[]))` : Prisma.sql`'{}'::text[]`;
  const [row] = await tx.$queryRaw<Row[]>`
    SELECT c.status::text AS status, c."signedOn" AS "signedOn", c.value::text AS value, p.status::text AS "projectStatus",
      ARRAY(SELECT y.year FROM "LedgerYearClosing" y WHERE y."contractId" = c.id) AS closed, ${parentClosed} AS "parentClosed",
      (SELECT COALESCE(json_object_agg(t.f, t.sums), '{}'::json) FROM (SELECT s.f, json_object_agg(s.kind, s.net) AS sums FROM (
        SELECT e."fundingSourceId"::text AS f, e.kind::text AS kind, SUM(CASE WHEN e."reversesId" IS NULL THEN e.amount ELSE -e.amount END)::text AS net
        FROM "LedgerEntry" e WHERE e."contractId" = c.id AND e."fundingSourceId" = ANY(${ask.fundingIds}::uuid[]) GROUP BY 1, 2) s GROUP BY s.f) t) AS sums,
      ${family} AS family, ${familyValue} AS "familyValue",
      ARRAY(SELECT e."voucherRef" FROM "LedgerEntry" e WHERE e."contractId" = c.id AND e."voucherRef" = ANY(${ask.vouchers}::text[])) AS "vouchersTaken",
      (SELECT COALESCE(json_object_agg(e."idempotencyKey", e.id::text), '{}'::json) FROM "LedgerEntry" e WHERE e."idempotencyKey" = ANY(${ask.keys}::text[])) AS replays,
      ${reversed} AS reversed
    FROM "Contract" c JOIN "Project" p ON p.id = c."projectId" WHERE c.id = ${contract.id}::uuid`;
  if (!row) throw new Error(`Locked contract ${contract.id} vanished`);
  return {
    status: row.status, signedOn: row.signedOn ? asCalendarDay(row.signedOn) : null, value: BigInt(row.value), projectStatus: row.projectStatus, closed: row.closed, parentClosed: row.parentClosed,
    sums: new Map(Object.entries(row.sums).map(([id, sums]) => [id, sumsOf(sums)])),
    family: sumsOf(row.family),
    familyValue: row.familyValue === null ? null : BigInt(row.familyValue),
    vouchersTaken: new Set(row.vouchersTaken),
    replays: new Map(Object.entries(row.replays)),
    reversed: new Set(row.reversed),
  };
}

/** The invariants' state for an entry of `funding` on the locked contract (docs/decisions/020, 023). */
export function lockedStateOf(contract: LockedContract, funding: { id: string; code: string }, pre: PreLockFacts, read: LockedRead): LedgerState {
  const counterpart = funding.code === "COUNTERPART";
  const head = counterpart ? null : familyHeadOf(contract);
  const assignment = assignmentOf(contract);
  return {
    today: vietnamToday(),
    contract: { number: contract.number, status: read.status, signedOn: read.signedOn, value: read.value },
    project: { code: contract.project.code, status: read.projectStatus },
    source: { code: funding.code, project: contract.project.fundingSource.code },
    accepted: pre.accepted,
    acceptedValue: pre.acceptedValue,
    counterpart,
    advanceCapBp: pre.advanceCapBp,
    firstAdvanceBp: pre.firstAdvanceBp,
    firstAdvanceAfterAcceptance: pre.firstAdvanceAfterAcceptance,
    confirmedCompleted: pre.confirmedCompleted,
    closedYears: read.closed,
    parentClosed: assignment ? { number: assignment.number, years: read.parentClosed } : null,
    sums: read.sums.get(funding.id) ?? {},
    family: head ? { number: head.number, value: read.familyValue ?? head.value, disbursed: measuresOf(read.family).disbursed } : null,
  };
}

/** The facts for one entry (record, reverse, the settlement's clearing): unsafeLockedRead asked for it alone. */
export async function unsafeLockedFacts(tx: Tx, contract: LockedContract, funding: { id: string; code: string }, pre: PreLockFacts, ask: { voucherRef: string; idempotencyKey: string; reversesId?: string }): Promise<LockedFacts> {
  const reversesIds = ask.reversesId ? [ask.reversesId] : [];
  const read = await unsafeLockedRead(tx, contract, { fundingIds: [funding.id], family: funding.code !== "COUNTERPART", vouchers: [ask.voucherRef], keys: [ask.idempotencyKey], reversesIds });
  const targetReversed = ask.reversesId ? read.reversed.has(ask.reversesId) : false;
  return { state: lockedStateOf(contract, funding, pre, read), voucherTaken: read.vouchersTaken.has(ask.voucherRef), replayId: read.replays.get(ask.idempotencyKey) ?? null, targetReversed };
}
