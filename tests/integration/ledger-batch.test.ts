// The ledger's group commit per contract (lib/disbursements/batch.ts, docs/decisions/035) against
// real PostgreSQL. A test holds the contract's row lock while its calls queue, so they form one
// batch (all its rows then share one transaction id, xmin); each caller still gets its own entry,
// replay or refusal, with the figures of the running state, and a batch whose transaction fails
// falls back to recording each entry alone.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { parseCalendarDate as day } from "../../lib/calendar";
import { lockRows } from "../../lib/db/locks";
import { queuedLedgerEntries } from "../../lib/disbursements/batch";
import { recordLedgerEntry } from "../../lib/disbursements/mutations";
import { formatMoney } from "../../lib/format";
import { beneficiary, confirmedProgress, signedContract } from "../fixtures/ledger-world";
import { cucStaff, draftProject, provinceWorld, referenceBasics } from "../fixtures/world";
import { testDb as db } from "./db";

const TRIEU = 1_000_000n;
let kcqgId: string;
let cuc: Actor;
let a: Awaited<ReturnType<typeof provinceWorld>>;
let b: Awaited<ReturnType<typeof provinceWorld>>;

beforeAll(async () => {
  ({ kcqg: { id: kcqgId } } = await referenceBasics(db()));
  await db().advanceRule.create({ data: { code: `TEST-${randomUUID()}`, contentCode: null, description: "test", firstAdvanceBp: 7000, advanceCapBp: 7000, requiredDocuments: [], status: "BASELINE", legalBasis: "test", validFrom: day("2014-02-10") } });
  a = await provinceWorld(db(), "Tỉnh Lô A");
  b = await provinceWorld(db(), "Tỉnh Lô B");
  cuc = await cucStaff(db());
});

/** A signed Cục contract of `value` triệu on a đề án of province A in progress, its progress confirmed. */
async function contract(value = 20n) {
  const project = await draftProject(db(), { implementerId: a.centreOrg.id, provinceId: a.current.id, fundingSourceId: kcqgId });
  await db().project.update({ where: { id: project.id }, data: { status: "IN_PROGRESS" } });
  const { id } = await db().contract.create({
    data: { projectId: project.id, kind: "CONTRACT", number: `HĐ-${randomUUID().slice(0, 8)}`, signedOn: day("2026-06-01"), partyAId: cuc.organisationId, partyBId: a.centreOrg.id, value: value * TRIEU, status: "SIGNED" },
    select: { id: true },
  });
  await confirmedProgress(db(), project.id, cuc.userId, value * TRIEU);
  return id;
}

const entry = (contractId: string, kind: string, amount: string, over: Record<string, string> = {}) => ({
  contractId, kind, fundingSource: "KCQG", amount, occurredOn: "2026-11-02", voucherRef: `CT-${randomUUID().slice(0, 8)}`, idempotencyKey: randomUUID(), ...over,
});
const until = async (done: () => Promise<boolean> | boolean) => {
  while (!(await done())) await new Promise((resolve) => setTimeout(resolve, 10));
};

/**
 * Holds the contract's row lock while the calls start one after the other, each once the previous
 * has joined the queue (or failed before it): they then form one batch, in this order.
 */
async function inOneBatch<T>(contractId: string, calls: (() => Promise<T>)[]) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let locked!: () => void;
  const isLocked = new Promise<void>((resolve) => (locked = resolve));
  const holder = db().$transaction(async (tx) => {
    await lockRows(tx, "Contract", [contractId]);
    locked();
    await held;
  }, { timeout: 30_000 });
  await isLocked;
  const started: Promise<T>[] = [];
  for (const call of calls) {
    const queued = queuedLedgerEntries(contractId);
    let settled = false;
    const pending = call();
    pending.then(() => (settled = true), () => (settled = true));
    started.push(pending);
    await until(() => settled || queuedLedgerEntries(contractId) > queued);
  }
  const results = Promise.allSettled(started);
  release();
  await holder;
  return results;
}

