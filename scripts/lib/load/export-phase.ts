// The export phase of `npm run load` (issue #12, docs/decisions/059): 10 000 đề án of one plan year
// bulk-inserted before the server starts (a load-test fixture, not an app write, so straight
// through the Prisma client). After the measured run (no export, warm-up included), the mix goes on
// while the Cục downloads the Mẫu 2 of that year over HTTP, one download after another, each body
// read to the end. The export phase's peak RSS over the whole warm run's peak is the figure
// (docs/decisions/066: a half-run baseline counted the server's warm-up as the export's).
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import type { Db } from "../../../lib/db/client";

export const EXPORT_YEAR = 2027;
export const EXPORT_ROWS = 10_000;
/** Issue #12: a 10 000-row export adds at most this much to the server's peak, which stays under 1 GB. */
export const EXPORT_ADDED_BUDGET_MB = 100;
export const SERVER_RSS_BUDGET_MB = 1024;
const CHUNK = 2_000;

/** The export phase after the measured run: half as long, and long enough for a download under load. */
export const exportPhaseSeconds = (durationS: number): number => Math.max(30, Math.round(durationS / 2));

export type ExportRun = { ms: number; bytes: number; status: number };
export type ExportPhase = { quietPeakRssMb: number; exportPeakRssMb: number; addedMb: number; runs: ExportRun[]; rowsInFile: number; expectedRows: number; ok: boolean };

/** Inserts `EXPORT_ROWS` đề án of `EXPORT_YEAR` in Thanh Hóa, each with a content; returns the year's total. */
export async function seedExportRows(client: Db): Promise<number> {
  const province = await client.province.findFirstOrThrow({ where: { name: "Thanh Hóa", validTo: null }, select: { id: true } });
  const { organisationId: implementerId } = await client.user.findUniqueOrThrow({ where: { email: "ttkc.thanhhoa@khuyencong.local" }, select: { organisationId: true } });
  const kcqg = await client.fundingSource.findFirstOrThrow({ where: { code: "KCQG" }, select: { id: true } });
  const category = await client.contentCategory.findFirstOrThrow({ select: { id: true } });
  for (let from = 0; from < EXPORT_ROWS; from += CHUNK) {
    const rows = Array.from({ length: Math.min(CHUNK, EXPORT_ROWS - from) }, (_, k) => {
      const n = from + k + 1;
      const title = `Đề án tải thử xuất Excel số ${n}: hỗ trợ ứng dụng máy móc thiết bị tiên tiến vào sản xuất`;
      return {
        id: randomUUID(),
        code: `TAI-${EXPORT_YEAR}-${String(n).padStart(5, "0")}`,
        title,
        searchText: title.toLowerCase(),
        planYear: EXPORT_YEAR,
        endYear: EXPORT_YEAR,
        fundingSourceId: kcqg.id,
        kind: "STANDARD" as const,
        status: "SUBMITTED_TO_SCT" as const,
        implementerId,
        provinceId: province.id,
        locationText: `Xã số ${n % 500}, tỉnh Thanh Hóa`,
        objectives: "Nâng cao năng suất, chất lượng sản phẩm, giảm chi phí sản xuất và bảo vệ môi trường cho cơ sở công nghiệp nông thôn.",
        totalCost: BigInt(100 + (n % 900)) * 1_000_000n,
        supportAmount: 40_000_000n,
        counterpartAmount: BigInt(60 + (n % 900)) * 1_000_000n,
      };
    });
    await client.project.createMany({ data: rows });
    await client.projectContent.createMany({ data: rows.map((r) => ({ projectId: r.id, contentCategoryId: category.id })) });
  }
  return client.project.count({ where: { planYear: EXPORT_YEAR } });
}

/** Downloads the year's Mẫu 2 as `cookie`, one after another, until `deadline` (a performance.now() time); keeps the last file. */
export async function downloadExports(origin: string, cookie: string, deadline: number): Promise<{ runs: ExportRun[]; last: Buffer | null }> {
  const runs: ExportRun[] = [];
  let last: Buffer | null = null;
  do {
    const started = performance.now();
    const res = await fetch(`${origin}/de-an/excel/xuat?year=${EXPORT_YEAR}&include=all`, { headers: { cookie }, redirect: "manual" });
    const body = Buffer.from(await res.arrayBuffer());
    runs.push({ ms: performance.now() - started, bytes: body.length, status: res.status });
    if (res.status === 200) last = body;
  } while (performance.now() < deadline);
  return { runs, last };
}

/** Data rows of a downloaded Mẫu 2: rows under the header (row 5) with a Mã đề án. */
export async function rowsInFile(file: Buffer | null): Promise<number> {
  if (!file) return 0;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(file as unknown as ExcelJS.Buffer);
  let count = 0;
  book.worksheets[0]?.eachRow((row, n) => {
    if (n > 5 && String(row.getCell(2).value ?? "").trim()) count++;
  });
  return count;
}

export function exportPhase(quietPeakRssMb: number, exportPeakRssMb: number, runs: ExportRun[], rows: number, expectedRows: number): ExportPhase {
  const addedMb = exportPeakRssMb - quietPeakRssMb;
  const ok = runs.length > 0 && runs.every((r) => r.status === 200) && rows === expectedRows && addedMb <= EXPORT_ADDED_BUDGET_MB && exportPeakRssMb <= SERVER_RSS_BUDGET_MB;
  return { quietPeakRssMb, exportPeakRssMb, addedMb, runs, rowsInFile: rows, expectedRows, ok };
}
