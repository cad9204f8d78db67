// The province page /bao-cao/tinh/[id] as it opens from a zone report (by=project): its lib reads
// together — the province's name, its report by đề án, its monthly curve, the filter bar's choices
// and the merger date — against the floor: the same figures by hand-written SQL, the two report
// floors on two connections at once (the page runs its reads at once too), then the filter bar's
// reference rows and the year's implementers with their names. Checked: the đề án report's totals,
// each month of the curve, the implementers and the years offered.
import type pg from "pg";
import type { Actor } from "../../../lib/auth/actor";
import type { Db } from "../../../lib/db/client";
import type { ReportFilterOptions } from "../../../lib/reports/filter-options";
import type { ReportQuery } from "../../../lib/reports/types";
import { benchQuery, checkTotals, floorSql, periodOf, REPORT_BUDGET_MS, type BenchRow, type FloorLine, type Median } from "../../bench-reports";
import { checkMonthly, monthlyFloor, type BuildFull } from "./monthly";

export type ProvincePageReads = {
  buildReport: BuildFull;
  reportFilterOptions: (actor: Actor, query: ReportQuery) => Promise<ReportFilterOptions>;
  loadMergerDate: () => Promise<Date>;
  findProvinceName: (id: string) => Promise<string | null>;
};

/** The filter bar's rows (lib/reports/filter-options.ts) and the page's name and merger date, one query each. */
async function optionsFloor(raw: pg.Client, year: number, provinceId: string) {
  // One pg connection runs one query at a time: in sequence.
  const years = await raw.query<{ year: number }>(`SELECT year FROM "PlanYear" ORDER BY year`);
  for (const text of [
    `SELECT id, name FROM "Zone" ORDER BY code`,
    `SELECT id, name FROM "SocioEconomicRegion" ORDER BY name`,
    `SELECT id, code, name, "validFrom", "validTo" FROM "Province" ORDER BY code, "validFrom"`,
    `SELECT "fromProvinceId", "toProvinceId", "effectiveDate" FROM "ProvinceSuccession"`,
    `SELECT m."provinceId", m."regionId", r.name, m."validFrom", m."validTo" FROM "RegionMembership" m JOIN "SocioEconomicRegion" r ON r.id = m."regionId"`,
    `SELECT m."provinceId", m."zoneId", z.name, m."validFrom", m."validTo" FROM "ZoneMembership" m JOIN "Zone" z ON z.id = m."zoneId"`,
    `SELECT c.code, c.name FROM "ContentCategory" c JOIN "ContentCatalogVersion" v ON v.id = c."versionId" ORDER BY c.code, v."validFrom" DESC`,
    `SELECT max("effectiveDate") FROM "ProvinceSuccession"`,
  ]) await raw.query(text);
  await raw.query(`SELECT name FROM "Province" WHERE id = $1`, [provinceId]);
  const implementers = await raw.query<{ id: string }>(
    `SELECT o.id, (SELECT json_agg(json_build_object('name', n.name, 'validFrom', n."validFrom", 'validTo', n."validTo")) FROM "OrganisationName" n WHERE n."organisationId" = o.id) AS names
       FROM "Organisation" o WHERE EXISTS (SELECT 1 FROM "Project" p WHERE p."implementerId" = o.id AND p."planYear" = $1) ORDER BY o.code`,
    [year],
  );
  return { years: years.rows.map((r) => r.year), implementers: implementers.rows.length };
}

export async function provincePageRow(client: Db, raws: [pg.Client, pg.Client], actor: Actor, median: Median, reads: ProvincePageReads, year: number, provinceId: string): Promise<BenchRow> {
  const name = `Trang tỉnh /bao-cao/tinh/[id] (theo đề án + đường lũy kế + bộ lọc), ${year} lũy kế 30/9`;
  const q = benchQuery(year, "project", { provinceId });
  const page = async () => {
    await reads.findProvinceName(provinceId);
    return Promise.all([reads.buildReport(actor, q, client), reads.buildReport(actor, { ...q, by: "month" }, client), reads.reportFilterOptions(actor, q), reads.loadMergerDate()]);
  };
  const floor = async () => {
    const [byProject, byMonth, options] = await Promise.all([
      raws[0].query<FloorLine>(floorSql({ by: "project", provinceId }, periodOf(year))).then((r) => r.rows),
      monthlyFloor(raws[1], year, provinceId).then(async (rows) => ({ rows, options: await optionsFloor(raws[1], year, provinceId) })),
    ]).then(([p, m]) => [p, m.rows, m.options] as const);
    return { byProject, byMonth, options };
  };
  const [report, monthly, options] = await page();
  const f = await floor();
  checkTotals(name, f.byProject, report);
  checkMonthly(name, f.byMonth, monthly);
  if (f.options.implementers !== options.implementers.length || f.options.years.join() !== options.years.join()) {
    throw new Error(`Sàn SQL không khớp bộ lọc của "${name}": đơn vị thực hiện ${f.options.implementers} / ${options.implementers.length}, năm ${f.options.years.join()} / ${options.years.join()}`);
  }
  console.log(`${name}: ${f.byProject.length} đề án, ${f.byMonth.length} dòng tháng, ${f.options.implementers} đơn vị, sàn SQL = trang (khớp; thực hiện ${report.total.current.executed})`);
  return { name, p50: await median(15, page), floor: await median(15, floor), budgetMs: REPORT_BUDGET_MS.national };
}
