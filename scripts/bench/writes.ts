// The write paths of `npm run bench` (issue #12 §2): a đề án with 10 beneficiary facilities saved
// and submitted, the contended disbursement, 500- and 5 000-row Mẫu 2 imports and the rebuild of the
// report aggregate, each through the lib function the app uses. Run per scale by
// scripts/bench-scale.ts --writes on a throwaway copy of the scale's database (writeCopy), so the
// reads of a later --reuse-data run see the generated data unchanged (docs/decisions/060).
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import pg from "pg";
import type { Actor } from "../../lib/auth/actor";
import type { Db } from "../../lib/db/client";
import { checkEligibility, eligibilityDate } from "../../lib/facilities/eligibility";
import { goodRow, mau2File } from "../../tests/fixtures/xlsx/mau-2-file";
import type { ContendedResult } from "../bench-ledger";
import type { Median } from "./reads";

/** A row of the national write table: `ms` per scale (the median unless said otherwise). */
export type WriteRow = { name: string; ms: number };
export type WriteFigures = { rows: WriteRow[]; contended: ContendedResult; rebuild: { equal: boolean; ledgerEntries: number } };
export type NationalWrite = { name: string; byScale: Record<string, number>; growth: number | null; perEntryGrowth: number | null; ok: boolean | null };

export const WRITE_GROWTH_BUDGET = 3;
export const CONTENDED_RATIO_BUDGET = 10;
export const REBUILD_ROW = "Dựng lại bảng tổng hợp LedgerMonthTotal từ sổ cái";
const PLAN_YEAR = 2027;

/** A Mẫu 2 file of `rows` new KCQG đề án for one beneficiary (shared with the demo run of scripts/bench.ts). */
export const importFile = (taxCode: string, rows: number, run: string) =>
  mau2File(Array.from({ length: rows }, (_, i) => goodRow(taxCode, { title: `Đề án đo tốc độ ${run} số ${i + 1}`, totalCost: 100 + (i % 900), supportAmount: 40 })));

type Commit = (actor: Actor, bytes: Uint8Array, mode: "ALL_OR_NOTHING") => Promise<{ committed: boolean; created: number }>;
/** The time of one committed import (read, check, commit); a refused file is an error, never a figure. */
export const timeImport = (commit: Commit, actor: Actor) => async (bytes: Uint8Array) => {
  const started = performance.now();
  const result = await commit(actor, bytes, "ALL_OR_NOTHING");
  if (!result.committed || result.created === 0) throw new Error(`Nhập tệp thất bại: ${JSON.stringify(result).slice(0, 300)}`);
  return performance.now() - started;
};

/** The database the writes of one scale run on: a copy of it, made from it as a template (no other connection may be open on it). */
export async function writeCopy(baseUrl: string, database: string): Promise<{ name: string; ms: number; drop: () => Promise<void> }> {
  const name = `${database}_w`;
  const admin = new pg.Client({ connectionString: `${baseUrl}/postgres` });
  await admin.connect();
  const started = performance.now();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    // FILE_COPY copies the files (one checkpoint) instead of logging every block: seconds for scale 40.
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${database}" STRATEGY FILE_COPY`);
        break;
      } catch (error) {
        // 55006: an autovacuum worker is still on the template; it leaves within seconds.
        if ((error as { code?: string }).code !== "55006" || attempt === 30) throw error;
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  } finally {
    await admin.end();
  }
  const ms = performance.now() - started;
  const drop = async () => {
    const c = new pg.Client({ connectionString: `${baseUrl}/postgres` });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => c.end());
  };
  return { name, ms, drop };
}

