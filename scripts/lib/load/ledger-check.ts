// The ledger after the run, once the server has finished what was in flight: every successful
// write is in the ledger once, every other entry of the run was still in flight when the clock
// stopped (its answer never read), nothing else was added; on every touched contract the
// measures the contract's ledger page shows (getContractLedger) equal a plain SQL SUM over its
// entries, and the advance grew by exactly what the run wrote; the report aggregate
// LedgerMonthTotal, kept by the insert trigger, equals the same sums from the records.
import type pg from "pg";
import type { Actor } from "../../../lib/auth/actor";
import { getContractLedger } from "../../../lib/disbursements/ledger-view";
import { compareLedgerMonthTotals } from "../../../lib/reports/rebuild";
import type { Db } from "../../../lib/db/client";
import { ENTRY_AMOUNT_DONG, type LedgerTarget } from "./fixtures";
import { LOAD_VOUCHER_PREFIX } from "./mix";

export type SqlTotals = { entries: number; loadEntries: number; byContract: Map<string, { advanced: bigint; disbursed: bigint; outstanding: bigint }> };

/** Plain SQL: net of reversals, programme funds only (what the ledger page counts). */
export async function sqlTotals(raw: pg.Client, contractIds: readonly string[]): Promise<SqlTotals> {
  const { rows: [count] } = await raw.query<{ n: string; load: string }>(`SELECT count(*)::text AS n, count(*) FILTER (WHERE "voucherRef" LIKE $1)::text AS load FROM "LedgerEntry"`, [`${LOAD_VOUCHER_PREFIX}%`]);
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
  return { entries: Number(count!.n), loadEntries: Number(count!.load), byContract };
}

export type WriteVouchers = { built: Set<string>; answered: Set<string>; succeeded: Set<string> };

export type ContractCheck = { number: string; rows: number; advancedBefore: string; advancedAfter: string; appAdvanced: string; appDisbursed: string; sqlDisbursed: string; ok: boolean };
export type LedgerCheck = {
  rowsAdded: number;
  successfulWrites: number;
  /** Writes the server completed after the clock stopped, their answer never read (at most one per write connection). */
  completedAfterStop: number;
  inFlightAtStop: number;
  /** Successful answers whose entry is not in the ledger, and entries whose request was answered with anything but success. */
  missing: number;
  writtenDespiteFailure: number;
  /** Entries with the load-test voucher prefix that no request of this run built. */
  stray: number;
  contracts: ContractCheck[];
  aggregate: { onlyInTable: number; onlyInRecords: number };
  ok: boolean;
};

/** Waits until no entry has been added for two reads a second apart (the server finishing what was in flight). */
async function quiescentCount(raw: pg.Client): Promise<void> {
  let last = -1;
  for (let i = 0; i < 30; i++) {
    const { rows: [r] } = await raw.query<{ n: string }>(`SELECT count(*)::text AS n FROM "LedgerEntry"`);
    if (Number(r!.n) === last) return;
    last = Number(r!.n);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

export async function checkLedger(client: Db, raw: pg.Client, targets: readonly LedgerTarget[], actors: Map<string, Actor>, before: SqlTotals, vouchers: WriteVouchers): Promise<LedgerCheck> {
  await quiescentCount(raw);
  const after = await sqlTotals(raw, targets.map((t) => t.contractId));
  const { rows } = await raw.query<{ voucher: string; contract: string }>(`SELECT "voucherRef" AS voucher, "contractId"::text AS contract FROM "LedgerEntry" WHERE "voucherRef" = ANY($1::text[])`, [[...vouchers.built]]);
  const written = new Set(rows.map((r) => r.voucher));
  const missing = [...vouchers.succeeded].filter((v) => !written.has(v)).length + (rows.length - written.size);
  const unanswered = rows.filter((r) => !vouchers.succeeded.has(r.voucher));
  const writtenDespiteFailure = unanswered.filter((r) => vouchers.answered.has(r.voucher)).length;
  const inFlightAtStop = [...vouchers.built].filter((v) => !vouchers.answered.has(v)).length;
  const stray = after.loadEntries - before.loadEntries - rows.length;
  const contracts: ContractCheck[] = [];
  for (const t of targets) {
    const n = rows.filter((r) => r.contract === t.contractId).length;
    const page = await getContractLedger(actors.get(t.writer)!, t.contractId);
    const b = before.byContract.get(t.contractId)!;
    const a = after.byContract.get(t.contractId)!;
    const ok = page.measures.advanced === a.advanced && page.measures.disbursed === a.disbursed && page.outstanding === a.outstanding && a.advanced - b.advanced === BigInt(n) * ENTRY_AMOUNT_DONG;
    contracts.push({ number: t.number, rows: n, advancedBefore: b.advanced.toString(), advancedAfter: a.advanced.toString(), appAdvanced: page.measures.advanced.toString(), appDisbursed: page.measures.disbursed.toString(), sqlDisbursed: a.disbursed.toString(), ok });
  }
  const aggregate = await compareLedgerMonthTotals(client);
  const rowsAdded = after.entries - before.entries;
  const ok =
    rowsAdded === rows.length && missing === 0 && writtenDespiteFailure === 0 && stray === 0 && unanswered.length <= inFlightAtStop &&
    contracts.every((c) => c.ok) && aggregate.onlyInTable === 0 && aggregate.onlyInRecords === 0;
  return { rowsAdded, successfulWrites: vouchers.succeeded.size, completedAfterStop: unanswered.length - writtenDespiteFailure, inFlightAtStop, missing, writtenDespiteFailure, stray, contracts, aggregate, ok };
}
