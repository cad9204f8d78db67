// The ledger after the run: rows added equal the successful writes; on every touched contract the
// measures the contract's ledger page shows (getContractLedger) equal a plain SQL SUM over its
// entries, and the advance grew by exactly what the run wrote; the report aggregate
// LedgerMonthTotal, kept by the insert trigger, equals the same sums from the records.
import type pg from "pg";
import type { Actor } from "../../../lib/auth/actor";
import { getContractLedger } from "../../../lib/disbursements/ledger-view";
import { compareLedgerMonthTotals } from "../../../lib/reports/rebuild";
import type { Db } from "../../../lib/db/client";
import { ENTRY_AMOUNT_DONG, type LedgerTarget } from "./fixtures";

export type SqlTotals = { entries: number; byContract: Map<string, { advanced: bigint; disbursed: bigint; outstanding: bigint }> };

/** Plain SQL: net of reversals, programme funds only (what the ledger page counts). */
export async function sqlTotals(raw: pg.Client, contractIds: readonly string[]): Promise<SqlTotals> {
  const { rows: [count] } = await raw.query<{ n: string }>(`SELECT count(*)::text AS n FROM "LedgerEntry"`);
  const { rows } = await raw.query<{ id: string; kind: string; net: string }>(
    `SELECT e."contractId"::text AS id, e.kind::text AS kind, SUM(CASE WHEN e."reversesId" IS NULL THEN e.amount ELSE -e.amount END)::text AS net
       FROM "LedgerEntry" e JOIN "FundingSource" f ON f.id = e."fundingSourceId"
      WHERE e."contractId" = ANY($1::uuid[]) AND f.code <> 'COUNTERPART' GROUP BY 1, 2`,
    [contractIds],
  );
  const byContract = new Map<string, { advanced: bigint; disbursed: bigint; outstanding: bigint }>();
  for (const id of contractIds) {
    const of = (kind: string) => BigInt(rows.find((r) => r.id === id && r.kind === kind)?.net ?? "0");
    byContract.set(id, { advanced: of("ADVANCE"), disbursed: of("ADVANCE") + of("PAYMENT") - of("REFUND"), outstanding: of("ADVANCE") - of("SETTLEMENT") - of("REFUND") });
  }
  return { entries: Number(count!.n), byContract };
}

export type ContractCheck = { number: string; writes: number; advancedBefore: string; advancedAfter: string; appAdvanced: string; appDisbursed: string; sqlDisbursed: string; ok: boolean };
export type LedgerCheck = { rowsAdded: number; successfulWrites: number; contracts: ContractCheck[]; aggregate: { onlyInTable: number; onlyInRecords: number }; ok: boolean };

export async function checkLedger(client: Db, raw: pg.Client, targets: readonly LedgerTarget[], actors: Map<string, Actor>, before: SqlTotals, writes: Map<string, number>): Promise<LedgerCheck> {
  const after = await sqlTotals(raw, targets.map((t) => t.contractId));
  const contracts: ContractCheck[] = [];
  for (const t of targets) {
    const n = writes.get(t.contractId) ?? 0;
    const page = await getContractLedger(actors.get(t.writer)!, t.contractId);
    const b = before.byContract.get(t.contractId)!;
    const a = after.byContract.get(t.contractId)!;
    const ok = page.measures.advanced === a.advanced && page.measures.disbursed === a.disbursed && page.outstanding === a.outstanding && a.advanced - b.advanced === BigInt(n) * ENTRY_AMOUNT_DONG;
    contracts.push({ number: t.number, writes: n, advancedBefore: b.advanced.toString(), advancedAfter: a.advanced.toString(), appAdvanced: page.measures.advanced.toString(), appDisbursed: page.measures.disbursed.toString(), sqlDisbursed: a.disbursed.toString(), ok });
  }
  const aggregate = await compareLedgerMonthTotals(client);
  const successfulWrites = [...writes.values()].reduce((s, n) => s + n, 0);
  const rowsAdded = after.entries - before.entries;
  const ok = rowsAdded === successfulWrites && contracts.every((c) => c.ok) && aggregate.onlyInTable === 0 && aggregate.onlyInRecords === 0;
  return { rowsAdded, successfulWrites, contracts, aggregate, ok };
}
