// `npm run bench:client` (issue #12, "Client" and "Framework ratio"), alone: the production build
// on a freshly seeded demo database in its own embedded PostgreSQL (port 54389 + KC_PORT_OFFSET,
// app 3300 + offset), signed in as the Cục demo user. Prints first-load JS per route (≤ 200 KB
// gzipped), Lighthouse for / and /de-an (≥ 90) and the TTFB ratio of the main pages to /ping (≤ 3),
// writes bench/client-results.json, exits 1 if a budget fails. `npm run bench` calls the same
// measureClient / measureTtfb. Flags: --skip-build, --lighthouse-runs <n> (3), --samples <n> (15).
import { mkdirSync, writeFileSync } from "node:fs";
import { DEMO_PASSWORD } from "../prisma/seed/demo/users";
import { measureClient, type ClientResults } from "./bench/client";
import { measureTtfb, TRIVIAL_PAGE, type TtfbRow } from "./bench/ttfb";
import { dropDatabase, startCluster, type RunningCluster } from "./lib/embedded-postgres";
import { buildNeeded, runBuild } from "./lib/load/build";
import { freshDemoDatabase } from "./lib/load/database";
import { startServer, waitForServer, type AppServer } from "./lib/load/server";
import { signIn } from "./lib/load/sign-in";

const offset = Number(process.env.KC_PORT_OFFSET ?? 0);
const CLUSTER = { dataDir: ".data/postgres-bench-client", port: 54389 + offset };
const DATABASE = "kc_bench_client";
const APP_PORT = 3300 + offset;
const ORIGIN = `http://127.0.0.1:${APP_PORT}`;
const RESULTS_FILE = "bench/client-results.json";
const USER = "cuc@khuyencong.local";

