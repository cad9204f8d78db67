import "server-only";
// Recording the disbursement ledger (issue #8 item 3, docs/decisions/020). Each write is one
// transaction: the scoped read (the actor's đề án and the contracts they record on: not found
// otherwise), the contract's row lock with the facts that need none, the facts under it, the
// idempotency replay, the invariants over the contract's sums, the voucher check, then the insert
// with its audit entry. Few statements, mostly raw: 20 writers on one contract queue on the
// holder's time and on Node's CPU (docs/decisions/029). Nothing is updated or deleted except the
// one confirmation the append-only trigger allows.
import type { Actor } from "../auth/actor";
import { auditRowSql, recordAudit } from "../audit/record";
import { formatIsoDay, parseCalendarDate, type CalendarDay } from "../calendar";
import { db, type Tx } from "../db/client";
import { Prisma } from "../db/generated/client";
import { uuidv7 } from "../db/uuid";
import { ConflictError, DomainError, ForbiddenError, NotFoundError, message } from "../errors";
import { parseMoneyField, type Dong } from "../money";
import { ledgerViolations, type LedgerChange } from "./invariants";
import { canConfirmEntry, canRecordLedger, ledgerContractWhere } from "./policy";
import { ConfirmLedgerEntryInputSchema, RecordLedgerEntryInputSchema, ReverseLedgerEntryInputSchema } from "./schemas";
import { unsafeLockContract, unsafeLockedFacts, type ContractFacts, type LockedContract, type LockedFacts } from "./state";

/** Writers of one contract queue behind its row lock: give them time to get a connection and the lock. */
const LEDGER_TX = { maxWait: 30_000, timeout: 30_000 } as const;

const ENTRY_SELECT = { id: true, contractId: true, kind: true, amount: true, occurredOn: true, voucherRef: true, reversesId: true, fundingSource: { select: { code: true } } } as const;
type EntryRow = Prisma.LedgerEntryGetPayload<{ select: typeof ENTRY_SELECT }>;
export type LedgerEntryResult = EntryRow & { replayed: boolean };

function parseAmount(text: string): Dong {
  const amount = parseMoneyField(text, "amount", "trieu");
  if (amount <= 0n) throw new DomainError("VALIDATION", "errors.money.notPositive", {}, { amount: message("errors.money.notPositive") });
  return amount;
}

/**
 * The contract through the actor's scope (anything else is "not found", ledgerContractWhere stays
 * the one rule: this read only asks whether the id passes it), then its lock and what needs none.
 */
async function scopedContractFacts(tx: Tx, actor: Actor, contractId: string, fundingCode: string, occurredOn: CalendarDay): Promise<ContractFacts> {
  const visible = await tx.contract.findFirst({ where: { AND: [{ id: contractId }, ledgerContractWhere(actor)] }, select: { id: true } });
  const facts = visible ? await unsafeLockContract(tx, contractId, fundingCode, occurredOn) : null;
  if (!facts) throw new NotFoundError("contract");
  return facts;
}

/** The first result of this key on this contract, or null; a key used elsewhere is a conflict. */
export async function replayOf(tx: Tx, replayId: string | null, key: string, contractId: string, reversal: boolean): Promise<LedgerEntryResult | null> {
  if (!replayId) return null;
  const entry = await tx.ledgerEntry.findUniqueOrThrow({ where: { idempotencyKey: key }, select: ENTRY_SELECT });
  if (entry.contractId !== contractId || (entry.reversesId !== null) !== reversal) throw new ConflictError("errors.ledger.keyReused");
  return { ...entry, replayed: true };
}

/** Refuses the change with the first violated invariant, and a voucher number already used. */
export function checkEntry(facts: LockedFacts, change: LedgerChange, voucherRef: string): void {
  const [violation] = ledgerViolations(facts.state, change);
  if (violation) throw new DomainError("VALIDATION", violation.key, violation.params);
  if (facts.voucherTaken) throw new DomainError("VALIDATION", "errors.ledger.voucherTaken", { voucher: voucherRef }, { voucherRef: message("errors.ledger.voucherTakenField") });
}

