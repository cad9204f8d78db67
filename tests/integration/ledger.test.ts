// The disbursement ledger against real PostgreSQL (issue #8 item 3, docs/decisions/020): every
// invariant's refusal leaves the ledger unchanged, forged requests are "not found", concurrent
// advances never pass the cap, a replayed idempotency key records once, reversals and confirmation.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { confirmLedgerEntry, recordLedgerEntry, reverseLedgerEntry } from "../../lib/disbursements/mutations";
import { unsafeLedgerMeasures } from "../../lib/disbursements/queries";
import { cucStaff, draftProject, provinceWorld, referenceBasics } from "../fixtures/world";
import { failure } from "../fixtures/failure";
import { testDb as db } from "./db";
import { confirmedProgress } from "../fixtures/ledger-world";
import { parseCalendarDate as day } from "../../lib/calendar";

const TRIEU = 1_000_000n;

type World = Awaited<ReturnType<typeof provinceWorld>>;
let kcqgId: string;
let kcdpId: string;
let cuc: Actor;
let cuc2: Actor;
let a: World;
let b: World;

beforeAll(async () => {
  ({ kcqg: { id: kcqgId }, kcdp: { id: kcdpId } } = await referenceBasics(db()));
  // A general rule like the seeded one (70 % cap), so this file does not depend on the seed.
  await db().advanceRule.create({ data: { code: `TEST-${randomUUID()}`, contentCode: null, description: "test", firstAdvanceBp: 7000, advanceCapBp: 7000, requiredDocuments: [], status: "BASELINE", legalBasis: "test", validFrom: day("2014-02-10") } });
  a = await provinceWorld(db(), "Tỉnh Sổ A");
  b = await provinceWorld(db(), "Tỉnh Sổ B");
  cuc = await cucStaff(db());
  cuc2 = await cucStaff(db());
});

/** A đề án of province A in progress with a signed 200 triệu Cục contract. */
async function contract(opts: { signedOn?: string | null; status?: "IN_PROGRESS" | "STOPPED" | "SETTLED"; accepted?: boolean; closedYear?: number; progress?: bigint | null } = {}) {
  const project = await draftProject(db(), { implementerId: a.centreOrg.id, provinceId: a.current.id, fundingSourceId: kcqgId });
  await db().project.update({ where: { id: project.id }, data: { status: opts.status ?? "IN_PROGRESS" } });
  const signedOn = opts.signedOn === undefined ? "2026-06-01" : opts.signedOn;
  const created = await db().contract.create({
    data: { projectId: project.id, kind: "CONTRACT", number: `HĐ-${randomUUID().slice(0, 8)}`, signedOn: signedOn ? day(signedOn) : null, partyAId: cuc.organisationId, partyBId: a.centreOrg.id, value: 200n * TRIEU, status: signedOn ? "SIGNED" : "DRAFT" },
    select: { id: true },
  });
  if (opts.accepted) await db().acceptance.create({ data: { projectId: project.id, form: "MAU_5B", organiserId: a.sctOrg.id, acceptedOn: day("2026-10-01"), acceptedValue: 200n * TRIEU } });
  // Confirmed progress of the whole value by default, so further advances meet only the cap.
  const progress = opts.progress === undefined ? 200n * TRIEU : opts.progress;
  if (progress !== null) await confirmedProgress(db(), project.id, cuc.userId, progress);
  if (opts.closedYear) await db().ledgerYearClosing.create({ data: { contractId: created.id, year: opts.closedYear, closedOn: day(`${opts.closedYear + 1}-01-20`) } });
  return created.id;
}

const entry = (contractId: string, kind: string, amount: string, over: Record<string, string> = {}) => ({
  contractId,
  kind,
  fundingSource: "KCQG",
  amount,
  occurredOn: "2026-11-02",
  voucherRef: `CT-${randomUUID().slice(0, 8)}`,
  idempotencyKey: randomUUID(),
  ...over,
});
const rows = (contractId: string) => db().ledgerEntry.findMany({ where: { contractId }, select: { id: true, kind: true, amount: true }, orderBy: { id: "asc" } });

