import "server-only";
// Group commit of the ledger's new entries per contract (docs/decisions/035). 20 writers on one
// contract used to wait for 20 critical sections (the contract's row lock held over the facts, the
// insert and the COMMIT's flush, docs/decisions/029). Here a caller does its own work first (scope,
// the facts that need no lock, lib/disbursements/mutations.ts), then queues on the contract: one
// leader per contract in this process opens ONE transaction, locks the family (the DB lock stays:
// other processes, reversals and the settlement's clearing take it too), reads the locked facts
// once, checks the queued entries in order against a running state — each accepted entry added to
// the sums, the family's sums, the vouchers and the keys before the next is checked — and inserts
// the accepted ones in one statement. Each caller gets its own entry, replay or refusal. When the
// batch transaction fails as a whole (a key raced by another process, a lost connection), each of
// its entries is recorded alone, as before the queue, so one caller's problem fails no other's.
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { lockRows } from "../db/locks";
import { DomainError } from "../errors";
import { combiner, type Outcome } from "./combining";
import { checkEntry, insertEntries, LEDGER_TX, replayOf, type LedgerEntryResult, type NewEntry } from "./insert";
import { sumsAfter, type LedgerChange } from "./invariants";
import { lockedStateOf, unsafeLockedRead, type ContractFacts } from "./state";

/** One caller's entry: its actor and scope already checked, its facts read without the lock. */
export type QueuedEntry = { actor: Actor; facts: ContractFacts; entry: NewEntry; alone: () => Promise<LedgerEntryResult> };

/** Bounds a batch: its time under the lock, and so the wait of the callers queued behind it. */
const BATCH_MAX = 50;

async function runBatch(first: QueuedEntry, take: () => QueuedEntry[]): Promise<Outcome<LedgerEntryResult>[]> {
  let batch: QueuedEntry[] = [];
  try {
    return await db().$transaction(async (tx) => {
      const contract = first.facts.contract;
      await lockRows(tx, "Contract", [contract.id, ...(contract.parent ? [contract.parent.id] : [])]);
      // Taken after the lock: the callers that queued while the leader waited for it join this batch.
      batch = take();
      const read = await unsafeLockedRead(tx, contract, {
        fundingIds: [...new Set(batch.map((q) => q.facts.funding.id))], family: batch.some((q) => q.facts.funding.code !== "COUNTERPART"),
        vouchers: batch.map((q) => q.entry.voucherRef), keys: batch.map((q) => q.entry.idempotencyKey), reversesIds: [],
      });
      const accepted: QueuedEntry[] = [];
      const acceptedOfKey = new Map<string, number>();
      // Per entry: an outcome, or the index of the accepted entry it is (or replays) once inserted.
      const plan: ({ outcome: Outcome<LedgerEntryResult> } | { index: number; replay: boolean })[] = [];
      for (const q of batch) {
        const { entry, facts } = q;
        const earlier = acceptedOfKey.get(entry.idempotencyKey);
        if (earlier !== undefined) { plan.push({ index: earlier, replay: true }); continue; }
        try {
          const replay = await replayOf(tx, read.replays.get(entry.idempotencyKey) ?? null, entry.idempotencyKey, contract.id, false);
          if (replay) { plan.push({ outcome: { ok: true, value: replay } }); continue; }
          const change: LedgerChange = { kind: entry.kind, amount: entry.amount, reversal: false, occurredOn: entry.occurredOn };
          const state = lockedStateOf(contract, facts.funding, facts.pre, read);
          checkEntry({ state, voucherTaken: read.vouchersTaken.has(entry.voucherRef) }, change, entry.voucherRef);
          // Accepted: the next entries are checked as if it were recorded.
          read.sums.set(facts.funding.id, sumsAfter(state.sums, change));
          if (state.family) read.family = sumsAfter(read.family, change);
          read.vouchersTaken.add(entry.voucherRef);
          acceptedOfKey.set(entry.idempotencyKey, accepted.length);
          plan.push({ index: accepted.length, replay: false });
          accepted.push(q);
        } catch (error) {
          // A refusal is this caller's answer; anything else fails the batch (below).
          if (!(error instanceof DomainError)) throw error;
          plan.push({ outcome: { ok: false, error } });
        }
      }
      const rows = accepted.length ? await insertEntries(tx, contract, accepted.map((q) => ({ actor: q.actor, entry: q.entry, action: "ledger.record" as const }))) : [];
      return plan.map((p) => ("outcome" in p ? p.outcome : { ok: true as const, value: { ...rows[p.index]!, replayed: p.replay } }));
    }, LEDGER_TX);
  } catch {
    // The batch as a whole failed and wrote nothing: each entry alone, in order, as before the queue.
    if (!batch.length) batch = take();
    const outcomes: Outcome<LedgerEntryResult>[] = [];
    for (const q of batch) outcomes.push(await q.alone().then((value) => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error })));
    return outcomes;
  }
}

const queue = combiner(runBatch, BATCH_MAX);

/** Records the entry through its contract's queue; resolves with its own entry, replay or refusal. */
export function enqueueLedgerEntry(entry: QueuedEntry): Promise<LedgerEntryResult> {
  return queue.submit(entry.facts.contract.id, entry);
}

/** Entries waiting on the contract's queue (tests: a batch is formed while the lock is held elsewhere). */
export function queuedLedgerEntries(contractId: string): number {
  return queue.depth(contractId);
}