/** The contract's entries by raw SQL: count, net advanced, how many transactions wrote them, audit rows. */
async function ledgerOf(contractId: string) {
  const [row] = await db().$queryRaw<{ n: number; advanced: bigint | null; transactions: number; audits: number }[]>`
    SELECT COUNT(*)::int AS n, SUM(e.amount) FILTER (WHERE e.kind = 'ADVANCE')::bigint AS advanced, COUNT(DISTINCT e.xmin::text)::int AS transactions,
      (SELECT COUNT(*)::int FROM "AuditLog" l WHERE l."entityType" = 'LedgerEntry' AND l."entityId" IN (SELECT id::text FROM "LedgerEntry" WHERE "contractId" = ${contractId}::uuid)) AS audits
    FROM "LedgerEntry" e WHERE e."contractId" = ${contractId}::uuid`;
  return row!;
}
const reasons = <T,>(results: PromiseSettledResult<T>[]) => results.flatMap((r) => (r.status === "rejected" ? [r.reason as { key?: string; params?: Record<string, unknown> }] : []));

describe("group commit per contract", () => {
  it("30 advances of 1 triệu queued on a 20 triệu contract: exactly 14 recorded in one transaction, 16 refused with the running figures", async () => {
    const id = await contract(20n);
    const results = await inOneBatch(id, Array.from({ length: 30 }, () => () => recordLedgerEntry(cuc, entry(id, "ADVANCE", "1"))));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(14);
    const refused = reasons(results);
    expect(refused.map((e) => e.key)).toEqual(Array(16).fill("errors.ledger.advanceCap"));
    // Each refusal states the sums of the entries accepted before it in the batch.
    for (const e of refused) expect(e.params).toMatchObject({ cap: formatMoney(14n * TRIEU, "trieu"), advanced: formatMoney(14n * TRIEU, "trieu"), total: formatMoney(15n * TRIEU, "trieu") });
    expect(await ledgerOf(id)).toEqual({ n: 14, advanced: 14n * TRIEU, transactions: 1, audits: 14 });
  });

  it("a refused entry in the middle of a batch leaves the others recorded", async () => {
    const id = await contract(20n);
    const taken = entry(id, "ADVANCE", "2");
    const results = await inOneBatch(id, [
      () => recordLedgerEntry(cuc, taken),
      () => recordLedgerEntry(cuc, entry(id, "PAYMENT", "1")),
      () => recordLedgerEntry(cuc, entry(id, "ADVANCE", "1", { voucherRef: taken.voucherRef })),
      () => recordLedgerEntry(cuc, entry(id, "ADVANCE", "3")),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "rejected", "fulfilled"]);
    expect(reasons(results).map((e) => e.key)).toEqual(["errors.ledger.balanceBeforeAcceptance", "errors.ledger.voucherTaken"]);
    expect(await ledgerOf(id)).toEqual({ n: 2, advanced: 5n * TRIEU, transactions: 1, audits: 2 });
  });

  it("the same key twice in one batch records once; the second is a replay of the first", async () => {
    const id = await contract(20n);
    const input = entry(id, "ADVANCE", "4");
    const results = await inOneBatch(id, [() => recordLedgerEntry(cuc, input), () => recordLedgerEntry(cuc, input), () => recordLedgerEntry(cuc, entry(id, "ADVANCE", "1"))]);
    const [first, second] = results.map((r) => (r.status === "fulfilled" ? r.value : null));
    expect(first).toMatchObject({ replayed: false, amount: 4n * TRIEU });
    expect(second).toMatchObject({ id: first!.id, replayed: true });
    expect(await ledgerOf(id)).toEqual({ n: 2, advanced: 5n * TRIEU, transactions: 1, audits: 2 });
  });

  it("a batch whose transaction fails (a key raced by another connection) records its valid entries alone", async () => {
    const [id, other] = [await contract(20n), await contract(20n)];
    const raced = entry(id, "ADVANCE", "1");
    // Another connection's entry under the same key, inserted and not committed: the batch cannot
    // see it, so its insert waits on the unique index and fails once this commits.
    let commit!: () => void;
    const held = new Promise<void>((resolve) => (commit = resolve));
    let inserted!: () => void;
    const isInserted = new Promise<void>((resolve) => (inserted = resolve));
    const racer = db().$transaction(async (tx) => {
      const { projectId } = await tx.contract.findUniqueOrThrow({ where: { id: other }, select: { projectId: true } });
      await tx.ledgerEntry.create({ data: { projectId, contractId: other, fundingSourceId: kcqgId, kind: "ADVANCE", amount: TRIEU, occurredOn: day("2026-11-02"), voucherRef: "RACE", idempotencyKey: raced.idempotencyKey } });
      inserted();
      await held;
    }, { timeout: 30_000 });
    await isInserted;
    const waitingInsert = async () => (await db().$queryRaw<{ n: number }[]>`SELECT COUNT(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%INSERT INTO "LedgerEntry"%'`)[0]!.n > 0;
    const pending = inOneBatch(id, [() => recordLedgerEntry(cuc, entry(id, "ADVANCE", "2")), () => recordLedgerEntry(cuc, raced), () => recordLedgerEntry(cuc, entry(id, "ADVANCE", "3"))]);
    await until(waitingInsert);
    commit();
    await racer;
    const results = await pending;
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(reasons(results).map((e) => e.key)).toEqual(["errors.ledger.keyReused"]);
    // Recorded one by one after the batch rolled back: two transactions.
    expect(await ledgerOf(id)).toEqual({ n: 2, advanced: 5n * TRIEU, transactions: 2, audits: 2 });
  });

  it("bounds a support contract by its task assignment's value as read under the lock (an amendment lowering it meanwhile counts)", async () => {
    const project = await draftProject(db(), { implementerId: a.centreOrg.id, provinceId: a.current.id, fundingSourceId: kcqgId });
    await db().project.update({ where: { id: project.id }, data: { status: "IN_PROGRESS" } });
    const head = await signedContract(db(), project.id, { kind: "TASK_ASSIGNMENT", partyAId: cuc.organisationId, partyBId: a.centreOrg.id, value: 100n * TRIEU });
    const support = await signedContract(db(), project.id, { kind: "SUPPORT_CONTRACT", partyAId: a.centreOrg.id, beneficiaryId: await beneficiary(db(), project.id, a.current.id), parentId: head, value: 50n * TRIEU });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    // The assignment's row is locked by an amendment that lowers its value to 10 triệu.
    const amendment = db().$transaction(async (tx) => {
      await lockRows(tx, "Contract", [head]);
      locked();
      await held;
      await tx.contract.update({ where: { id: head }, data: { value: 10n * TRIEU } });
    }, { timeout: 30_000 });
    await isLocked;
    const call = recordLedgerEntry(a.centre, entry(support, "ADVANCE", "20"));
    call.catch(() => undefined);
    // The writer has read its facts before the lock (value 100 triệu) and waits behind the amendment.
    await until(() => queuedLedgerEntries(support) > 0);
    release();
    await amendment;
    await expect(call).rejects.toMatchObject({ key: "errors.ledger.overFamily" });
  });

  it("province B's actor cannot queue on A's contract (not found) and does not poison the batch", async () => {
    const id = await contract(20n);
    const results = await inOneBatch(id, [() => recordLedgerEntry(cuc, entry(id, "ADVANCE", "1")), () => recordLedgerEntry(b.centre, entry(id, "ADVANCE", "1")), () => recordLedgerEntry(cuc, entry(id, "ADVANCE", "2"))]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(reasons(results).map((e) => e.key)).toEqual(["errors.missing.contract"]);
    expect(await ledgerOf(id)).toEqual({ n: 2, advanced: 3n * TRIEU, transactions: 1, audits: 2 });
  });

  it("writers of different scopes at the same moment do not share their scope check", async () => {
    const id = await contract(20n);
    // Started in the same tick: a coalesced read keyed without the scope would answer both alike.
    const results = await Promise.allSettled([recordLedgerEntry(b.centre, entry(id, "ADVANCE", "1")), recordLedgerEntry(cuc, entry(id, "ADVANCE", "1")), recordLedgerEntry(b.centre, entry(id, "ADVANCE", "1"))]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "fulfilled", "rejected"]);
    expect(reasons(results).map((e) => e.key)).toEqual(["errors.missing.contract", "errors.missing.contract"]);
    expect((await ledgerOf(id)).n).toBe(1);
  });
});