/** The call fails with this catalogue key and leaves the contract's ledger as it was. */
async function refused(contractId: string, call: () => Promise<unknown>, key: string) {
  const before = await rows(contractId);
  const error = (await failure(call())) as { key?: string; message: string };
  expect(error.key, error.message).toBe(key);
  expect(await rows(contractId)).toEqual(before);
  return error.message;
}

describe("ledger invariants on real PostgreSQL", () => {
  it("records an advance and measures it", async () => {
    const id = await contract();
    const recorded = await recordLedgerEntry(cuc, entry(id, "ADVANCE", "100", { treasuryRef: "KB-0001" }));
    expect(recorded).toMatchObject({ kind: "ADVANCE", amount: 100n * TRIEU, replayed: false });
    expect((await unsafeLedgerMeasures({ contractId: id })).advanced).toBe(100n * TRIEU);
  });

  it("refuses each violation with its figures and leaves the ledger unchanged", async () => {
    const id = await contract();
    await recordLedgerEntry(cuc, entry(id, "ADVANCE", "100"));
    const capMessage = await refused(id, () => recordLedgerEntry(cuc, entry(id, "ADVANCE", "50")), "errors.ledger.advanceCap");
    expect(capMessage).toContain("vượt mức 70 % (140 triệu đồng)");
    await refused(id, () => recordLedgerEntry(cuc, entry(id, "SETTLEMENT", "1")), "errors.ledger.settlementBeforeAcceptance");
    await refused(id, () => recordLedgerEntry(cuc, entry(id, "REFUND", "101")), "errors.ledger.refundOverPaid");
    await refused(id, () => recordLedgerEntry(cuc, entry(id, "PAYMENT", "10")), "errors.ledger.balanceBeforeAcceptance");
    await refused(id, () => recordLedgerEntry(cuc, entry(id, "ADVANCE", "1", { occurredOn: "2026-05-31" })), "errors.ledger.beforeContract");
    await refused(id, () => recordLedgerEntry(cuc, entry(id, "ADVANCE", "1", { occurredOn: "2099-01-01" })), "errors.ledger.inFuture");
    await refused(id, () => recordLedgerEntry(cuc, entry(id, "ADVANCE", "1.234.5")), "errors.money.notVietnameseNumber");
    await refused(id, () => recordLedgerEntry(cuc, entry(id, "ADVANCE", "0")), "errors.money.notPositive");
    await refused(id, () => recordLedgerEntry(cuc, entry(id, "ADVANCE", "-5")), "errors.money.notPositive");
    const first = await db().ledgerEntry.findFirstOrThrow({ where: { contractId: id }, select: { voucherRef: true } });
    await refused(id, () => recordLedgerEntry(cuc, entry(id, "ADVANCE", "1", { voucherRef: first.voucherRef ?? "" })), "errors.ledger.voucherTaken");
  });

  it("refuses money beyond the contract value after acceptance", async () => {
    const id = await contract({ accepted: true });
    await recordLedgerEntry(cuc, entry(id, "ADVANCE", "100"));
    await refused(id, () => recordLedgerEntry(cuc, entry(id, "SETTLEMENT", "100,5")), "errors.ledger.outstandingNegative");
    await recordLedgerEntry(cuc, entry(id, "PAYMENT", "50"));
    await refused(id, () => recordLedgerEntry(cuc, entry(id, "PAYMENT", "50,000001")), "errors.ledger.overContract");
  });

  it("refuses an unsigned contract, a stopped đề án and a closed year", async () => {
    const unsigned = await contract({ signedOn: null });
    await refused(unsigned, () => recordLedgerEntry(cuc, entry(unsigned, "ADVANCE", "1")), "errors.ledger.notSigned");
    const stopped = await contract({ status: "STOPPED" });
    await refused(stopped, () => recordLedgerEntry(cuc, entry(stopped, "ADVANCE", "1")), "errors.ledger.projectStopped");
    const closed = await contract({ signedOn: "2025-03-01", closedYear: 2025 });
    await refused(closed, () => recordLedgerEntry(cuc, entry(closed, "ADVANCE", "1", { occurredOn: "2025-12-01" })), "errors.ledger.closedYear");
    await recordLedgerEntry(cuc, entry(closed, "ADVANCE", "1", { occurredOn: "2026-01-05" }));
  });

  it("answers a forged request from another province or centre with not found", async () => {
    const id = await contract();
    await refused(id, () => recordLedgerEntry(b.centre, entry(id, "ADVANCE", "1")), "errors.missing.contract");
    // Province A's own centre is bên B of the Cục's contract: the Cục records on it, not the centre.
    await refused(id, () => recordLedgerEntry(a.centre, entry(id, "ADVANCE", "1")), "errors.missing.contract");
    // The SCT records only on the KCĐP contracts where it is bên A.
    await refused(id, () => recordLedgerEntry(a.sct, entry(id, "ADVANCE", "1")), "errors.missing.contract");
  });

  it("lets the SCT record on its own KCĐP contract, and the Cục not", async () => {
    const project = await draftProject(db(), { implementerId: a.centreOrg.id, provinceId: a.current.id, fundingSourceId: kcdpId });
    await db().project.update({ where: { id: project.id }, data: { status: "IN_PROGRESS" } });
    const { id } = await db().contract.create({
      data: { projectId: project.id, kind: "CONTRACT", number: `HĐ-${randomUUID().slice(0, 8)}`, signedOn: day("2026-06-01"), partyAId: a.sctOrg.id, partyBId: a.centreOrg.id, value: 100n * TRIEU, status: "SIGNED" },
      select: { id: true },
    });
    const recorded = await recordLedgerEntry(a.sct, entry(id, "ADVANCE", "30", { fundingSource: "KCDP" }));
    expect(recorded.amount).toBe(30n * TRIEU);
    await refused(id, () => recordLedgerEntry(cuc, entry(id, "ADVANCE", "1", { fundingSource: "KCDP" })), "errors.missing.contract");
    await refused(id, () => recordLedgerEntry(b.sct, entry(id, "ADVANCE", "1", { fundingSource: "KCDP" })), "errors.missing.contract");
  });
});

