// The report pages' own reads (issue #9 item 4): the filter bar's choices are scoped like every
// đề án read (province A's SCT is offered neither province B nor B's implementers, through any
// basis), the page titles' names, the trend, map and overview views through buildReport, and the
// scope check a page settles before it streams. The figures themselves are buildReport's (reports.test.ts).
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { calendarDay } from "../../lib/calendar";
import { NotFoundError } from "../../lib/errors";
import { buildReport, requireReportAccess } from "../../lib/reports/build";
import { reportFilterOptions } from "../../lib/reports/filter-options";
import { reportMapView } from "../../lib/reports/map-view";
import { reportOverview } from "../../lib/reports/overview";
import { findImplementerName, findProvinceName } from "../../lib/reports/subjects";
import { reportTrend } from "../../lib/reports/trend-view";
import type { ReportQuery } from "../../lib/reports/types";
import { cucStaff, draftProject, provinceWorld, referenceBasics } from "../fixtures/world";
import { testDb as db } from "./db";

type World = Awaited<ReturnType<typeof provinceWorld>>;
let a: World;
let b: World;
let cuc: Actor;
const query = (basis: ReportQuery["basis"], year = 2027): ReportQuery => ({ year, preset: "YEAR", cutOff: calendarDay(year, 12, 31), basis, source: "ALL", by: "zone", filter: {} });
const values = (options: { value: string }[]) => options.map((o) => o.value);

beforeAll(async () => {
  const { kcdp } = await referenceBasics(db());
  a = await provinceWorld(db(), "Tỉnh Báo cáo A");
  b = await provinceWorld(db(), "Tỉnh Báo cáo B");
  cuc = await cucStaff(db());
  await draftProject(db(), { implementerId: a.centreOrg.id, provinceId: a.current.id, fundingSourceId: kcdp.id });
  await draftProject(db(), { implementerId: b.centreOrg.id, provinceId: b.current.id, fundingSourceId: kcdp.id });
});

describe("reportFilterOptions", () => {
  it("offers the Cục every province of the basis and every implementer of the year", async () => {
    const on34 = await reportFilterOptions(cuc, query("34"));
    expect(values(on34.provinces)).toEqual(expect.arrayContaining([a.current.id, b.current.id]));
    expect(values(on34.provinces)).not.toContain(a.old.id);
    const on63 = await reportFilterOptions(cuc, query("63"));
    expect(values(on63.provinces)).toEqual(expect.arrayContaining([a.old.id, b.old.id]));
    expect(values(on63.provinces)).not.toContain(a.current.id);
    expect(values(on34.implementers)).toEqual(expect.arrayContaining([a.centreOrg.id, b.centreOrg.id]));
    expect(on34.years).toContain(2027);
    expect(on34.implementers.find((o) => o.value === a.centreOrg.id)?.label).toBe("Trung tâm Khuyến công Tỉnh Báo cáo A");
  });

  it("offers province A's SCT its own province in every era and its own implementers, never B's", async () => {
    for (const basis of ["recorded", "63", "34"] as const) {
      const options = await reportFilterOptions(a.sct, query(basis));
      expect(values(options.provinces), basis).not.toContain(b.current.id);
      expect(values(options.provinces), basis).not.toContain(b.old.id);
      expect(values(options.provinces), basis).toContain(basis === "63" ? a.old.id : a.current.id);
      expect(values(options.implementers), basis).toEqual([a.centreOrg.id]);
    }
  });

  it("offers on 'as recorded' the provinces in force during the year: both eras in the merger year, the new ones after", async () => {
    expect(values((await reportFilterOptions(a.sct, query("recorded", 2025))).provinces).sort()).toEqual([a.old.id, a.current.id].sort());
    expect(values((await reportFilterOptions(a.sct, query("recorded", 2027))).provinces)).toEqual([a.current.id]);
  });

  it("offers no implementer of a year without đề án in the scope", async () => {
    expect((await reportFilterOptions(a.sct, query("34", 2019))).implementers).toEqual([]);
  });
});

describe("page subjects", () => {
  it("names a province and an implementer, and answers null for an unknown or malformed id", async () => {
    expect(await findProvinceName(a.current.id)).toBe("Tỉnh Báo cáo A");
    expect(await findProvinceName("not-a-uuid")).toBeNull();
    expect(await findProvinceName("00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await findImplementerName(a.centreOrg.id, calendarDay(2027, 12, 31))).toBe("Trung tâm Khuyến công Tỉnh Báo cáo A");
    expect(await findImplementerName("x", calendarDay(2027, 12, 31))).toBeNull();
  });
});

describe("reportTrend", () => {
  it("reads every plan year up to the query's, oldest first, each at the same cut-off, ending with the query's own report", async () => {
    const q = { ...query("recorded"), preset: "M9" as const, cutOff: calendarDay(2027, 9, 30) };
    const { rows, latest } = await reportTrend(cuc, q);
    expect(rows.at(-1)?.year).toBe(2027);
    expect(rows.map((r) => r.year)).toEqual([...rows.map((r) => r.year)].sort((x, y) => x - y));
    expect(rows.every((r) => r.cutOff.getTime() === calendarDay(r.year, 9, 30).getTime())).toBe(true);
    expect(latest.query).toBe(q);
    expect(latest.total).toEqual(rows.at(-1)!.line);
    expect(latest.context).toBeNull();
  });

  it("gives province A's SCT its own figures with the zone and national totals as context", async () => {
    const { latest } = await reportTrend(a.sct, query("recorded"));
    expect(latest.context?.national.key).toBe("national");
    expect(latest.lines.every((l) => l.key !== b.current.id && l.key !== b.old.id)).toBe(true);
  });
});

describe("reportMapView", () => {
  it("draws 'as recorded' on the 34 after the merger year and on the 63 up to it, one cell per tile", async () => {
    const after = await reportMapView(cuc, query("recorded", 2027));
    expect([after.set, after.cells.length]).toEqual(["34", 34]);
    const before = await reportMapView(cuc, query("recorded", 2025));
    expect([before.set, before.cells.length]).toEqual(["63", 63]);
    const asked = await reportMapView(a.sct, query("63", 2027));
    expect([asked.set, asked.cells.length]).toEqual(["63", 63]);
    expect(asked.unplaced.every((l) => l.key !== b.current.id)).toBe(true);
  });
});

describe("reportOverview", () => {
  it("is the query's report, the same by month and the map's by province, as buildReport and reportMapView read them", async () => {
    for (const q of [query("recorded"), { ...query("34"), by: "province" as const }]) {
      const { report, monthly, map } = await reportOverview(cuc, q);
      expect(report.query).toEqual(q);
      expect(report.lines).toEqual((await buildReport(cuc, q)).lines);
      expect(monthly.query.by).toBe("month");
      expect(monthly.lines).toEqual((await buildReport(cuc, { ...q, by: "month" })).lines);
      expect(map).toEqual(await reportMapView(cuc, q));
    }
  });
});

describe("requireReportAccess", () => {
  it("refuses province A's SCT a filter on B or on B's implementer as not found, and lets its own through", async () => {
    await expect(requireReportAccess(a.sct, { ...query("34"), filter: { provinceId: b.current.id } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(requireReportAccess(a.sct, { ...query("34"), filter: { implementerId: b.centreOrg.id } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(requireReportAccess(a.sct, { ...query("34"), filter: { provinceId: a.current.id, implementerId: a.centreOrg.id } })).resolves.toBeUndefined();
    await expect(requireReportAccess(cuc, { ...query("34"), filter: { provinceId: b.current.id } })).resolves.toBeUndefined();
  });
});
