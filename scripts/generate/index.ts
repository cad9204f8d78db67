// generate({ url, scale, seed }): a synthetic national dataset in the database at `url`, dropped
// and recreated, migrated, seeded with the reference data (no demo data), then filled by COPY.
// Scale 1 is one real year nationwide (~300 KCQG and ~2 000 KCĐP đề án); scale N is N/2 years
// ending 2026 at double volume (docs/decisions/055-synthetic-national-data.md).
import { performance } from "node:perf_hooks";
import pg from "pg";
import { createDb } from "../../lib/db/client";
import { applyMigrations } from "../../lib/db/migrator";
import { rebuildLedgerMonthTotals } from "../../lib/reports/rebuild";
import { seedReference } from "../../prisma/seed/reference";
import { Seeder } from "../../prisma/seed/sync";
import { dropDatabase, ensureDatabase } from "../lib/embedded-postgres";
import { ContractFactory } from "./contracts";
import { CopyWriter } from "./copy";
import { Facilities } from "./facilities";
import { CURRENT_YEAR } from "./lifecycle";
import { writePeople } from "./people";
import { PlanFactory } from "./plans";
import { ProjectFactory, type Gen } from "./projects";
import { Random } from "./random";
import { ReportFactory } from "./reports";
import { shapeOf } from "./shape";
import { makeTables } from "./tables";
import { loadWorld } from "./world";

export type GenerateOptions = {
  url: string;
  scale: number;
  seed?: string | number;
  /** Overrides: how many plan years (ending 2026) and the volume of each, 1 = one real year. */
  years?: number;
  perYear?: number;
  log?: (line: string) => void;
};

export { shapeOf };

export type GenerateResult = { database: string; years: number[]; perYear: number; counts: Record<string, number>; phases: Record<string, number>; ms: number; fastCopy: boolean };

const KCQG_PER_YEAR = 300;
const KCDP_PER_YEAR = 2000;
/** Next year's registration season, as a share of a year's volume. */
const NEXT_YEAR_SHARE = 0.12;