type Province = { id: string; code: string };
/** Ten facilities of the province that pass the eligibility check of the plan year and leave room under the MMTB cap (300 triệu, cumulative). */
async function beneficiaries(raw: pg.Client, province: Province): Promise<{ id: string; taxCode: string }[]> {
  const { rows } = await raw.query<{ id: string; taxCode: string; kind: never; size: never; inCraftVillage: boolean; communeKind: never; central: boolean; since: Date | null }>(
    `SELECT f.id, f."taxCode", f.kind, f.size, f."inCraftVillage", c.kind AS "communeKind", p."isCentralCity" AS central, p."centralCitySince" AS since
       FROM "Facility" f JOIN "Province" p ON p.id = f."provinceId" LEFT JOIN "Commune" c ON c.id = f."communeId"
      WHERE f."provinceId" = $1
        AND COALESCE((SELECT sum(l."supportAmount") FROM "ProjectBudgetLine" l JOIN "SupportNorm" n ON n.id = l."supportNormId" WHERE l."facilityId" = f.id AND n.code = 'MMTB'), 0) < 200000000
      ORDER BY f.id LIMIT 500`,
    [province.id],
  );
  const date = eligibilityDate(PLAN_YEAR);
  const ok = rows.filter((f) => checkEligibility({ kind: f.kind, size: f.size, inCraftVillage: f.inCraftVillage, communeKind: f.communeKind, provinceIsCentralCity: f.central && (!f.since || f.since <= date) }, date, { cleanerProduction: false }).eligible);
  if (ok.length < 10) throw new Error(`Tỉnh ${province.code} chỉ có ${ok.length} cơ sở đủ điều kiện cho đề án 10 cơ sở.`);
  return ok.slice(0, 10);
}

type Lib = {
  saveDraft: (actor: Actor, raw: unknown) => Promise<{ id: string; version: number }>;
  submitProject: (actor: Actor, raw: unknown) => Promise<{ status: string; version: number }>;
  contended: () => Promise<ContendedResult>;
  commitImport: Commit;
  rebuild: () => Promise<{ equal: boolean; fromRecords: number }>;
};

/** The write paths of one database, as the provincial centre of `province` (drafts, imports) and the Cục (ledger). */
export async function measureWrites(client: Db, raw: pg.Client, centre: Actor, province: Province, median: Median, lib: Lib): Promise<WriteFigures> {
  const rows: WriteRow[] = [];
  const facilities = await beneficiaries(raw, province);
  const year = await client.planYear.findUniqueOrThrow({ where: { year: PLAN_YEAR }, select: { contentCatalogVersionId: true } });
  const category = await client.contentCategory.findFirstOrThrow({ where: { versionId: year.contentCatalogVersionId, code: "03.2" }, select: { id: true } });
  const norm = await client.supportNorm.findFirstOrThrow({ where: { code: "MMTB", provinceId: null, fundingSource: { code: "KCQG" } }, select: { id: true } });
  let n = 0;
  const draft = () => ({
    title: `Đề án đo tốc độ ghi, 10 cơ sở, số ${++n}`, planYear: PLAN_YEAR, endYear: PLAN_YEAR, fundingSource: "KCQG", kind: "STANDARD", provinceId: province.id,
    locationText: "Các xã của tỉnh", needAndBasis: "Cơ giới hóa khâu sấy.", objectives: "Nâng năng suất.", scale: "10 máy sấy, 10 cơ sở", arrangements: "Trung tâm chủ trì, cơ sở đối ứng", expectedEffects: "Năng suất tăng gấp đôi",
    workItems: [{ description: "Lắp đặt máy", startDate: `${PLAN_YEAR}-03-01`, endDate: `${PLAN_YEAR}-05-31` }],
    contentCategoryIds: [category.id],
    beneficiaries: facilities.map((f) => ({ facilityId: f.id })),
    budgetLines: facilities.map((f, i) => ({ item: `Máy sấy, cơ sở ${i + 1}`, supportNormId: norm.id, facilityId: f.id, unit: "máy", quantity: 1, totalCost: "40", supportAmount: "10" })),
  });
  // Timed: the editor's save and the submission; the dossier file between them is the upload's own step.
  rows.push({
    name: "Nộp đề án 10 cơ sở (lưu nháp + nộp, trung vị)",
    ms: await median(5, async () => {
      const started = performance.now();
      const saved = await lib.saveDraft(centre, draft());
      const between = performance.now();
      await client.attachment.create({ data: { projectId: saved.id, kind: "REQUEST_LETTER", fileName: "cong-van.pdf", mimeType: "application/pdf", sizeBytes: 10, sha256: "x", storageKey: `bench/${randomUUID()}` } });
      const resumed = performance.now();
      await lib.submitProject(centre, { projectId: saved.id, version: saved.version });
      return performance.now() - resumed + (between - started);
    }),
  });

  const contended = await lib.contended();
  rows.push({ name: "Ghi giải ngân, một người ghi (trung vị)", ms: contended.medianMs });
  rows.push({ name: "Ghi giải ngân, 20 người ghi trên một hợp đồng (p95)", ms: contended.p95Ms });

  const time = timeImport(lib.commitImport, centre);
  const tax = facilities[0]!.taxCode;
  const small = await Promise.all(["a", "b", "c", "d"].map((run) => importFile(tax, 500, run)));
  let next = 0;
  rows.push({ name: "Nhập Excel Mẫu 2, 500 dòng (đọc, kiểm tra, ghi; trung vị)", ms: await median(3, () => time(small[next++]!)) });
  rows.push({ name: "Nhập Excel Mẫu 2, 5.000 dòng (một lần)", ms: await time(await importFile(tax, 5000, "lớn")) });

  // One run, as the job runs: at scale 40 it reads every ledger entry for most of a minute.
  const started = performance.now();
  const rebuilt = await lib.rebuild();
  rows.push({ name: REBUILD_ROW, ms: performance.now() - started });
  const ledgerEntries = await client.ledgerEntry.count();
  return { rows, contended, rebuild: { equal: rebuilt.equal, ledgerEntries } };
}