describe("ledger concurrency", () => {
  it("50 parallel advances never pass the 70 % cap; the rejected ones say why", async () => {
    const id = await contract();
    const results = await Promise.allSettled(Array.from({ length: 50 }, () => recordLedgerEntry(cuc, entry(id, "ADVANCE", "10"))));
    const accepted = results.filter((r) => r.status === "fulfilled");
    const rejected = results.flatMap((r) => (r.status === "rejected" ? [r.reason as { key?: string }] : []));
    expect(accepted).toHaveLength(14);
    expect(rejected.map((e) => e.key)).toEqual(Array(36).fill("errors.ledger.advanceCap"));
    expect((await unsafeLedgerMeasures({ contractId: id })).advanced).toBe(140n * TRIEU);
  });

  it("the same idempotency key sent 10 times in parallel records once", async () => {
    const id = await contract();
    const input = entry(id, "ADVANCE", "20");
    const results = await Promise.all(Array.from({ length: 10 }, () => recordLedgerEntry(cuc, input)));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(await rows(id)).toHaveLength(1);
    const other = await contract();
    await refused(other, () => recordLedgerEntry(cuc, { ...input, contractId: other }), "errors.ledger.keyReused");
  });

  it("a key raced on another contract reaches the unique index and answers as a reused key", async () => {
    const [first, second] = [await contract(), await contract()];
    const input = entry(second, "ADVANCE", "20");
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let inserted!: () => void;
    const isInserted = new Promise<void>((resolve) => (inserted = resolve));
    // An entry of `first` under the same key, inserted and not yet committed: the second writer's
    // facts cannot see it, so its insert waits on the unique index until this commits. The second
    // writer starts only once this insert is in, or it could commit first.
    const holder = db().$transaction(async (tx) => {
      const kcqg = await tx.fundingSource.findUniqueOrThrow({ where: { code: "KCQG" }, select: { id: true } });
      const project = await tx.contract.findUniqueOrThrow({ where: { id: first }, select: { projectId: true } });
      await tx.ledgerEntry.create({ data: { projectId: project.projectId, contractId: first, fundingSourceId: kcqg.id, kind: "ADVANCE", amount: TRIEU, occurredOn: day("2026-11-02"), voucherRef: "RACE", idempotencyKey: input.idempotencyKey } });
      inserted();
      await held;
    }, { timeout: 30_000 });
    await isInserted;
    const racing = failure(recordLedgerEntry(cuc, input));
    const waiting = async () => (await db().$queryRaw<{ n: number }[]>`SELECT COUNT(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%INSERT INTO "LedgerEntry"%'`)[0]!.n;
    while ((await waiting()) === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    await holder;
    expect(((await racing) as { key?: string }).key).toBe("errors.ledger.keyReused");
    expect(await rows(second)).toHaveLength(0);
  });
});

describe("reversals and confirmation", () => {
  it("a reversing entry cancels its entry once, and is itself never reversed", async () => {
    const id = await contract();
    const advance = await recordLedgerEntry(cuc, entry(id, "ADVANCE", "60"));
    const reverse = { entryId: advance.id, occurredOn: "2026-11-03", voucherRef: `DC-${randomUUID().slice(0, 8)}`, reason: "Ghi nhầm số tiền", idempotencyKey: randomUUID() };
    const reversal = await reverseLedgerEntry(cuc, reverse);
    expect(reversal).toMatchObject({ kind: "ADVANCE", amount: 60n * TRIEU, reversesId: advance.id });
    expect(await reverseLedgerEntry(cuc, reverse)).toMatchObject({ id: reversal.id, replayed: true });
    const measures = await unsafeLedgerMeasures({ contractId: id });
    expect(measures).toMatchObject({ advanced: 0n, disbursed: 0n });
    await refused(id, () => reverseLedgerEntry(cuc, { ...reverse, idempotencyKey: randomUUID(), voucherRef: "DC-2" }), "errors.ledger.alreadyReversed");
    await refused(id, () => reverseLedgerEntry(cuc, { ...reverse, entryId: reversal.id, idempotencyKey: randomUUID(), voucherRef: "DC-3" }), "errors.ledger.reverseReversal");
    await refused(id, () => reverseLedgerEntry(b.centre, { ...reverse, idempotencyKey: randomUUID(), voucherRef: "DC-4" }), "errors.missing.ledgerEntry");
  });

  it("refuses a reversal that would leave the outstanding advance negative", async () => {
    const id = await contract({ accepted: true });
    const advance = await recordLedgerEntry(cuc, entry(id, "ADVANCE", "60"));
    await recordLedgerEntry(cuc, entry(id, "SETTLEMENT", "50"));
    await refused(id, () => reverseLedgerEntry(cuc, { entryId: advance.id, occurredOn: "2026-11-03", voucherRef: "DC-9", reason: "Ghi nhầm", idempotencyKey: randomUUID() }), "errors.ledger.outstandingNegative");
  });

  it("someone other than the recorder confirms once; nothing else can be updated", async () => {
    const id = await contract();
    const advance = await recordLedgerEntry(cuc, entry(id, "ADVANCE", "10"));
    expect(((await failure(confirmLedgerEntry(cuc, { entryId: advance.id }))) as { key?: string }).key).toBe("errors.ledger.cannotConfirm");
    const confirmed = await confirmLedgerEntry(cuc2, { entryId: advance.id });
    expect(confirmed.id).toBe(advance.id);
    expect(((await failure(confirmLedgerEntry(cuc2, { entryId: advance.id }))) as { key?: string }).key).toBe("errors.ledger.alreadyConfirmed");
    await expect(db().ledgerEntry.update({ where: { id: advance.id }, data: { amount: 1n } })).rejects.toThrow(/append-only/);
    await expect(db().ledgerEntry.delete({ where: { id: advance.id } })).rejects.toThrow(/append-only/);
    await expect(db().$executeRaw`INSERT INTO "LedgerEntry" (id, "projectId", "fundingSourceId", kind, amount, "occurredOn") SELECT gen_random_uuid(), "projectId", "fundingSourceId", kind, 0, "occurredOn" FROM "LedgerEntry" WHERE id = ${advance.id}::uuid`).rejects.toThrow(/amount_positive/);
  });
});
