// The same-period comparison (the monthly curve of /bao-cao and of a province page: buildReport by
// month, executed per month against the same month a year earlier) against its floor: the report
// floor of scripts/bench-reports.ts keyed by month, checked line by line — each month's executed
// this year and last year, the periodic cumulatives' line — as well as in total.
import type pg from "pg";
import type { Actor } from "../../../lib/auth/actor";
import type { Db } from "../../../lib/db/client";
import type { Report, ReportFilter, ReportQuery } from "../../../lib/reports/types";
import { benchQuery, checkTotals, floorSql, periodOf, REPORT_BUDGET_MS, type BenchRow, type FloorLine, type Median } from "../../bench-reports";

export type BuildFull = (actor: Actor, query: ReportQuery, client: Db) => Promise<Report>;

/** The month floor's lines, for the whole country or one province. */
export async function monthlyFloor(raw: pg.Client, year: number, provinceId?: string): Promise<FloorLine[]> {
  return (await raw.query<FloorLine>(floorSql({ by: "month", provinceId }, periodOf(year)))).rows;
}

/** Throws unless every month line (and the total) of the floor is the report's: executed this year and at the same cut-off last year. */
export function checkMonthly(name: string, floorRows: FloorLine[], report: Report): void {
  checkTotals(name, floorRows, report);
  const floorBy = new Map(floorRows.map((r) => [r.key ?? "_none", r]));
  const keys = new Set([...floorBy.keys(), ...report.lines.map((l) => l.key)]);
  for (const key of keys) {
    const f = floorBy.get(key);
    const line = report.lines.find((l) => l.key === key);
    const pair = [BigInt(f?.executed ?? 0), line?.current.executed ?? 0n, BigInt(f?.last_executed ?? 0), line?.lastYear.executed ?? 0n];
    if (pair[0] !== pair[1] || pair[2] !== pair[3]) throw new Error(`Sàn SQL không khớp báo cáo "${name}" ở dòng ${key}: thực hiện ${pair[0]} / ${pair[1]}, cùng kỳ ${pair[2]} / ${pair[3]}`);
  }
}

export async function monthlyRow(client: Db, raw: pg.Client, actor: Actor, median: Median, buildReport: BuildFull, year: number, filter: ReportFilter = {}): Promise<BenchRow> {
  const name = `So sánh cùng kỳ theo tháng, toàn quốc, ${year} lũy kế 30/9`;
  const q = benchQuery(year, "month", filter);
  const floor = () => monthlyFloor(raw, year, filter.provinceId);
  const report = await buildReport(actor, q, client);
  const floorRows = await floor();
  checkMonthly(name, floorRows, report);
  console.log(`${name}: ${floorRows.length} dòng, từng tháng sàn SQL = báo cáo (khớp; thực hiện ${report.total.current.executed}, cùng kỳ ${report.total.lastYear.executed})`);
  return { name, p50: await median(15, () => buildReport(actor, q, client)), floor: await median(15, floor), budgetMs: REPORT_BUDGET_MS.national };
}
