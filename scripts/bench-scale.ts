// One national-scale run of `npm run bench`, in a process of its own so the app's database client
// (lib/db/client, one per process) points at that scale's database: DATABASE_URL is a database made
// by `npm run generate`. Times the đề án list and detail and the reports against their raw-SQL
// floors, as the Cục, and writes the rows as JSON to --out. With --writes, DATABASE_URL is a
// throwaway copy of that database and the write paths are timed instead (scripts/bench/writes.ts).
import { writeFileSync } from "node:fs";
import pg from "pg";
import { loadActor } from "../lib/auth/load-actor";
import { createDb } from "../lib/db/client";
import { contendedDisbursement } from "./bench-ledger";
import { busiestNorthernProvince, reportRows } from "./bench-reports";
import { projectReads, timedMedian } from "./bench/reads";
import { measureWrites } from "./bench/writes";
import { monthlyRow } from "./bench/floors/monthly";
import { provincePageRow } from "./bench/floors/province-page";
import { forecastRow } from "./bench/floors/forecast";
import { redFlagRow } from "./bench/floors/red-flags";
import { homeRow } from "./bench/floors/home";
import { CUC_EMAIL, GENERATED_DOMAIN } from "./generate/people";

const out = process.argv[process.argv.indexOf("--out") + 1];
const url = process.env.DATABASE_URL;
if (!url || !out || process.argv.indexOf("--out") < 0) throw new Error("bench-scale: cần DATABASE_URL và --out <tệp>");

/** The province whose centre saves, submits and imports: Thanh Hóa, on the map in force (code 38). */
const WRITE_PROVINCE_CODE = "38";

const client = createDb(url);
const raw = new pg.Client({ connectionString: url });
await raw.connect();
// A second connection: a page's reads run at once, so its floor's may too.
const raw2 = new pg.Client({ connectionString: url });
await raw2.connect();
try {
  const actorOf = async (email: string) => (await loadActor(client, (await client.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id))!;
  const cuc = await actorOf(CUC_EMAIL);
  if (process.argv.includes("--writes")) {
    const province = await client.province.findFirstOrThrow({ where: { code: WRITE_PROVINCE_CODE, validTo: null }, select: { id: true, code: true } });
    // The centre of the province on the map in force (scripts/generate/people.ts names it by the province code).
    const centre = await actorOf(`ttkc-${province.code}@${GENERATED_DOMAIN}`);
    const { saveDraft } = await import("../lib/projects/draft");
    const { submitProject } = await import("../lib/projects/workflow");
    const { recordLedgerEntry } = await import("../lib/disbursements/mutations");
    const { commitImport } = await import("../lib/mau-2/mutations");
    const { rebuildLedgerMonthTotals } = await import("../lib/reports/rebuild");
    const writes = await measureWrites(client, raw, centre, province, timedMedian, {
      saveDraft, submitProject, commitImport,
      contended: () => contendedDisbursement(client, raw, cuc, recordLedgerEntry),
      rebuild: () => rebuildLedgerMonthTotals(client),
    });
    writeFileSync(out, JSON.stringify(writes, (_, v) => (typeof v === "bigint" ? v.toString() : v), 2));
  } else {
    const { listProjects, getProject } = await import("../lib/projects/queries");
    const { buildReport } = await import("../lib/reports/build");
    const counts = { projects: await client.project.count(), ledgerEntries: await client.ledgerEntry.count() };
    const rows = [...(await projectReads(client, raw, cuc, timedMedian, { listProjects, getProject }, "ho tro")), ...(await reportRows(client, raw, cuc, timedMedian, buildReport, 2026))];
    rows.push(await monthlyRow(client, raw, cuc, timedMedian, buildReport, 2026));
    const { reportFilterOptions } = await import("../lib/reports/filter-options");
    const { loadMergerDate } = await import("../lib/admin-units/load");
    const { findProvinceName } = await import("../lib/reports/subjects");
    const zone = await client.zone.findUniqueOrThrow({ where: { code: "BAC" }, select: { id: true } });
    const provinceId = await busiestNorthernProvince(raw, zone.id, 2026);
    rows.push(await provincePageRow(client, [raw, raw2], cuc, timedMedian, { buildReport, reportFilterOptions, loadMergerDate: () => loadMergerDate(), findProvinceName }, 2026, provinceId));
    const { buildForecast } = await import("../lib/forecast/queries");
    const { DEFAULT_THRESHOLD_BP } = await import("../lib/forecast/model");
    rows.push(await forecastRow(raw, cuc, timedMedian, buildForecast, DEFAULT_THRESHOLD_BP, 2026));
    const { listRedFlags } = await import("../lib/red-flags/queries");
    const { DEFAULT_ACCEPTANCE_DAYS } = await import("../lib/red-flags/rules/acceptance-missing");
    rows.push(await redFlagRow(cuc, timedMedian, listRedFlags, DEFAULT_ACCEPTANCE_DAYS, 2026));
    const { getHomeSummary } = await import("../lib/dashboard/queries");
    const { nationalYearFigures } = await import("../lib/dashboard/figures");
    const { planYearNumbers, issuedPlanYearNumbers } = await import("../lib/plan-years/queries");
    rows.push(await homeRow(raw, cuc, timedMedian, { getHomeSummary: (a) => getHomeSummary(a), planYearNumbers, issuedPlanYearNumbers, nationalYearFigures: (a, y) => nationalYearFigures(a, y) }));
    writeFileSync(out, JSON.stringify({ counts, rows }, null, 2));
  }
} finally {
  await raw.end();
  await raw2.end();
  await client.$disconnect();
}
