// The Mẫu 2 export at 10 000 rows (issue #12): the whole file through the function the route uses,
// as the Cục, consumed to the last byte, timed, with the process's memory sampled every 20 ms (and
// at every chunk, since a busy event loop delays the timer) against the baseline just before.
// The file is then opened with exceljs and its data rows counted: a short file fails the bench.
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";

/** Peak memory budget of one 10 000-row export, over the process's baseline (issue #12). */
export const EXPORT_MEMORY_BUDGET_MB = 100;
export const EXPORT_TIME_BUDGET_MS = 20_000;

export type ExportFigures = { ms: number; rows: number; expectedRows: number; bytes: number; rssMb: number; heapMb: number; baselineRssMb: number; samples: number };

const MB = 1024 * 1024;

export async function measureExport(expectedRows: number, produce: () => Promise<AsyncIterable<Uint8Array> | Iterable<Uint8Array>>): Promise<ExportFigures> {
  await new Promise((r) => setTimeout(r, 200));
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  let samples = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
    samples++;
  };
  const timer = setInterval(sample, 20);
  const chunks: Uint8Array[] = [];
  const started = performance.now();
  try {
    for await (const chunk of await produce()) {
      chunks.push(chunk);
      sample();
    }
  } finally {
    clearInterval(timer);
  }
  const ms = performance.now() - started;
  sample();
  const file = Buffer.concat(chunks);
  return { ms, rows: await dataRows(file), expectedRows, bytes: file.length, rssMb: (peakRss - base.rss) / MB, heapMb: (peakHeap - base.heapUsed) / MB, baselineRssMb: base.rss / MB, samples };
}

/** Rows under the header (row 5) with a Mã đề án, the totals row excluded. */
async function dataRows(file: Buffer): Promise<number> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(file as unknown as ExcelJS.Buffer);
  const sheet = book.worksheets[0];
  if (!sheet) return 0;
  let count = 0;
  sheet.eachRow((row, n) => {
    if (n > 5 && String(row.getCell(2).value ?? "").trim()) count++;
  });
  return count;
}

export function exportOk(f: ExportFigures): boolean {
  return f.rows === f.expectedRows && f.rows >= 10_000 && f.rssMb <= EXPORT_MEMORY_BUDGET_MB && f.ms <= EXPORT_TIME_BUDGET_MS;
}
