// The contended disbursement of `npm run bench` (issue #8 item 9): 20 writers recording advances
// on one contract at the same moment, against the median of one writer alone. Reports the p95 of
// the contended calls over the uncontended median (budget ≤ 10) and counts invariant violations
// in the final sums, read with raw SQL (budget 0): advances above the cap, money out above the
// contract value, a negative outstanding advance, or accepted entries that do not add up. Also
// reported, not budgeted: the same writers on 20 contracts, the contended round again once the
// pool's connections are warm, and the Node CPU of one uncontended call (docs/decisions/029).
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import type pg from "pg";
import type { Actor } from "../lib/auth/actor";
import type { Db } from "../lib/db/client";

type Recorder = (actor: Actor, raw: unknown) => Promise<unknown>;
export type ContendedResult = {
  writers: number; calls: number; accepted: number; refused: number; unexpected: number; medianMs: number; p95Ms: number; ratio: number; violations: number; detail: string;
  /** The same 20 writers on 20 different contracts: what the machine and the pool cost without a shared lock (reported, not budgeted). */
  spreadP95Ms: number;
  /** The contended round again on a new contract, once every pooled connection has served writes (its backend's plans and trigger compiled): reported, not budgeted. */
  warm: { p95Ms: number; violations: number };
  /** Node CPU (user + system, all threads) per uncontended call: a load-insensitive proxy of the write path's cost (reported, not budgeted). */
  cpuMsPerCall: number;
};

const TRIEU = 1_000_000n;
const percentile = (times: number[], p: number) => [...times].sort((a, b) => a - b)[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)]!;

/** A KCQG đề án under way, with SCT-confirmed progress covering any advance the bench makes (decision 027). */
async function benchProject(client: Db, cuc: Actor): Promise<{ id: string; implementerId: string }> {
  const project = await client.project.findFirstOrThrow({ where: { status: "IN_PROGRESS", fundingSource: { code: "KCQG" } }, select: { id: true, implementerId: true }, orderBy: { code: "asc" } });
  await client.progressReport.upsert({
    where: { projectId_periodMonth: { projectId: project.id, periodMonth: new Date(Date.UTC(2099, 0, 1)) } },
    update: {},
    create: { projectId: project.id, periodMonth: new Date(Date.UTC(2099, 0, 1)), reportedOn: new Date(Date.UTC(2026, 0, 5)), completionBp: 10_000, completedValue: 1_000_000n * TRIEU, confirmedById: cuc.userId, confirmedAt: new Date() },
  });
  return project;
}

export async function benchContract(client: Db, cuc: Actor, value: bigint): Promise<string> {
  const project = await benchProject(client, cuc);
  const contract = await client.contract.create({
    data: { projectId: project.id, kind: "CONTRACT", number: `BENCH-${randomUUID().slice(0, 8)}`, signedOn: new Date(Date.UTC(2026, 0, 5)), partyAId: cuc.organisationId, partyBId: project.implementerId, value, status: "SIGNED" },
    select: { id: true },
  });
  return contract.id;
}

export const advance = (contractId: string) => ({ contractId, kind: "ADVANCE", fundingSource: "KCQG", amount: "1", occurredOn: "2026-01-06", voucherRef: `B-${randomUUID()}`, idempotencyKey: randomUUID() });

async function timed(call: () => Promise<unknown>): Promise<{ ms: number; outcome: "accepted" | "refused" | "unexpected" }> {
  const started = performance.now();
  try {
    await call();
    return { ms: performance.now() - started, outcome: "accepted" };
  } catch (error) {
    const key = (error as { key?: string }).key;
    return { ms: performance.now() - started, outcome: key === "errors.ledger.advanceCap" ? "refused" : "unexpected" };
  }
}

