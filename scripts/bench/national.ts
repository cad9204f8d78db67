// The national-scale part of `npm run bench` (issue #12): for each scale, a database from the
// generator (scripts/generate, decision 055) on the bench cluster, then the reads timed in a child
// process against it (scripts/bench-scale.ts). Growth is each read's time at the largest scale
// over its time at the smallest. The write paths are then timed in a second child on a throwaway
// copy of the database (scripts/bench/writes.ts, docs/decisions/060), so a reused database stays
// as generated.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "../../lib/db/migrator";
import { generate } from "../generate/index";
import type { ReadRow } from "./reads";
import { writeCopy, type WriteFigures } from "./writes";

export type ScaleRun = { scale: number; database: string; generatedMs: number | null; counts: { projects: number; ledgerEntries: number }; rows: ReadRow[]; writes: WriteFigures | null; copyMs: number | null };
/** A scale whose measure stopped (e.g. a floor that does not give the report's figures): reported, never hidden. */
export type ScaleFailure = { scale: number; database: string; error: string };
export type NationalRead = { name: string; byScale: Record<string, { p50: number; floor: number | null; floorRatio: number | null }>; growth: number | null; floorRatioOk: boolean | null; growthOk: boolean | null };

/** Budgets of issue #12 §3 for reads: at the largest scale ≤ 2 × the floor, and ≤ 3 × the time at scale 1. */
export const FLOOR_RATIO_BUDGET = 2;
export const GROWTH_BUDGET = 3;

async function hasData(baseUrl: string, database: string): Promise<boolean> {
  const admin = new pg.Client({ connectionString: `${baseUrl}/postgres` });
  await admin.connect();
  try {
    const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [database])).rowCount === 1;
    if (!exists) return false;
  } finally {
    await admin.end();
  }
  const c = new pg.Client({ connectionString: `${baseUrl}/${database}` });
  await c.connect();
  try {
    return Number((await c.query(`SELECT count(*) AS n FROM "LedgerEntry"`).catch(() => ({ rows: [{ n: 0 }] }))).rows[0].n) > 0;
  } finally {
    await c.end();
  }
}

/** `reuse`: keep a scale's database from an earlier run when it holds data (the generator is reproducible from its seed). */
export async function runScales(baseUrl: string, scales: readonly number[], reuse: boolean): Promise<{ runs: ScaleRun[]; failures: ScaleFailure[] }> {
  const runs: ScaleRun[] = [];
  const failures: ScaleFailure[] = [];
  mkdirSync(".data/bench", { recursive: true });
  for (const scale of scales) {
    const database = `kc_scale_${String(scale).replace(/\./g, "_")}`;
    const url = `${baseUrl}/${database}`;
    let generatedMs: number | null = null;
    if (reuse && (await hasData(baseUrl, database))) {
      // A branch with new migrations measures its own schema on the reused data.
      const { applied } = await applyMigrations(url);
      console.log(`Quy mô ${scale}: dùng lại ${database}${applied.length ? `, áp thêm ${applied.length} migration (${applied.join(", ")})` : ""}`);
    } else {
      console.log(`Quy mô ${scale}: sinh dữ liệu vào ${database}…`);
      generatedMs = (await generate({ url, scale, seed: 1 })).ms;
      console.log(`  xong trong ${(generatedMs / 1000).toFixed(1)} s`);
    }
    const child = (args: string[], db: string) => {
      const out = path.resolve(`.data/bench/scale-${scale}${args.length ? "-writes" : ""}.json`);
      const run = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/bench-scale.ts", ...args, "--out", out], { stdio: ["ignore", "inherit", "pipe"], env: { ...process.env, DATABASE_URL: `${baseUrl}/${db}`, DATABASE_READ_URL: "" }, encoding: "utf8" });
      if (run.status === 0) return JSON.parse(readFileSync(out, "utf8"));
      const error = /Error: (.*)/.exec(run.stderr ?? "")?.[1] ?? `mã thoát ${run.status}`;
      console.error(`✖ Đo ở quy mô ${scale} (${db}) dừng: ${error}`);
      failures.push({ scale, database: db, error });
      return null;
    };
    const result = child([], database) as Pick<ScaleRun, "counts" | "rows"> | null;
    if (!result) continue;
    // The reads' child has ended, so nothing is connected to the template.
    const copy = await writeCopy(baseUrl, database);
    let writes: WriteFigures | null;
    try {
      writes = child(["--writes"], copy.name) as WriteFigures | null;
    } finally {
      await copy.drop();
    }
    runs.push({ scale, database, generatedMs, ...result, writes, copyMs: copy.ms });
  }
  return { runs, failures };
}

/** Each read across the scales, with its floor ratio at the largest scale and its growth. */
export function nationalReads(runs: readonly ScaleRun[]): NationalRead[] {
  if (!runs.length) return [];
  const smallest = runs[0]!;
  const largest = runs[runs.length - 1]!;
  return smallest.rows.map((row) => {
    const byScale = Object.fromEntries(runs.map((r) => {
      const m = r.rows.find((x) => x.name.replace(/\d{4}/g, "") === row.name.replace(/\d{4}/g, ""));
      return [String(r.scale), { p50: m?.p50 ?? NaN, floor: m?.floor ?? null, floorRatio: m?.floor ? m.p50 / m.floor : null }];
    }));
    const top = byScale[String(largest.scale)]!;
    const growth = runs.length > 1 ? top.p50 / byScale[String(smallest.scale)]!.p50 : null;
    return { name: row.name, byScale, growth, floorRatioOk: top.floorRatio === null ? null : top.floorRatio <= FLOOR_RATIO_BUDGET, growthOk: growth === null ? null : growth <= GROWTH_BUDGET };
  });
}
