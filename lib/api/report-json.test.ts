import { describe, expect, it } from "vitest";
import { calendarDay } from "../calendar";
import type { Measures, Outcome, Report, ReportLine } from "../reports/types";
import { reportJson } from "./report-json";

const measures = (executed: bigint | null, planAdjusted: bigint | null): Measures => ({ planOriginal: planAdjusted, planAdjusted, allocated: null, contracted: 0n, advanced: 0n, paid: 0n, settled: 0n, refunded: 0n, executed });
const outcome: Outcome = { before: 1_000_000_000n, after: null, reported: 2, notReported: 1 };
const line = (key: string, executed: bigint | null, plan: bigint | null, bp: bigint | null): ReportLine => ({
  key,
  label: `Dòng ${key}`,
  href: `/bao-cao?zone=${key}`,
  straddling: null,
  current: measures(executed, plan),
  lastYear: measures(null, null),
  outputs: { projects: 3, models: null, facilities: 2, machines: 0, cleanerProduction: null, trainees: 40, booths: null, typicalProducts: null, brands: null },
  outcomes: { productionValue: outcome, revenue: outcome, jobs: outcome, averageIncome: outcome, products: outcome, machinery: outcome },
  path: "records",
  disbursedOutsidePlan: 0n,
  outputsNotReported: { projects: 0, models: 0, facilities: 0, machines: 0, cleanerProduction: 0, trainees: 0, booths: 0, typicalProducts: 0, brands: 0 },
  allocatedOfKcqgPlan: { bp: null, kcqgPlanAdjusted: null },
  percentOfPlan: { bp, numerator: "executed", denominator: "planAdjusted" },
  vsSamePeriod: { bp: null, numerator: "executed", denominator: "lastYearExecuted" },
  planGrowth: { bp: -250n, numerator: "planAdjusted", denominator: "lastYearPlanAdjusted" },
  shareOfNational: { bp: 10_000n, numerator: "executed", denominator: "nationalExecuted" },
});

const report: Report = {
  query: { year: 2021, preset: "YEAR", cutOff: calendarDay(2021, 12, 31), basis: "63", source: "ALL", by: "zone", filter: { zoneId: "z1" } },
  asOf: new Date("2026-12-02T03:00:00.000Z"),
  lines: [line("BAC", 130_396_000_000n, 142_121_000_000n, 9175n)],
  total: line("total", 130_396_000_000n, 142_121_000_000n, 9175n),
  context: null,
  periodsUsed: [{ provinceId: "p1", source: "KCDP", period: "M9", cutOffDate: calendarDay(2021, 9, 30), year: 2021 }],
  notes: [{ key: "errors.common.text", params: { text: "Một tỉnh chưa báo cáo." } }],
};

describe("reportJson", () => {
  const json = reportJson(report);

  it("writes money as exact đồng strings and keeps not reported as null", () => {
    expect(json.total.current.executed).toBe("130396000000");
    expect(json.total.current.planAdjusted).toBe("142121000000");
    expect(json.total.current.allocated).toBeNull();
    expect(json.total.lastYear.executed).toBeNull();
    expect(json.total.outcomes.revenue).toEqual({ before: "1000000000", after: null, reported: 2, notReported: 1 });
    expect(json.total.outputs.models).toBeNull();
    expect(json.total.disbursedOutsidePlan).toBe("0");
  });

  it("writes each ratio as a two-decimal percentage with its numerator and denominator", () => {
    expect(json.total.percentOfPlan).toEqual({ percent: "91.75", numerator: "executed", denominator: "planAdjusted" });
    expect(json.total.vsSamePeriod.percent).toBeNull();
    expect(json.total.planGrowth.percent).toBe("-2.50");
    expect(json.total.shareOfNational.percent).toBe("100.00");
  });

  it("echoes the query with the basis and the cut-off day, and dates periods and the reading instant", () => {
    expect(json.query).toEqual({ year: 2021, preset: "YEAR", cutOff: "2021-12-31", basis: "63", source: "ALL", by: "zone", filter: { zoneId: "z1" } });
    expect(json.asOf).toBe("2026-12-02T03:00:00.000Z");
    expect(json.periodsUsed).toEqual([{ provinceId: "p1", source: "KCDP", year: 2021, period: "M9", cutOffDate: "2021-09-30" }]);
    expect(json.notes).toEqual([{ key: "errors.common.text", message: "Một tỉnh chưa báo cáo." }]);
    expect(json.context).toBeNull();
  });

  it("survives JSON: no bigint is left anywhere", () => {
    expect(() => JSON.stringify(json)).not.toThrow();
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
