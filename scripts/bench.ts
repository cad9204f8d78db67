// `npm run bench`: speed measured, not asserted in tests. Seeds a database of its own, then times
// key paths against budgets and against the raw-SQL floor (the same rows fetched with one
// hand-written query through pg). Prints ratios; exits 1 if a budget is exceeded.
import pg from "pg";
import { loadActor } from "../lib/auth/load-actor";
import { createDb } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrator";
import { seed } from "../prisma/seed";
import { dropDatabase, ensureDatabase, startCluster } from "./lib/embedded-postgres";
import { watchAdvisoryLock } from "./lib/lock-watch";
import { contendedDisbursement } from "./bench-ledger";
import { reportRows, type BenchRow } from "./bench-reports";
import { projectReads, timedMedian } from "./bench/reads";
import { FLOOR_RATIO_BUDGET, GROWTH_BUDGET, nationalReads, runScales } from "./bench/national";
import { contendedOk as withinContendedBudget, importFile as importFileOf, nationalWrites, printNationalWrites, timeImport as timeImportOf } from "./bench/writes";
import { EXPORT_MEMORY_BUDGET_MB, EXPORT_TIME_BUDGET_MS, exportOk, measureExport, type ExportFigures } from "./bench/export";
import { budgets, printBudgets } from "./bench/budgets";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";

const offset = Number(process.env.KC_PORT_OFFSET ?? 0);
const onlyLedger = process.argv.includes("--only=ledger");
/** `--scales=1,40` (default): national-scale databases from the generator; `--scales=` skips them. `--reuse-data` keeps earlier ones. */
const scalesArg = process.argv.find((a) => a.startsWith("--scales="))?.slice("--scales=".length) ?? "1,40";
const scales = onlyLedger ? [] : scalesArg.split(",").filter(Boolean).map(Number);
const reuseData = process.argv.includes("--reuse-data");
type Row = BenchRow;

const median = timedMedian;

