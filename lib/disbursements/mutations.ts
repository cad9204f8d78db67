import "server-only";
// Recording the disbursement ledger (issue #8 item 3, docs/decisions/020). A new entry is checked
// by its caller for what needs no lock (the actor's scope: not found otherwise, the contract's facts
// that only ever add), then recorded through its contract's queue (lib/disbursements/batch.ts,
// docs/decisions/035): one transaction per batch takes the contract's row lock, reads the facts a
// concurrent writer changes, checks replays, the invariants and the voucher entry by entry, and
// inserts the accepted entries with their audit records. A reversal, and an entry recorded alone
// when its batch failed, take the same lock in a transaction of their own. Nothing is updated or
// deleted except the one confirmation the append-only trigger allows.
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { parseCalendarDate, type CalendarDay } from "../calendar";
import { db, type Tx } from "../db/client";
import { Prisma } from "../db/generated/client";
import { ConflictError, DomainError, ForbiddenError, NotFoundError, message } from "../errors";
import { parseMoneyField, type Dong } from "../money";
import { enqueueLedgerEntry } from "./batch";
import { coalesce } from "./combining";
import { checkEntry, insertEntries, LEDGER_TX, replayOf, type EntryWrite, type LedgerEntryResult, type NewEntry } from "./insert";
import { canConfirmEntry, canRecordLedger, ledgerContractWhere } from "./policy";
import { ConfirmLedgerEntryInputSchema, RecordLedgerEntryInputSchema, ReverseLedgerEntryInputSchema } from "./schemas";
import { unsafeLockContract, unsafeLockedFacts, type ContractFacts, type LockedContract } from "./state";

export { checkEntry, replayOf, type LedgerEntryResult, type NewEntry } from "./insert";

function parseAmount(text: string): Dong {
  const amount = parseMoneyField(text, "amount", "trieu");
  if (amount <= 0n) throw new DomainError("VALIDATION", "errors.money.notPositive", {}, { amount: message("errors.money.notPositive") });
  return amount;
}

/**
 * The contract through the actor's scope (anything else is "not found", ledgerContractWhere stays
 * the one rule: this read only asks whether the id passes it), then what needs no lock, and the
 * lock itself when `lock` (inside the caller's transaction; without it, before queueing).
 */
async function scopedContractFacts(tx: Tx, actor: Actor, contractId: string, fundingCode: string, occurredOn: CalendarDay, lock = true): Promise<ContractFacts> {
  const visible = await tx.contract.findFirst({ where: { AND: [{ id: contractId }, ledgerContractWhere(actor)] }, select: { id: true } });
  const facts = visible ? await unsafeLockContract(tx, contractId, fundingCode, occurredOn, lock) : null;
  if (!facts) throw new NotFoundError("contract");
  return facts;
}

/** Inserts one entry on the locked contract with its audit record (insertEntries of one). */
export async function insertEntry(tx: Tx, actor: Actor, contract: LockedContract, entry: NewEntry, action: EntryWrite["action"]): Promise<LedgerEntryResult> {
  const [row] = await insertEntries(tx, contract, [{ actor, entry, action }]);
  return row!;
}

/** A unique index refused the write: P2002 from a Prisma write, P2010 carrying SQLSTATE 23505 from the raw insert. */
function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  const cause = (error.meta?.driverAdapterError as { cause?: { originalCode?: string } } | undefined)?.cause;
  return error.code === "P2002" || (error.code === "P2010" && cause?.originalCode === "23505");
}

/** A key raced on another contract reaches the unique index: the same answer as a reused key. */
async function mapKeyRace<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("errors.ledger.keyReused");
    throw error;
  }
}