export async function generate(o: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const log = o.log ?? (() => undefined);
  const shape = { ...shapeOf(o.scale), ...(o.years ? { years: o.years } : {}), ...(o.perYear ? { perYear: o.perYear } : {}) };
  const seed = o.seed ?? 1;
  const phases: Record<string, number> = {};
  let mark = performance.now();
  let cpu = process.cpuUsage();
  const phase = (name: string) => {
    const now = performance.now();
    phases[name] = Math.round(now - mark);
    const used = process.cpuUsage(cpu);
    log(`  ${name}: ${(phases[name]! / 1000).toFixed(1)} s (CPU của Node ${((used.user + used.system) / 1e6).toFixed(1)} s)`);
    mark = now;
    cpu = process.cpuUsage();
  };

  const target = new URL(o.url);
  const database = decodeURIComponent(target.pathname.slice(1));
  if (!database) throw new Error("generate: the URL must name a database");
  const server = new URL(o.url);
  server.pathname = "";
  const baseUrl = server.toString().replace(/\/$/, "");
  await dropDatabase(baseUrl, database);
  await ensureDatabase(baseUrl, database);
  await applyMigrations(o.url);
  phase("tạo cơ sở dữ liệu và áp migration");

  const db = createDb(o.url);
  let ref;
  try {
    ref = await seedReference(new Seeder(db));
  } finally {
    await db.$disconnect();
  }
  const first = CURRENT_YEAR - shape.years + 1;
  const writer = new CopyWriter(o.url);
  // Plan years the reference seed does not hold (it starts in 2019), on the 2012 catalogue.
  await writer.query(`INSERT INTO "PlanYear" (year, "sctSubmissionDeadline", "registrationDeadline", "contentCatalogVersionId")
    SELECT y, make_date(y - 1, 5, 20), make_date(y - 1, 6, 15), (SELECT id FROM "ContentCatalogVersion" WHERE code = 'ND45-2012')
    FROM generate_series(${first}, 2018) y ON CONFLICT DO NOTHING`);
  // The month totals are rebuilt once at the end from the records (lib/reports/rebuild), not row by row.
  await writer.query(`ALTER TABLE "LedgerEntry" DISABLE TRIGGER "LedgerEntry_month_total"`);
  const world = await loadWorld(o.url, ref);
  const t = makeTables();
  // Secondary indexes are built once after the load (a sort each) instead of row by row during it.
  const indexes = await writer.dropIndexes(t.levels.flat().map((x) => x.spec.name));
  phase("dữ liệu tham chiếu");

  const rng = new Random(seed);
  const people = await writePeople(t, world, rng.fork("people"));
  await writer.flush(t.levels);
  const facilities = new Facilities(t, rng.fork("facilities"));
  const projects = new ProjectFactory(t, world, people, facilities);
  const contracts = new ContractFactory(t, world, people);
  const plans = new PlanFactory(t, world);
  const reports = new ReportFactory(t, world, people);
  const years = Array.from({ length: shape.years }, (_, i) => first + i);
  let pending: Promise<void> = Promise.resolve();
  const cohorts: { year: number; n: number }[] = years.map((year) => ({ year, n: shape.perYear }));
  cohorts.push({ year: CURRENT_YEAR + 1, n: shape.perYear * NEXT_YEAR_SHARE });
  for (const { year, n } of cohorts) {
    const yr = rng.fork(`year:${year}`);
    const gens: Gen[] = [];
    const plan: ("KCQG" | "KCDP")[] = [...Array<"KCQG">(Math.round(KCQG_PER_YEAR * n)).fill("KCQG"), ...Array<"KCDP">(Math.round(KCDP_PER_YEAR * n)).fill("KCDP")];
    for (let i = 0; i < plan.length; i++) {
      const g = projects.make(yr, year, plan[i]!);
      contracts.make(yr, g);
      gens.push(g);
      // Let the previous year's COPY streams move while this year is built.
      if (i % 25 === 24) await new Promise((r) => setImmediate(r));
    }
    plans.write(yr, year, gens);
    if (year <= CURRENT_YEAR) reports.write(yr, year, gens, contracts.executed);
    await pending;
    pending = writer.flush(t.levels);
  }
  await pending;
  phase(`sinh và ghi dữ liệu (COPY) ${years[0]}–${years[years.length - 1]}`);
  await writer.createIndexes(indexes);
  phase(`dựng lại ${indexes.length} chỉ mục phụ`);

  await writer.query(`ALTER TABLE "LedgerEntry" ENABLE TRIGGER "LedgerEntry_month_total"`);
  const fastCopy = await writer.fast;
  await writer.end();
  const app = createDb(o.url);
  try {
    const r = await rebuildLedgerMonthTotals(app);
    if (!r.equal && r.onlyInTable + r.onlyInRecords > 0) throw new Error(`generate: LedgerMonthTotal không khớp sau khi dựng lại (${r.onlyInTable}/${r.onlyInRecords})`);
    phase("dựng lại bảng tổng hợp (rebuildLedgerMonthTotals)");
  } finally {
    await app.$disconnect();
  }
  const client = new pg.Client({ connectionString: o.url });
  await client.connect();
  const counts: Record<string, number> = {};
  try {
    await client.query("ANALYZE");
    phase("ANALYZE");
    const { rows } = await client.query<{ relname: string }>(`SELECT relname FROM pg_stat_user_tables WHERE relname <> '_prisma_migrations' ORDER BY relname`);
    for (const { relname } of rows) {
      const n = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${relname}"`)).rows[0]!.n);
      if (n > 0) counts[relname] = n;
    }
  } finally {
    await client.end();
  }
  return { database, years, perYear: shape.perYear, counts, phases, ms: Math.round(performance.now() - started), fastCopy };
}