const cluster = await startCluster({ dataDir: ".data/postgres-bench", port: 54369 + offset });
const url = cluster.urlFor("kc_bench");
try {
  await dropDatabase(cluster.baseUrl, "kc_bench");
  await ensureDatabase(cluster.baseUrl, "kc_bench");
  await applyMigrations(url);
  const client = createDb(url);
  await seed(client, { demo: true });
  process.env.DATABASE_URL = url;
  process.env.DATABASE_READ_URL = "";
  const { listProjects, getProject } = await import("../lib/projects/queries");
  const { commitImport } = await import("../lib/mau-2/mutations");
  const { codePrefix } = await import("../lib/projects/codes");
  const userId = async (email: string) => (await client.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
  const cuc = (await loadActor(client, await userId("cuc@khuyencong.local")))!;
  const centre = (await loadActor(client, await userId("ttkc.thanhhoa@khuyencong.local")))!;
  const raw = new pg.Client({ connectionString: url });
  await raw.connect();
  // Dropping the database at the end terminates this connection: that is not an error to report.
  raw.on("error", () => undefined);
  const rows: Row[] = [];
  let exported: ExportFigures | null = null;

  // `npm run bench -- --only=ledger` runs the contended disbursement alone.
  if (!onlyLedger) {
    rows.push(...(await projectReads(client, raw, cuc, median, { listProjects, getProject })));

    // Reports (issue #9 item 8): national overview, zone page, drill-down, each against its SQL floor.
    const { buildReport } = await import("../lib/reports/build");
    rows.push(...(await reportRows(client, raw, cuc, median, buildReport)));

    // Mẫu 2 import: every run adds new đề án to the same code prefix, as a province's files would.
    const thanhHoa = await client.province.findFirstOrThrow({ where: { name: "Thanh Hóa", validTo: null }, select: { id: true, code: true } });
    const tax = (await client.facility.findFirstOrThrow({ where: { provinceId: thanhHoa.id }, select: { taxCode: true } })).taxCode;
    const importFile = (rows: number, run: string) => importFileOf(tax, rows, run);
    const timeImport = timeImportOf(commitImport, centre);
    const small = await Promise.all(["a", "b", "c", "d"].map((run) => importFile(500, run)));
    let next = 0;
    rows.push({ name: "Excel Mẫu 2 import, 500 rows (read, check, commit)", p50: await median(3, () => timeImport(small[next++]!)), floor: null, budgetMs: 1_000 });

    const large = await importFile(5000, "lớn");
    const held = await watchAdvisoryLock(raw, codePrefix("KCQG", 2027, thanhHoa.code), 120);
    rows.push({ name: "Excel Mẫu 2 import, 5.000 rows (one run)", p50: await timeImport(large), floor: null, budgetMs: 10_000 });
    const heldMs = await held();
    if (heldMs === null) throw new Error("Không quan sát được khóa đánh số mã đề án trong lần nhập 5.000 dòng.");
    rows.push({ name: "  of which the code-numbering lock was held (pg_locks)", p50: heldMs, floor: null, budgetMs: 1_000 });
    const codes = await client.project.count({ where: { code: { startsWith: codePrefix("KCQG", 2027, thanhHoa.code) } } });
    console.log(`Mã đề án của tiền tố ${codePrefix("KCQG", 2027, thanhHoa.code)}: ${codes}`);

    // Mẫu 2 export of every đề án of 2027 (≥ 10 000 with one more import), as the Cục.
    await timeImport(await importFile(3000, "xuất"));
    const expectedRows = await client.project.count({ where: { planYear: 2027 } });
    const { exportMau2 } = await import("../lib/mau-2/queries");
    exported = await measureExport(expectedRows, async () => (await exportMau2(cuc, { year: 2027, includeDraftsAndRejected: true }, (s) => s)).body as unknown as AsyncIterable<Uint8Array>);
    rows.push({ name: `Xuất Excel Mẫu 2, ${expectedRows.toLocaleString("vi-VN")} dòng (luồng)`, p50: exported.ms, floor: null, budgetMs: EXPORT_TIME_BUDGET_MS });
  }

  const { recordLedgerEntry } = await import("../lib/disbursements/mutations");
  const contended = await contendedDisbursement(client, raw, cuc, recordLedgerEntry);

  await raw.end();
  await client.$disconnect();

  const { runs: scaleRuns, failures: scaleFailures } = await runScales(cluster.baseUrl, scales, reuseData);
  const national = nationalReads(scaleRuns);
  console.log("\nphép đo | p50 (ms) | sàn SQL (ms) | tỷ lệ với sàn | ngân sách (ms) | tỷ lệ với ngân sách | kết quả");
  let over = 0;
  for (const r of rows) {
    const ok = r.p50 <= r.budgetMs;
    if (!ok) over++;
    const ratio = r.floor ? `${(r.p50 / r.floor).toFixed(1)}×` : "–";
    console.log(`${r.name} | ${r.p50.toFixed(1)} | ${r.floor?.toFixed(1) ?? "–"} | ${ratio} | ${r.budgetMs} | ${(r.p50 / r.budgetMs).toFixed(2)} | ${ok ? "đạt" : "VƯỢT"}`);
  }
  if (exported) {
    const e = exported;
    const ok = exportOk(e);
    if (!ok) over++;
    console.log(`\nxuất Excel Mẫu 2 | dòng dữ liệu đọc lại / đề án | thời gian (ms) | tệp (MB) | RSS tăng đỉnh (MB, ngân sách ≤ ${EXPORT_MEMORY_BUDGET_MB}) | heap tăng đỉnh (MB) | RSS nền (MB) | mẫu | kết quả`);
    console.log(`luồng, ${e.expectedRows.toLocaleString("vi-VN")} dòng | ${e.rows} / ${e.expectedRows} | ${e.ms.toFixed(0)} | ${(e.bytes / 1024 / 1024).toFixed(1)} | ${e.rssMb.toFixed(1)} | ${e.heapMb.toFixed(1)} | ${e.baselineRssMb.toFixed(0)} | ${e.samples} | ${ok ? "đạt" : "VƯỢT"}`);
  }
  const c = contended;
  const contendedOk = withinContendedBudget(c);
  if (!contendedOk) over++;
  console.log("\ngiải ngân tranh chấp | người ghi | lượt | ghi được | bị từ chối (trần 70 %) | trung vị một người (ms) | p95 tranh chấp (ms) | p95 / trung vị (ngân sách ≤ 10) | vi phạm bất biến (ngân sách 0) | kết quả");
  console.log(`một hợp đồng | ${c.writers} | ${c.calls} | ${c.accepted} | ${c.refused} | ${c.medianMs.toFixed(1)} | ${c.p95Ms.toFixed(1)} | ${c.ratio.toFixed(1)} | ${c.violations} (${c.detail}) | ${contendedOk ? "đạt" : "VƯỢT"}`);
  console.log(`(đối chiếu: ${c.writers} người ghi trên ${c.writers} hợp đồng khác nhau, không chung khóa: p95 ${c.spreadP95Ms.toFixed(1)} ms = ${(c.spreadP95Ms / c.medianMs).toFixed(1)} × trung vị)`);
  console.log(`(đối chiếu: lần tranh chấp thứ hai trên hợp đồng mới, các kết nối của pool đã ấm: p95 ${c.warm.p95Ms.toFixed(1)} ms = ${(c.warm.p95Ms / c.medianMs).toFixed(1)} × trung vị, vi phạm bất biến ${c.warm.violations})`);
  console.log(`(CPU Node mỗi lượt ghi một mình: ${c.cpuMsPerCall.toFixed(2)} ms = ${((100 * c.cpuMsPerCall) / c.medianMs).toFixed(0)} % trung vị)`);
  over += scaleFailures.length;
  for (const f of scaleFailures) console.log(`\nquy mô ${f.scale}: KHÔNG ĐO ĐƯỢC — ${f.error}`);
  if (national.length) {
    const [small, large] = [scaleRuns[0]!, scaleRuns[scaleRuns.length - 1]!];
    console.log(`\nquy mô quốc gia: ${scaleRuns.map((r) => `quy mô ${r.scale} = ${r.counts.projects.toLocaleString("vi-VN")} đề án, ${r.counts.ledgerEntries.toLocaleString("vi-VN")} bút toán`).join("; ")}`);
    console.log(`phép đo | p50 quy mô ${small.scale} (ms) | p50 quy mô ${large.scale} (ms) | sàn SQL quy mô ${large.scale} (ms) | tỷ lệ với sàn (ngân sách ≤ ${FLOOR_RATIO_BUDGET}) | tăng trưởng ${large.scale}/${small.scale} (ngân sách ≤ ${GROWTH_BUDGET}) | kết quả`);
    for (const r of national) {
      const top = r.byScale[String(large.scale)]!;
      const ok = r.floorRatioOk !== false && r.growthOk !== false;
      if (!ok) over++;
      console.log(`${r.name} | ${r.byScale[String(small.scale)]!.p50.toFixed(1)} | ${top.p50.toFixed(1)} | ${top.floor?.toFixed(1) ?? "–"} | ${top.floorRatio?.toFixed(1) ?? "–"}× | ${r.growth?.toFixed(1) ?? "–"}× | ${ok ? "đạt" : "VƯỢT"}`);
    }
  }
  over += printNationalWrites(scaleRuns);
  const writes = nationalWrites(scaleRuns);
  const summary = budgets(national, scaleRuns.length ? scaleRuns[scaleRuns.length - 1]!.scale : null, c, exported, writes);
  printBudgets(summary);
  mkdirSync("bench", { recursive: true });
  writeFileSync("bench/results.json", JSON.stringify({ recordedAt: new Date().toISOString(), machine: { cpus: os.cpus().length, node: process.version }, demo: rows, export: exported, contended: c, scales: scaleRuns, scaleFailures, national, nationalWrites: writes, budgets: summary }, null, 2));
  console.log("\nĐã ghi bench/results.json");
  // embedded-postgres's exit hook ends the process with process.exit(0) on beforeExit: keep the verdict.
  const verdict = over ? 1 : 0;
  process.exitCode = verdict;
  process.on("exit", () => {
    process.exitCode = verdict;
  });
} finally {
  await dropDatabase(cluster.baseUrl, "kc_bench").catch(() => undefined);
  await cluster.stop();
}