function intFlag(name: string, fallback: number): number {
  const argv = process.argv.slice(2);
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return fallback;
  const text = argv[i]!.includes("=") ? argv[i]!.split("=")[1] : argv[i + 1];
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} phải là số nguyên dương (nhận "${text}").`);
  return n;
}

const skipBuild = process.argv.includes("--skip-build");
const lighthouseRuns = intFlag("lighthouse-runs", 3);
const samples = intFlag("samples", 15);

let cluster: RunningCluster | null = null;
let server: AppServer | null = null;
let cleaning: Promise<void> | null = null;
let verdict = 1;

function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    await server?.stop().catch(() => undefined);
    if (cluster) {
      await dropDatabase(cluster.baseUrl, DATABASE).catch(() => undefined);
      await cluster.stop().catch(() => undefined);
    }
  })();
  return cleaning;
}

// embedded-postgres ends the process with exit(0) on beforeExit: keep the verdict.
process.on("exit", () => {
  process.exitCode = verdict;
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    console.error(`\nNhận ${signal}: dừng máy chủ và PostgreSQL…`);
    void cleanup().finally(() => process.exit(130));
  });
}

/** The first đề án of the Cục's list: its detail page is one of the main pages. */
async function firstProjectPath(cookie: string): Promise<string> {
  const res = await fetch(`${ORIGIN}/de-an`, { headers: { cookie }, redirect: "manual" });
  const id = /href="\/de-an\/([0-9a-f-]{36})"/.exec(await res.text())?.[1];
  if (res.status !== 200 || !id) throw new Error(`/de-an trả ${res.status} và không có liên kết đề án nào.`);
  return `/de-an/${id}`;
}

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const lpad = (s: string | number, n: number) => String(s).padStart(n);
const mark = (ok: boolean) => (ok ? "đạt" : "KHÔNG ĐẠT");

function printResults(client: ClientResults, ttfb: TtfbRow[]): void {
  console.log(`\nJavaScript tải lần đầu theo route (gzip, ngân sách ≤ 200 KB), nặng nhất trước; "riêng": ngoài phần mọi route đều tải:`);
  console.log(`${pad("route", 36)}${lpad("KB gzip", 9)}${lpad("KB thô", 9)}${lpad("riêng", 8)}  ${pad("chunk riêng lớn nhất (KB gzip)", 34)}kết quả`);
  for (const r of client.routes) {
    const largest = r.largestOwnChunk ? `${r.largestOwnChunk.file.replace("static/chunks/", "")} (${r.largestOwnChunk.gzipKb})` : "—";
    console.log(`${pad(r.route, 36)}${lpad(r.firstLoadJsKb.toFixed(1), 9)}${lpad(r.rawKb.toFixed(0), 9)}${lpad(r.ownKb.toFixed(1), 8)}  ${pad(largest, 34)}${mark(r.ok)}`);
  }
  const over = client.routes.filter((r) => !r.ok);
  console.log(`${client.routes.length - over.length}/${client.routes.length} route đạt${over.length ? `; vượt: ${over.map((r) => r.route).join(", ")}` : ""}.`);
  console.log(`\nLighthouse hiệu năng (desktop, trung vị ${lighthouseRuns} lần, ngân sách ≥ 90):`);
  console.log(`${pad("trang", 10)}${lpad("điểm", 6)}  ${pad("các lần", 12)}${lpad("FCP ms", 8)}${lpad("LCP ms", 8)}${lpad("TBT ms", 8)}${lpad("CLS", 7)}${lpad("SI ms", 8)}${lpad("JS KB", 8)}  kết quả`);
  for (const l of client.lighthouse) {
    const m = l.metrics;
    console.log(`${pad(l.page, 10)}${lpad(l.score, 6)}  ${pad(l.runs.join(","), 12)}${lpad(m.fcpMs, 8)}${lpad(m.lcpMs, 8)}${lpad(m.tbtMs, 8)}${lpad(m.cls, 7)}${lpad(m.speedIndexMs, 8)}${lpad(m.scriptTransferKb, 8)}  ${mark(l.ok)}`);
  }
  console.log(`\nTỉ số TTFB so với trang tối giản ${TRIVIAL_PAGE} (trung vị ${samples} lần, ngân sách ≤ 3):`);
  console.log(`${pad("trang", 58)}${lpad("TTFB ms", 9)}${lpad("/ping ms", 10)}${lpad("tỉ số", 7)}${lpad("trọn ms", 9)}  kết quả`);
  for (const t of ttfb) console.log(`${pad(t.page, 58)}${lpad(t.ttfbMedianMs, 9)}${lpad(t.trivialMedianMs, 10)}${lpad(t.ratio.toFixed(2), 7)}${lpad(t.totalMedianMs, 9)}  ${mark(t.ok)}`);
}

async function main(): Promise<void> {
  const needed = buildNeeded();
  if (skipBuild && needed === "missing") throw new Error("--skip-build nhưng chưa có bản build (.next/BUILD_ID).");
  const limitMs = (!skipBuild && needed ? 15 * 60 : 0) * 1000 + 15 * 60 * 1000;
  setTimeout(() => {
    console.error(`Quá thời hạn ${Math.round(limitMs / 1000)} giây: dừng.`);
    void cleanup().finally(() => process.exit(2));
  }, limitMs).unref();
  const build = skipBuild ? "dùng bản build có sẵn (--skip-build)" : needed ? `build lại (${needed === "missing" ? "chưa có" : "cũ hơn mã nguồn"})` : "bản build còn mới hơn mã nguồn";
  console.log(`Bản build production: ${build}.`);
  if (!skipBuild && needed) runBuild();

  cluster = await startCluster(CLUSTER);
  const fresh = await freshDemoDatabase(cluster, DATABASE);
  await fresh.client.$disconnect();
  console.log(`Dữ liệu mẫu: ${fresh.seeded.created} dòng (${(fresh.seeded.ms / 1000).toFixed(1)} giây).`);
  server = startServer(APP_PORT, { DATABASE_URL: fresh.url, NEXTAUTH_URL: ORIGIN, NEXTAUTH_SECRET: "bench-client-only-secret-not-for-production", DEMO_MODE: "1" });
  await waitForServer(ORIGIN, server);
  const cookie = await signIn(ORIGIN, USER, DEMO_PASSWORD);

  const pages = ["/", "/de-an", await firstProjectPath(cookie), "/bao-cao", "/bao-cao?by=province", "/hop-dong", "/ke-hoach"];
  console.log(`Đo TTFB: ${pages.join(", ")}…`);
  const ttfb = await measureTtfb({ origin: ORIGIN, cookie, pages, samples });
  console.log(`Đo JavaScript tải lần đầu và Lighthouse (${lighthouseRuns} lần mỗi trang)…`);
  const client = await measureClient({ origin: ORIGIN, cookie, lighthouseRuns });
  printResults(client, ttfb);
  mkdirSync("bench", { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify({ recordedAt: new Date().toISOString(), build, user: USER, ...client, ttfb }, null, 2)}\n`);
  console.log(`\nĐã ghi ${RESULTS_FILE}.`);
  const passed = client.routes.every((r) => r.ok) && client.lighthouse.every((l) => l.ok) && ttfb.every((t) => t.ok);
  console.log(passed ? "Mọi ngân sách đều đạt." : "Có ngân sách không đạt (xem các dòng KHÔNG ĐẠT).");
  verdict = passed ? 0 : 1;
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    verdict = 1;
  })
  .finally(() => cleanup().then(() => process.exit(verdict)));
