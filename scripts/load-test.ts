// `npm run load` (issue #11 §9, docs/decisions/054): a bounded, loopback-only load test of the
// production build on a freshly seeded database. 50 connections for 60 s over dashboard, lists,
// the reports API and ledger writes through the real server action; reports the rate, latency
// percentiles, errors (must be 0) and the server's memory, then checks the ledger totals. After the
// measured run the same mix goes on for half as long again while the Cục also downloads a
// 10 000-row Mẫu 2, over and over (issue #12, docs/decisions/059, 066): the export's added memory is
// that phase's peak RSS over the whole warm run's peak.
// Flags: --duration <s> (60), --connections <n> (50), --skip-build.
import { performance } from "node:perf_hooks";
import pg from "pg";
import type { Db } from "../lib/db/client";
import { DEMO_PASSWORD } from "../prisma/seed/demo/users";
import { recordFigures } from "../tests/security/figures";
import { dropDatabase, startCluster, type RunningCluster } from "./lib/embedded-postgres";
import { serverActionId } from "./lib/load/action-id";
import { buildNeeded, runBuild } from "./lib/load/build";
import { freshDemoDatabase } from "./lib/load/database";
import { LOAD_APP_PORT, LOAD_CLUSTER, LOAD_DATABASE, LOAD_ORIGIN, parseLoadOptions } from "./lib/load/options";
import { downloadExports, EXPORT_YEAR, exportPhase, exportPhaseSeconds, rowsInFile, seedExportRows } from "./lib/load/export-phase";
import { sampleMemory, startServer, waitForServer, type AppServer } from "./lib/load/server";
import { signIn } from "./lib/load/sign-in";

const USERS = ["cuc@khuyencong.local", "lanhdao@khuyencong.local", "sct.thanhhoa@khuyencong.local", "ttkc.thanhhoa@khuyencong.local", "sct.laocai@khuyencong.local", "ttkc1@khuyencong.local"];

const options = parseLoadOptions(process.argv.slice(2));
let cluster: RunningCluster | null = null;
let server: AppServer | null = null;
let client: Db | null = null;
let raw: pg.Client | null = null;
let cleaning: Promise<void> | null = null;
let stopLoad: (() => void) | null = null;
/** Set on Ctrl-C or the time limit: what main does after that is cut short, not a finding. */
let interrupted = false;

function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    stopLoad?.();
    await server?.stop().catch(() => undefined);
    await raw?.end().catch(() => undefined);
    await client?.$disconnect().catch(() => undefined);
    if (cluster) {
      await dropDatabase(cluster.baseUrl, LOAD_DATABASE).catch(() => undefined);
      await cluster.stop().catch(() => undefined);
    }
  })();
  return cleaning;
}

// embedded-postgres ends the process with exit(0) on beforeExit: keep the verdict.
let verdict = 1;
process.on("exit", () => {
  process.exitCode = verdict;
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    console.error(`\nNhận ${signal}: dừng máy chủ và PostgreSQL…`);
    interrupted = true;
    void cleanup().finally(() => process.exit(130));
  });
}