/** Records one ledger entry; the same idempotency key replayed returns the first entry. */
export async function recordLedgerEntry(actor: Actor, raw: unknown): Promise<LedgerEntryResult> {
  if (!canRecordLedger(actor)) throw new ForbiddenError("errors.ledger.cannotRecord");
  const input = RecordLedgerEntryInputSchema.parse(raw);
  const amount = parseAmount(input.amount);
  const occurredOn: CalendarDay = parseCalendarDate(input.occurredOn);
  // The caller's own part, before its contract's queue: a refusal here reaches no batch. Writers
  // with the same scope on the same contract, source and day at the same moment share one read.
  const scope = JSON.stringify(ledgerContractWhere(actor), (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
  const facts = await coalesce(`${scope}|${input.contractId}|${input.fundingSource}|${input.occurredOn}`, () => scopedContractFacts(db(), actor, input.contractId, input.fundingSource, occurredOn, false));
  const { funding } = facts;
  const entry: NewEntry = { kind: input.kind, amount, fundingSourceId: funding.id, fundingCode: funding.code, occurredOn, voucherRef: input.voucherRef, treasuryRef: input.treasuryRef, note: input.note, idempotencyKey: input.idempotencyKey };
  return enqueueLedgerEntry({ actor, facts, entry, alone: () => recordAlone(actor, input.contractId, entry) });
}

/** One entry in a transaction of its own (the path before the queue): what a failed batch falls back to. */
function recordAlone(actor: Actor, contractId: string, entry: NewEntry): Promise<LedgerEntryResult> {
  return mapKeyRace(
    db().$transaction(async (tx) => {
      const { contract, funding, pre } = await scopedContractFacts(tx, actor, contractId, entry.fundingCode, entry.occurredOn);
      const facts = await unsafeLockedFacts(tx, contract, funding, pre, { voucherRef: entry.voucherRef, idempotencyKey: entry.idempotencyKey });
      const replay = await replayOf(tx, facts.replayId, entry.idempotencyKey, contract.id, false);
      if (replay) return replay;
      checkEntry(facts, { kind: entry.kind, amount: entry.amount, reversal: false, occurredOn: entry.occurredOn }, entry.voucherRef);
      return insertEntry(tx, actor, contract, entry, "ledger.record");
    }, LEDGER_TX),
  );
}

/** Records the reversing entry of one entry (same kind and amount, dated in the open year). */
export async function reverseLedgerEntry(actor: Actor, raw: unknown): Promise<LedgerEntryResult> {
  if (!canRecordLedger(actor)) throw new ForbiddenError("errors.ledger.cannotRecord");
  const input = ReverseLedgerEntryInputSchema.parse(raw);
  const occurredOn = parseCalendarDate(input.occurredOn);
  return mapKeyRace(
    db().$transaction(async (tx) => {
      // Entries never change (append-only): read before the lock; the scoped read decides whether it is found.
      const entry = await tx.ledgerEntry.findUnique({ where: { id: input.entryId }, select: { id: true, contractId: true, kind: true, amount: true, voucherRef: true, reversesId: true, fundingSource: { select: { id: true, code: true } } } });
      if (!entry?.contractId) throw new NotFoundError("ledgerEntry");
      const { contract, pre } = await scopedContractFacts(tx, actor, entry.contractId, entry.fundingSource.code, occurredOn).catch((error: unknown) => {
        throw error instanceof NotFoundError ? new NotFoundError("ledgerEntry") : error;
      });
      const facts = await unsafeLockedFacts(tx, contract, entry.fundingSource, pre, { voucherRef: input.voucherRef, idempotencyKey: input.idempotencyKey, reversesId: entry.id });
      const replay = await replayOf(tx, facts.replayId, input.idempotencyKey, contract.id, true);
      if (replay) return replay;
      const voucher = entry.voucherRef ?? "";
      if (entry.reversesId) throw new DomainError("VALIDATION", "errors.ledger.reverseReversal", { voucher });
      if (facts.targetReversed) throw new DomainError("VALIDATION", "errors.ledger.alreadyReversed", { voucher });
      checkEntry(facts, { kind: entry.kind, amount: entry.amount, reversal: true, occurredOn }, input.voucherRef);
      const reversal = { kind: entry.kind, amount: entry.amount, fundingSourceId: entry.fundingSource.id, fundingCode: entry.fundingSource.code, occurredOn, voucherRef: input.voucherRef, note: input.reason, idempotencyKey: input.idempotencyKey, reversesId: entry.id };
      return insertEntry(tx, actor, contract, reversal, "ledger.reverse");
    }, LEDGER_TX),
  );
}

/** Confirms an entry recorded by someone else (the one update the append-only trigger allows). */
export async function confirmLedgerEntry(actor: Actor, raw: unknown): Promise<{ id: string; confirmedAt: Date }> {
  const input = ConfirmLedgerEntryInputSchema.parse(raw);
  return db().$transaction(async (tx) => {
    const entry = await tx.ledgerEntry.findFirst({ where: { id: input.entryId, contract: ledgerContractWhere(actor) }, select: { id: true, projectId: true, voucherRef: true, recordedById: true, confirmedById: true } });
    if (!entry) throw new NotFoundError("ledgerEntry");
    if (!canConfirmEntry(actor, entry)) throw new ForbiddenError("errors.ledger.cannotConfirm");
    const confirmedAt = new Date();
    const done = await tx.ledgerEntry.updateMany({ where: { id: entry.id, confirmedById: null }, data: { confirmedById: actor.userId, confirmedAt } });
    if (done.count === 0) throw new DomainError("VALIDATION", "errors.ledger.alreadyConfirmed", { voucher: entry.voucherRef ?? "" });
    await recordAudit(tx, actor, { action: "ledger.confirm", entityType: "LedgerEntry", entityId: entry.id, projectId: entry.projectId });
    return { id: entry.id, confirmedAt };
  });
}