export type NewEntry = { kind: LedgerChange["kind"]; amount: Dong; fundingSourceId: string; fundingCode: string; occurredOn: CalendarDay; voucherRef: string; treasuryRef?: string; note: string; idempotencyKey: string; reversesId?: string };

/**
 * Inserts the entry on the locked contract with its audit record, in one statement (writers of the
 * contract wait for this lock holder): the one write of record and reverse. The row is the input,
 * so nothing is read back. The LedgerMonthTotal trigger runs on this insert as on any other.
 */
export async function insertEntry(tx: Tx, actor: Actor, contract: LockedContract, entry: NewEntry, action: "ledger.record" | "ledger.reverse"): Promise<LedgerEntryResult> {
  const id = uuidv7();
  const reversesId = entry.reversesId ?? null;
  const audit = auditRowSql(actor, { action, entityType: "LedgerEntry", entityId: id, data: { contractId: contract.id, kind: entry.kind, amount: entry.amount.toString(), occurredOn: formatIsoDay(entry.occurredOn), voucherRef: entry.voucherRef, reverses: reversesId, note: entry.note } });
  await tx.$executeRaw`
    WITH entry AS (
      INSERT INTO "LedgerEntry" (id, "projectId", "contractId", "fundingSourceId", kind, amount, "occurredOn", "voucherRef", "documentRef", "treasuryRef", note, "recordedById", "idempotencyKey", "reversesId")
      VALUES (${id}::uuid, ${contract.project.id}::uuid, ${contract.id}::uuid, ${entry.fundingSourceId}::uuid, ${entry.kind}::"LedgerKind", ${entry.amount}::bigint, ${formatIsoDay(entry.occurredOn)}::date,
        ${entry.voucherRef}, ${entry.voucherRef}, ${entry.treasuryRef || null}, ${entry.note}, ${actor.userId}::uuid, ${entry.idempotencyKey}, ${reversesId}::uuid))
    ${audit}`;
  const row = { id, contractId: contract.id, kind: entry.kind, amount: entry.amount, occurredOn: entry.occurredOn, voucherRef: entry.voucherRef, reversesId };
  return { ...row, fundingSource: { code: entry.fundingCode }, replayed: false };
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
  return mapKeyRace(
    db().$transaction(async (tx) => {
      const { contract, funding, pre } = await scopedContractFacts(tx, actor, input.contractId, input.fundingSource, occurredOn);
      const facts = await unsafeLockedFacts(tx, contract, funding, pre, { voucherRef: input.voucherRef, idempotencyKey: input.idempotencyKey });
      const replay = await replayOf(tx, facts.replayId, input.idempotencyKey, contract.id, false);
      if (replay) return replay;
      checkEntry(facts, { kind: input.kind, amount, reversal: false, occurredOn }, input.voucherRef);
      const entry = { kind: input.kind, amount, fundingSourceId: funding.id, fundingCode: funding.code, occurredOn, voucherRef: input.voucherRef, treasuryRef: input.treasuryRef, note: input.note, idempotencyKey: input.idempotencyKey };
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
    const entry = await tx.ledgerEntry.findFirst({ where: { id: input.entryId, contract: ledgerContractWhere(actor) }, select: { id: true, voucherRef: true, recordedById: true, confirmedById: true } });
    if (!entry) throw new NotFoundError("ledgerEntry");
    if (!canConfirmEntry(actor, entry)) throw new ForbiddenError("errors.ledger.cannotConfirm");
    const confirmedAt = new Date();
    const done = await tx.ledgerEntry.updateMany({ where: { id: entry.id, confirmedById: null }, data: { confirmedById: actor.userId, confirmedAt } });
    if (done.count === 0) throw new DomainError("VALIDATION", "errors.ledger.alreadyConfirmed", { voucher: entry.voucherRef ?? "" });
    await recordAudit(tx, actor, { action: "ledger.confirm", entityType: "LedgerEntry", entityId: entry.id });
    return { id: entry.id, confirmedAt };
  });
}