/**
 * Each write across the scales with its growth (largest over smallest; budget ≤ 3). The rebuild reads
 * every ledger entry, so it is judged on its growth per entry (its growth over the ledger's).
 */
export function nationalWrites(runs: readonly { scale: number; writes: WriteFigures | null }[]): NationalWrite[] {
  const measured = runs.filter((r) => r.writes);
  if (!measured.length) return [];
  const [small, large] = [measured[0]!, measured[measured.length - 1]!];
  return small.writes!.rows.map((row) => {
    const byScale = Object.fromEntries(measured.map((r) => [String(r.scale), r.writes!.rows.find((x) => x.name === row.name)?.ms ?? NaN]));
    const growth = measured.length > 1 ? byScale[String(large.scale)]! / byScale[String(small.scale)]! : null;
    const entries = large.writes!.rebuild.ledgerEntries / small.writes!.rebuild.ledgerEntries;
    const perEntryGrowth = growth !== null && row.name === REBUILD_ROW ? growth / entries : null;
    const judged = perEntryGrowth ?? growth;
    return { name: row.name, byScale, growth, perEntryGrowth, ok: judged === null ? null : judged <= WRITE_GROWTH_BUDGET };
  });
}

/** The contended budget at one scale: p95 ≤ 10 × the uncontended median and no invariant violated. */
export const contendedOk = (c: ContendedResult) => c.ratio <= CONTENDED_RATIO_BUDGET && c.violations === 0;

/** Prints the national write table; returns how many budgets it exceeds. */
export function printNationalWrites(runs: readonly { scale: number; writes: WriteFigures | null }[]): number {
  const measured = runs.filter((r) => r.writes);
  const table = nationalWrites(runs);
  if (!table.length) return 0;
  const [small, large] = [measured[0]!, measured[measured.length - 1]!];
  let over = 0;
  console.log(`\nphép ghi quy mô quốc gia (trên bản sao dùng một lần) | quy mô ${small.scale} (ms) | quy mô ${large.scale} (ms) | tăng trưởng ${large.scale}/${small.scale} (ngân sách ≤ ${WRITE_GROWTH_BUDGET}) | kết quả`);
  for (const r of table) {
    if (r.ok === false) over++;
    const growth = r.growth === null ? "–" : `${r.growth.toFixed(1)}×${r.perEntryGrowth === null ? "" : ` (theo bút toán ${r.perEntryGrowth.toFixed(1)}×)`}`;
    console.log(`${r.name} | ${r.byScale[String(small.scale)]!.toFixed(1)} | ${r.byScale[String(large.scale)]!.toFixed(1)} | ${growth} | ${r.ok === null ? "–" : r.ok ? "đạt" : "VƯỢT"}`);
  }
  console.log(`giải ngân tranh chấp theo quy mô | p95 / trung vị (ngân sách ≤ ${CONTENDED_RATIO_BUDGET}) | vi phạm bất biến (ngân sách 0) | ghi được / bị từ chối | đối chiếu: p95 lần hai, pool ấm (ms) | kết quả`);
  for (const r of measured) {
    const c = r.writes!.contended;
    const ok = contendedOk(c) && r.writes!.rebuild.equal;
    if (!ok) over++;
    console.log(`quy mô ${r.scale} | ${c.ratio.toFixed(1)} | ${c.violations} (${c.detail}) | ${c.accepted} / ${c.refused} | ${c.warm.p95Ms.toFixed(1)} | ${ok ? "đạt" : "VƯỢT"}${r.writes!.rebuild.equal ? "" : " (bảng tổng hợp KHÔNG khớp sổ cái)"}`);
  }
  return over;
}