/** The final sums of the contract, by raw SQL, against the cap (70 % of the value) and the value. */
async function violationsOf(raw: pg.Client, contractId: string, value: bigint, accepted: number): Promise<{ count: number; detail: string }> {
  const { rows } = await raw.query<{ kind: string; net: string; n: string }>(
    `SELECT kind, SUM(CASE WHEN "reversesId" IS NULL THEN amount ELSE -amount END)::text AS net, COUNT(*)::text AS n FROM "LedgerEntry" WHERE "contractId" = $1 GROUP BY kind`,
    [contractId],
  );
  const of = (kind: string) => BigInt(rows.find((r) => r.kind === kind)?.net ?? "0");
  const entries = rows.reduce((n, r) => n + Number(r.n), 0);
  const advanced = of("ADVANCE");
  const disbursed = advanced + of("PAYMENT") - of("REFUND");
  const checks = [advanced > (value * 7000n) / 10_000n, disbursed > value, advanced - of("SETTLEMENT") - of("REFUND") < 0n, entries !== accepted, advanced !== BigInt(accepted) * TRIEU];
  return { count: checks.filter(Boolean).length, detail: `tạm ứng ${advanced / TRIEU} triệu / trần ${(value * 7n) / 10n / TRIEU} triệu, ${entries} bút toán` };
}

export async function contendedDisbursement(client: Db, raw: pg.Client, cuc: Actor, record: Recorder, writers = 20, perWriter = 5): Promise<ContendedResult> {
  // Uncontended: one writer, far below any cap.
  const alone = await benchContract(client, cuc, 100_000n * TRIEU);
  await record(cuc, advance(alone)); // warm-up
  const single: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < 30; i++) single.push((await timed(() => record(cuc, advance(alone)))).ms);
  const used = process.cpuUsage(cpu);
  const cpuMsPerCall = (used.user + used.system) / 1000 / 30;
  const medianMs = percentile(single, 50);
  // Contended: 20 writers × 5 advances of 1 triệu on a 100 triệu contract, whose 70 % cap refuses 30 of them.
  const value = 100n * TRIEU;
  const shared = await benchContract(client, cuc, value);
  const results = (await Promise.all(Array.from({ length: writers }, async () => {
    const mine: Awaited<ReturnType<typeof timed>>[] = [];
    for (let i = 0; i < perWriter; i++) mine.push(await timed(() => record(cuc, advance(shared))));
    return mine;
  }))).flat();
  // Reference: the same load without a shared row lock (one contract per writer).
  const spread = await Promise.all(Array.from({ length: writers }, () => benchContract(client, cuc, value)));
  const spreadTimes = (await Promise.all(spread.map(async (id) => {
    const mine: number[] = [];
    for (let i = 0; i < perWriter; i++) mine.push((await timed(() => record(cuc, advance(id)))).ms);
    return mine;
  }))).flat();
  // Reference: the contended round again, on a warm pool (the rounds above opened its connections).
  const again = await benchContract(client, cuc, value);
  const warmResults = (await Promise.all(Array.from({ length: writers }, async () => {
    const mine: Awaited<ReturnType<typeof timed>>[] = [];
    for (let i = 0; i < perWriter; i++) mine.push(await timed(() => record(cuc, advance(again))));
    return mine;
  }))).flat();
  const warmAccepted = warmResults.filter((r) => r.outcome === "accepted").length;
  const warmCheck = await violationsOf(raw, again, value, warmAccepted);
  const warm = { p95Ms: percentile(warmResults.map((r) => r.ms), 95), violations: warmCheck.count + warmResults.filter((r) => r.outcome === "unexpected").length };
  const accepted = results.filter((r) => r.outcome === "accepted").length;
  const unexpected = results.filter((r) => r.outcome === "unexpected").length;
  const p95Ms = percentile(results.map((r) => r.ms), 95);
  const check = await violationsOf(raw, shared, value, accepted);
  return { writers, calls: results.length, accepted, refused: results.length - accepted - unexpected, unexpected, medianMs, p95Ms, ratio: p95Ms / medianMs, violations: check.count + unexpected, detail: check.detail, spreadP95Ms: percentile(spreadTimes, 95), warm, cpuMsPerCall };
}
