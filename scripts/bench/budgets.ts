// The budgets of issue #12 §3 in one table at the end of `npm run bench`: this run's reads, writes
// and export, beside the last `npm run bench:client` (first-load JS, Lighthouse, page TTFB) and the
// last `npm run load` (server RSS), each with the date it was measured. A budget with no figure yet
// says which command measures it; it is never shown as met.
import { existsSync, readFileSync } from "node:fs";
import type { NationalRead } from "./national";
import type { NationalWrite } from "./writes";

export type Budget = { budget: string; measured: string; ok: boolean | null; source: string };

type ClientResults = { recordedAt: string; routes: { route: string; firstLoadJsKb: number; budgetKb: number }[]; lighthouse: { page: string; score: number; budget: number }[]; ttfb: { page: string; ratio: number; budget: number }[] };
type LoadResults = { recordedAt: string; memory: { peakRssMb: number }; exportPhase: { addedMb: number; ok: boolean }; failures: number };
type Contended = { ratio: number; violations: number };
type Export = { rssMb: number; rows: number; expectedRows: number };

const readJson = <T>(file: string): T | null => (existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : null);
const day = (iso: string) => iso.slice(0, 10);
const vi = (n: number, digits = 1) => n.toLocaleString("vi-VN", { maximumFractionDigits: digits });

/** The worst of a set of ratios against one budget: "n/m đạt, tệ nhất x (tên)". */
function worst<T>(items: readonly T[], value: (t: T) => number | null, name: (t: T) => string, within: (v: number) => boolean, higherIsWorse = true): { measured: string; ok: boolean | null } {
  const measured = items.filter((t) => value(t) !== null);
  if (!measured.length) return { measured: "chưa đo", ok: null };
  const sorted = [...measured].sort((a, b) => (higherIsWorse ? value(b)! - value(a)! : value(a)! - value(b)!));
  const passing = measured.filter((t) => within(value(t)!)).length;
  return { measured: `${passing}/${measured.length} đạt; tệ nhất ${vi(value(sorted[0]!)!)} (${name(sorted[0]!)})`, ok: passing === measured.length };
}

export function budgets(national: readonly NationalRead[], largestScale: number | null, contended: Contended, exported: Export | null, writes: readonly NationalWrite[] = [], files = { client: "bench/client-results.json", load: ".data/load/last.json" }): Budget[] {
  const client = readJson<ClientResults>(files.client);
  const load = readJson<LoadResults>(files.load);
  const here = "lần chạy này";
  const out: Budget[] = [];
  const at = largestScale === null ? "" : ` ở quy mô ${largestScale}`;
  out.push({ budget: `tỷ lệ với sàn SQL ≤ 2${at} (mỗi báo cáo và danh sách)`, ...worst(national, (r) => r.byScale[String(largestScale)]?.floorRatio ?? null, (r) => r.name, (v) => v <= 2), source: here });
  out.push({ budget: "tăng trưởng quy mô 40 / quy mô 1 ≤ 3 (mỗi phép đọc)", ...worst(national, (r) => r.growth, (r) => r.name, (v) => v <= 3), source: here });
  // The rebuild reads the whole ledger: judged per ledger entry (decision 060).
  out.push({ budget: "tăng trưởng quy mô 40 / quy mô 1 ≤ 3 (mỗi phép ghi; dựng lại tổng hợp: mỗi bút toán)", ...worst(writes, (w) => w.perEntryGrowth ?? w.growth, (w) => w.name, (v) => v <= 3), source: here });
  out.push({ budget: "giải ngân tranh chấp (dữ liệu mẫu): p95 ≤ 10 × trung vị một người, 0 vi phạm", measured: `${vi(contended.ratio)} ×, ${contended.violations} vi phạm`, ok: contended.ratio <= 10 && contended.violations === 0, source: here });
  out.push(
    exported
      ? { budget: "xuất Excel 10.000 dòng: RSS tăng ≤ 100 MB (trong tiến trình đo)", measured: `${vi(exported.rssMb)} MB, ${exported.rows}/${exported.expectedRows} dòng đọc lại`, ok: exported.rssMb <= 100 && exported.rows === exported.expectedRows, source: here }
      : { budget: "xuất Excel 10.000 dòng: RSS tăng ≤ 100 MB", measured: "chưa đo (npm run bench)", ok: null, source: here },
  );
  if (client) {
    const src = `npm run bench:client, ${day(client.recordedAt)}`;
    out.push({ budget: "TTFB trang / trang tối giản ≤ 3 (mỗi trang chính)", ...worst(client.ttfb, (t) => t.ratio, (t) => t.page, (v) => v <= 3), source: src });
    out.push({ budget: "JavaScript tải lần đầu ≤ 200 KB gzip (mỗi route)", ...worst(client.routes, (r) => r.firstLoadJsKb, (r) => r.route, (v) => v <= 200), source: src });
    out.push({ budget: "Lighthouse hiệu năng ≥ 90 (bảng điều khiển, danh sách đề án)", ...worst(client.lighthouse, (l) => l.score, (l) => l.page, (v) => v >= 90, false), source: src });
  } else out.push({ budget: "TTFB ≤ 3, JavaScript ≤ 200 KB, Lighthouse ≥ 90", measured: "chưa đo (chạy npm run bench:client)", ok: null, source: "–" });
  if (load) {
    const src = `npm run load, ${day(load.recordedAt)}`;
    out.push({ budget: "RSS đỉnh máy chủ ≤ 1 GB dưới tải 50 người dùng", measured: `${vi(load.memory.peakRssMb, 0)} MB, ${load.failures} lỗi`, ok: load.memory.peakRssMb <= 1024 && load.failures === 0, source: src });
    out.push({ budget: "xuất Excel 10.000 dòng dưới tải: RSS tăng ≤ 100 MB", measured: `${vi(load.exportPhase.addedMb, 0)} MB`, ok: load.exportPhase.ok, source: src });
  } else out.push({ budget: "RSS ≤ 1 GB dưới tải, xuất Excel tăng ≤ 100 MB", measured: "chưa đo (chạy npm run load)", ok: null, source: "–" });
  return out;
}

export function printBudgets(lines: readonly Budget[]): void {
  console.log("\nngân sách (issue #12 §3) | đo được | kết quả | nguồn");
  for (const b of lines) console.log(`${b.budget} | ${b.measured} | ${b.ok === null ? "chưa đo" : b.ok ? "đạt" : "VƯỢT"} | ${b.source}`);
}
