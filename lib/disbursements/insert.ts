import "server-only";
// The one write of the ledger: entries on one locked contract with their audit records, in one
// statement (a data-modifying CTE; writers of the contract wait for this lock holder). The rows are
// the input, so nothing is read back. The LedgerMonthTotal trigger runs on each row as on any insert.
import type { Actor } from "../auth/actor";
import { auditRowsSql } from "../audit/record";
import { formatIsoDay, type CalendarDay } from "../calendar";
import type { Tx } from "../db/client";
import { Prisma } from "../db/generated/client";
import { uuidv7 } from "../db/uuid";
import { ConflictError, DomainError, message } from "../errors";
import type { Dong } from "../money";
import { ledgerViolations, type LedgerChange } from "./invariants";
import type { LockedContract, LockedFacts } from "./state";

/** Writers of one contract queue behind its row lock: give them time to get a connection and the lock. */
export const LEDGER_TX = { maxWait: 30_000, timeout: 30_000 } as const;

export const ENTRY_SELECT = { id: true, contractId: true, kind: true, amount: true, occurredOn: true, voucherRef: true, reversesId: true, fundingSource: { select: { code: true } } } as const;
type EntryRow = Prisma.LedgerEntryGetPayload<{ select: typeof ENTRY_SELECT }>;
export type LedgerEntryResult = EntryRow & { replayed: boolean };

export type NewEntry = { kind: LedgerChange["kind"]; amount: Dong; fundingSourceId: string; fundingCode: string; occurredOn: CalendarDay; voucherRef: string; treasuryRef?: string; note: string; idempotencyKey: string; reversesId?: string };
export type EntryWrite = { actor: Actor; entry: NewEntry; action: "ledger.record" | "ledger.reverse" };

/** The first result of this key on this contract, or null; a key used elsewhere is a conflict. */
export async function replayOf(tx: Tx, replayId: string | null, key: string, contractId: string, reversal: boolean): Promise<LedgerEntryResult | null> {
  if (!replayId) return null;
  const entry = await tx.ledgerEntry.findUniqueOrThrow({ where: { idempotencyKey: key }, select: ENTRY_SELECT });
  if (entry.contractId !== contractId || (entry.reversesId !== null) !== reversal) throw new ConflictError("errors.ledger.keyReused");
  return { ...entry, replayed: true };
}

/** Refuses the change with the first violated invariant, and a voucher number already used. */
export function checkEntry(facts: Pick<LockedFacts, "state" | "voucherTaken">, change: LedgerChange, voucherRef: string): void {
  const [violation] = ledgerViolations(facts.state, change);
  if (violation) throw new DomainError("VALIDATION", violation.key, violation.params);
  if (facts.voucherTaken) throw new DomainError("VALIDATION", "errors.ledger.voucherTaken", { voucher: voucherRef }, { voucherRef: message("errors.ledger.voucherTakenField") });
}

/** Inserts the entries (one or a batch, in order) on the locked contract with their audit records, in one statement. */
export async function insertEntries(tx: Tx, contract: LockedContract, writes: readonly EntryWrite[]): Promise<LedgerEntryResult[]> {
  const rows = writes.map(({ actor, entry, action }) => {
    const id = uuidv7();
    const reversesId = entry.reversesId ?? null;
    const data = { contractId: contract.id, kind: entry.kind, amount: entry.amount.toString(), occurredOn: formatIsoDay(entry.occurredOn), voucherRef: entry.voucherRef, reverses: reversesId, note: entry.note };
    return { id, reversesId, actor, entry, audit: { actor, entry: { action, entityType: "LedgerEntry", entityId: id, projectId: contract.project.id, data } } };
  });
  const values = rows.map(({ id, reversesId, actor, entry }) => Prisma.sql`(${id}::uuid, ${contract.project.id}::uuid, ${contract.id}::uuid, ${entry.fundingSourceId}::uuid, ${entry.kind}::"LedgerKind", ${entry.amount}::bigint, ${formatIsoDay(entry.occurredOn)}::date,
        ${entry.voucherRef}, ${entry.voucherRef}, ${entry.treasuryRef || null}, ${entry.note}, ${actor.userId}::uuid, ${entry.idempotencyKey}, ${reversesId}::uuid)`);
  await tx.$executeRaw`
    WITH entry AS (
      INSERT INTO "LedgerEntry" (id, "projectId", "contractId", "fundingSourceId", kind, amount, "occurredOn", "voucherRef", "documentRef", "treasuryRef", note, "recordedById", "idempotencyKey", "reversesId")
      VALUES ${Prisma.join(values, ", ")})
    ${auditRowsSql(rows.map((r) => r.audit))}`;
  return rows.map(({ id, reversesId, entry }) => ({
    id, contractId: contract.id, kind: entry.kind, amount: entry.amount, occurredOn: entry.occurredOn, voucherRef: entry.voucherRef, reversesId,
    fundingSource: { code: entry.fundingCode }, replayed: false,
  }));
}
