// The figures of a run: rate and latency percentiles per kind and overall, the error counts, the
// server's memory and the ledger check; printed as a table and written as JSON.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { LedgerCheck } from "./ledger-check";
import { EXPORT_ADDED_BUDGET_MB, SERVER_RSS_BUDGET_MB, type ExportPhase } from "./export-phase";
import type { KindResult } from "./runner";
import type { MemorySample } from "./server";

export type Latency = { p50: number; p90: number; p97_5: number; p99: number; max: number };
export type KindFigures = { name: string; connections: number; requests: number; perSecond: number; latencyMs: Latency; non2xx: number; errors: number; timeouts: number; refused: number };

/** Nearest-rank percentile of sorted values. */
function rank(sorted: readonly number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function latencyOf(values: readonly number[]): Latency {
  const s = [...values].sort((a, b) => a - b);
  return { p50: rank(s, 50), p90: rank(s, 90), p97_5: rank(s, 97.5), p99: rank(s, 99), max: s.at(-1) ?? 0 };
}

function figures(name: string, connections: number, durationS: number, results: readonly KindResult[]): KindFigures {
  const latencies = results.flatMap((r) => r.latenciesMs);
  const sum = (f: (r: KindResult) => number) => results.reduce((s, r) => s + f(r), 0);
  return { name, connections, requests: latencies.length, perSecond: latencies.length / durationS, latencyMs: latencyOf(latencies), non2xx: sum((r) => r.non2xx), errors: sum((r) => r.errors), timeouts: sum((r) => r.timeouts), refused: sum((r) => r.refused) };
}

export type PeriodicCheck = { added: number; created: number; ok: boolean };

export type LoadFigures = {
  durationS: number;
  connections: number;
  build: string;
  kinds: KindFigures[];
  overall: KindFigures;
  failures: number;
  memory: MemorySample;
  ledger: LedgerCheck;
  /** Periodic reports stored by the run against its 201 answers. */
  periodic: PeriodicCheck;
  /** Peak RSS without and with the 10 000-row Mẫu 2 downloads (export-phase.ts). */
  exportPhase: ExportPhase;
  passed: boolean;
};

export function summarise(results: readonly KindResult[], durationS: number, build: string, memory: MemorySample, ledger: LedgerCheck, periodic: PeriodicCheck, exportPhase: ExportPhase): LoadFigures {
  const kinds = results.map((r) => figures(r.name, r.connections, durationS, [r]));
  const overall = figures("tổng", results.reduce((s, r) => s + r.connections, 0), durationS, results);
  const failures = overall.non2xx + overall.errors + overall.timeouts + overall.refused;
  return { durationS, connections: overall.connections, build, kinds, overall, failures, memory, ledger, periodic, exportPhase, passed: failures === 0 && ledger.ok && periodic.ok && exportPhase.ok };
}

const ms = (n: number) => n.toFixed(0).padStart(6);

export function printFigures(f: LoadFigures, refusedSamples: readonly string[]): void {
  console.log(`\nKiểm thử tải: ${f.connections} kết nối trong ${f.durationS} giây, gồm pha xuất Excel ở cuối (${f.build})`);
  console.log("loại yêu cầu                          | kết nối | yêu cầu | /giây  |  p50 |  p90 | p97,5 |  p99 |  max (ms) | non-2xx | lỗi | quá hạn | bị từ chối");
  for (const k of [...f.kinds, f.overall]) {
    const l = k.latencyMs;
    console.log(`${k.name.padEnd(37)} | ${String(k.connections).padStart(7)} | ${String(k.requests).padStart(7)} | ${k.perSecond.toFixed(1).padStart(6)} |${ms(l.p50)}|${ms(l.p90)}|${ms(l.p97_5)} |${ms(l.p99)}|${ms(l.max)}     | ${String(k.non2xx).padStart(7)} | ${String(k.errors).padStart(3)} | ${String(k.timeouts).padStart(7)} | ${k.refused}`);
  }
  for (const s of refusedSamples) console.log(`  trả lời bị coi là lỗi: ${s}`);
  console.log(`Bộ nhớ máy chủ (cây tiến trình next start): RSS đỉnh ${f.memory.peakRssMb.toFixed(0)} MB qua ${f.memory.samples} lần đo, VmHWM ${f.memory.hwmMb.toFixed(0)} MB`);
  const e = f.exportPhase;
  const times = e.runs.map((r) => (r.ms / 1000).toFixed(1)).join(", ");
  console.log(
    `Xuất Excel Mẫu 2 ${e.expectedRows.toLocaleString("vi-VN")} dòng trong pha xuất sau lượt đo: ${e.runs.length} lượt (${times} giây; mã HTTP ${[...new Set(e.runs.map((r) => r.status))].join(", ")}), tệp cuối ${e.rowsInFile.toLocaleString("vi-VN")} dòng dữ liệu; ` +
      `RSS đỉnh lượt đo (không xuất, gồm khởi động) ${e.quietPeakRssMb.toFixed(0)} MB, pha xuất ${e.exportPeakRssMb.toFixed(0)} MB, tăng ${e.addedMb.toFixed(0)} MB (ngân sách ≤ ${EXPORT_ADDED_BUDGET_MB} MB, tổng ≤ ${SERVER_RSS_BUDGET_MB} MB): ${e.ok ? "đạt" : "VƯỢT"}`,
  );
  const L = f.ledger;
  console.log(
    `Sổ cái: ${L.rowsAdded} dòng mới = ${L.successfulWrites} lượt ghi trả lời thành công + ${L.completedAfterStop} lượt đang chạy khi hết giờ (${L.inFlightAtStop} yêu cầu chưa được đọc trả lời); ` +
      `thiếu ${L.missing}, ghi dù trả lỗi ${L.writtenDespiteFailure}, lạ ${L.stray}; LedgerMonthTotal lệch ${L.aggregate.onlyInTable}/${L.aggregate.onlyInRecords} dòng`,
  );
  for (const c of L.contracts) console.log(`  ${c.number}: ${c.rows} bút toán, tạm ứng ${c.advancedBefore} → ${c.advancedAfter} đồng (trang sổ cái ${c.appAdvanced}), giải ngân trang ${c.appDisbursed} = SQL ${c.sqlDisbursed}: ${c.ok ? "khớp" : "KHÔNG KHỚP"}`);
  console.log(`Báo cáo định kỳ: ${f.periodic.added} dòng mới / ${f.periodic.created} trả lời 201: ${f.periodic.ok ? "khớp" : "KHÔNG KHỚP"}`);
  console.log(f.passed ? "Kết quả: đạt (0 lỗi, sổ cái khớp, xuất Excel trong ngân sách bộ nhớ)." : `Kết quả: KHÔNG ĐẠT (${f.failures} lỗi${L.ok ? "" : ", sổ cái không khớp"}${f.periodic.ok ? "" : ", báo cáo định kỳ không khớp"}${e.ok ? "" : ", xuất Excel vượt ngân sách"}).`);
}

export function writeFigures(f: LoadFigures, file = ".data/load/last.json"): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ recordedAt: new Date().toISOString(), ...f }, (_k, v) => (typeof v === "bigint" ? v.toString() : v), 2));
}
