import "server-only";
// A ledger entry written by another step inside that step's own transaction: the SETTLEMENT entry
// that clears the outstanding advance when a settlement is approved (docs/decisions/025). The
// caller has locked and read the đề án through the actor's scope and decided the actor may take
// the step (for KCĐP the SCT, who records no entries by hand); this function then takes the
// contract's row lock (lock order Project → Contract), replays an idempotency key already used,
// and passes the same invariants and voucher check as any entry (recordLedgerEntry).
import type { Actor } from "../auth/actor";
import type { CalendarDay } from "../calendar";
import type { Tx } from "../db/client";
import { lockRows } from "../db/locks";
import type { Dong } from "../money";
import { checkEntry, insertEntry, type LedgerEntryResult } from "./mutations";
import { unsafeLedgerSums } from "./queries";
import { LOCKED_CONTRACT_SELECT } from "./state";

export type ClearingEntry = { contractId: string; fundingSourceId: string; occurredOn: CalendarDay; voucherRef: string; note: string; idempotencyKey: string };

/** The contract's outstanding advance (advanced − settled − refunded) of one funding source, under its lock. */
async function outstandingAdvance(tx: Tx, contractId: string, fundingSourceId: string): Promise<Dong> {
  const sums = await unsafeLedgerSums({ contractId, fundingSourceId }, tx);
  return (sums.ADVANCE ?? 0n) - (sums.SETTLEMENT ?? 0n) - (sums.REFUND ?? 0n);
}

/**
 * Settles up to `limit` of the contract's outstanding advance: records a SETTLEMENT entry of
 * min(outstanding, limit), or nothing when no advance is outstanding. Returns the entry or null.
 */
export async function unsafeClearOutstandingAdvance(tx: Tx, actor: Actor, entry: ClearingEntry, limit: Dong): Promise<LedgerEntryResult | null> {
  await lockRows(tx, "Contract", [entry.contractId]);
  const replay = await tx.ledgerEntry.findUnique({ where: { idempotencyKey: entry.idempotencyKey }, select: { id: true, contractId: true, kind: true, amount: true, occurredOn: true, voucherRef: true, reversesId: true, fundingSource: { select: { code: true } } } });
  if (replay) return { ...replay, replayed: true };
  const contract = await tx.contract.findUniqueOrThrow({ where: { id: entry.contractId }, select: LOCKED_CONTRACT_SELECT });
  const outstanding = await outstandingAdvance(tx, contract.id, entry.fundingSourceId);
  const amount = outstanding < limit ? outstanding : limit;
  if (amount <= 0n) return null;
  const funding = await tx.fundingSource.findUniqueOrThrow({ where: { id: entry.fundingSourceId }, select: { id: true, code: true } });
  await checkEntry(tx, contract, funding, { kind: "SETTLEMENT", amount, reversal: false, occurredOn: entry.occurredOn }, entry.voucherRef);
  return insertEntry(tx, actor, contract, { kind: "SETTLEMENT", amount, ...entry }, "ledger.record");
}