async function main(): Promise<void> {
  const needed = options.skipBuild ? null : buildNeeded();
  if (options.skipBuild && buildNeeded() === "missing") throw new Error("--skip-build nhưng chưa có bản build (.next/BUILD_ID).");
  // Bounded in time whatever happens: the run, the set-up, and a build if one is needed.
  const limitMs = (needed ? 15 * 60 : 0) * 1000 + (options.durationS + exportPhaseSeconds(options.durationS) + 8 * 60) * 1000;
  setTimeout(() => {
    console.error(`Quá thời hạn ${Math.round(limitMs / 1000)} giây: dừng.`);
    interrupted = true;
    void cleanup().finally(() => process.exit(2));
  }, limitMs).unref();
  const build = options.skipBuild ? "dùng bản build có sẵn (--skip-build)" : needed ? `build lại (${needed === "missing" ? "chưa có" : "cũ hơn mã nguồn"})` : "bản build còn mới hơn mã nguồn";
  console.log(`Bản build production: ${build}.`);
  if (needed) runBuild();
  const recordActionId = serverActionId("app/(app)/hop-dong/[id]/so-cai/actions.ts", "recordEntryAction");

  cluster = await startCluster(LOAD_CLUSTER);
  const fresh = await freshDemoDatabase(cluster, LOAD_DATABASE);
  const { url, seeded } = fresh;
  client = fresh.client;
  console.log(`Dữ liệu mẫu: ${seeded.created} dòng (${(seeded.ms / 1000).toFixed(1)} giây).`);
  process.env.DATABASE_URL = url;
  process.env.DATABASE_READ_URL = "";
  process.env.DEMO_MODE = "1";
  const { prepareFixtures } = await import("./lib/load/fixtures");
  const { requestKinds, connectionsByKind } = await import("./lib/load/mix");
  const { runMix, stopMix } = await import("./lib/load/runner");
  stopLoad = stopMix;
  const { checkLedger, sqlTotals } = await import("./lib/load/ledger-check");
  const { printFigures, summarise, writeFigures } = await import("./lib/load/summary");
  const { loadReportCount } = await import("./lib/load/periodic-slots");
  const fixtures = await prepareFixtures(client, USERS);
  console.log(`Kỳ báo cáo định kỳ còn trống: ${fixtures.slots.length}.`);
  console.log(`Hợp đồng nhận bút toán: ${fixtures.targets.map((t) => `${t.number} (${t.source})`).join(", ")}`);
  const exportRows = await seedExportRows(client);
  console.log(`Đề án năm ${EXPORT_YEAR} cho pha xuất Excel Mẫu 2: ${exportRows}.`);

  server = startServer(LOAD_APP_PORT, { DATABASE_URL: url, NEXTAUTH_URL: LOAD_ORIGIN, NEXTAUTH_SECRET: "load-test-only-secret-not-for-production", DEMO_MODE: "1" });
  await waitForServer(LOAD_ORIGIN, server);
  const cookies = new Map<string, string>();
  for (const email of USERS) cookies.set(email, await signIn(LOAD_ORIGIN, email, DEMO_PASSWORD));
  const kinds = requestKinds({ origin: LOAD_ORIGIN, cookies, readToken: fixtures.readToken, reportToken: fixtures.reportToken, slots: fixtures.slots, targets: fixtures.targets, recordActionId, summaryYear: 2025 });

  // Warm-up, one of each kind: a kind that fails alone stops the run before the load hides why.
  for (const kind of kinds) {
    const r = kind.next();
    const res = await fetch(`${LOAD_ORIGIN}${r.path}`, { method: r.method, headers: r.headers, body: r.body, redirect: "manual" });
    const body = await res.text();
    if (res.status < 200 || res.status > 299 || (kind.accepted && !kind.accepted(body))) throw new Error(`Yêu cầu khởi động "${kind.name}" trả ${res.status}: ${body.slice(0, 500)}`);
  }

  raw = new pg.Client({ connectionString: url });
  await raw.connect();
  const ids = fixtures.targets.map((t) => t.contractId);
  const before = await sqlTotals(raw, ids);
  const reportsBefore = await loadReportCount(raw);
  const connections = connectionsByKind(kinds, options.connections);
  const totalS = options.durationS + exportPhaseSeconds(options.durationS);
  console.log(`Chạy tải ${options.durationS} giây rồi thêm ${totalS - options.durationS} giây có xuất Excel: ${kinds.map((k, i) => `${k.name} ${connections[i]}`).join(", ")} kết nối…`);
  const started = performance.now();
  const quiet = sampleMemory(server.pid);
  const mixing = runMix(LOAD_ORIGIN, kinds, connections, totalS);
  // The measured run: the mix alone, warm-up included; then the mix and the Cục's Mẫu 2 downloads.
  await new Promise((r) => setTimeout(r, options.durationS * 1000));
  const quietMem = quiet.stop();
  const loud = sampleMemory(server.pid);
  const downloads = interrupted ? { runs: [], last: null } : await downloadExports(LOAD_ORIGIN, cookies.get("cuc@khuyencong.local")!, started + totalS * 1000);
  const results = await mixing;
  const loudMem = loud.stop();
  if (interrupted) return;
  const mem = { peakRssMb: Math.max(quietMem.peakRssMb, loudMem.peakRssMb), hwmMb: loudMem.hwmMb, samples: quietMem.samples + loudMem.samples };
  const exported = exportPhase(quietMem.peakRssMb, loudMem.peakRssMb, downloads.runs, await rowsInFile(downloads.last), exportRows);
  const union = (pick: (v: (typeof results)[number]["vouchers"]) => Set<string>) => new Set(results.flatMap((r) => [...pick(r.vouchers)]));
  const vouchers = { built: union((v) => v.built), answered: union((v) => v.answered), succeeded: union((v) => v.succeeded) };
  const ledger = await checkLedger(client, raw, fixtures.targets, fixtures.actors, before, vouchers);
  // A report is one row per answer 201; a request still in flight at the stop may have been stored.
  const reportKind = results.find((r) => r.name.startsWith("API báo cáo định kỳ"))!;
  const added = (await loadReportCount(raw)) - reportsBefore;
  const periodic = { added, created: reportKind.ok, ok: added >= reportKind.ok && added <= reportKind.ok + reportKind.connections };
  const figures = summarise(results, totalS, build, mem, ledger, periodic, exported);
  printFigures(figures, results.flatMap((r) => r.refusedSamples));
  recordFigures("load", figures);
  writeFigures(figures);
  verdict = figures.passed ? 0 : 1;
}

main()
  .catch((error: unknown) => {
    if (!interrupted) console.error(error instanceof Error ? error.message : error);
    verdict = 1;
  })
  .finally(() => cleanup().then(() => process.exit(verdict)));
