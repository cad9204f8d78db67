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
import type { Dong } from "../money";
import { measuresOf } from "./measures";
import { checkEntry, insertEntry, replayOf, type LedgerEntryResult } from "./mutations";
import { unsafeLockContract, unsafeLockedFacts } from "./state";

export type ClearingEntry = { contractId: string; fundingSourceId: string; occurredOn: CalendarDay; voucherRef: string; note: string; idempotencyKey: string };

/**
 * Settles up to `limit` of the contract's outstanding advance: records a SETTLEMENT entry of
 * min(outstanding, limit), or nothing when no advance is outstanding. Returns the entry or null.
 */
export async function unsafeClearOutstandingAdvance(tx: Tx, actor: Actor, entry: ClearingEntry, limit: Dong): Promise<LedgerEntryResult | null> {
  const { code } = await tx.fundingSource.findUniqueOrThrow({ where: { id: entry.fundingSourceId }, select: { code: true } });
  const read = await unsafeLockContract(tx, entry.contractId, code, entry.occurredOn);
  if (!read) throw new Error(`Contract ${entry.contractId} of a settlement vanished`);
  const { contract, funding, pre } = read;
  const facts = await unsafeLockedFacts(tx, contract, funding, pre, { voucherRef: entry.voucherRef, idempotencyKey: entry.idempotencyKey });
  const replay = await replayOf(tx, facts.replayId, entry.idempotencyKey, contract.id, false);
  if (replay) return replay;
  // Outstanding advance = advanced − settled − refunded, net of reversals, under the lock.
  const outstanding = measuresOf(facts.state.sums).outstandingAdvance;
  const amount = outstanding < limit ? outstanding : limit;
  if (amount <= 0n) return null;
  checkEntry(facts, { kind: "SETTLEMENT", amount, reversal: false, occurredOn: entry.occurredOn }, entry.voucherRef);
  return insertEntry(tx, actor, contract, { kind: "SETTLEMENT", amount, fundingCode: funding.code, ...entry }, "ledger.record");
}
