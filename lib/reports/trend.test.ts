import { describe, expect, it } from "vitest";
import { formatIsoDay, parseCalendarDate } from "../calendar";
import { reportLine } from "../../tests/fixtures/report-line";
import { sameCutOffIn, trendPoints, trendQueries, trendRowOf } from "./trend";
import type { ReportQuery } from "./types";

const query = (preset: ReportQuery["preset"], cutOff: string, year = Number(cutOff.slice(0, 4))): ReportQuery => ({ year, preset, cutOff: parseCalendarDate(cutOff), basis: "recorded", source: "ALL", by: "zone", filter: {} });
const iso = (q: Parameters<typeof sameCutOffIn>[0], year: number) => formatIsoDay(sameCutOffIn(q, year));

describe("sameCutOffIn", () => {
  it("keeps the preset in every year: 9 months is 30/9, the year 31/12, a month its last day", () => {
    expect(iso(query("M9", "2022-09-30"), 2021)).toBe("2021-09-30");
    expect(iso(query("YEAR", "2022-12-31"), 2019)).toBe("2019-12-31");
    expect(iso(query("MONTH", "2024-02-29"), 2023)).toBe("2023-02-28");
    expect(iso(query("MONTH", "2023-02-28"), 2024)).toBe("2024-02-29");
  });

  it("keeps the day and month of a date, 29/2 becoming 28/2 in a common year", () => {
    expect(iso(query("DATE", "2024-02-29"), 2023)).toBe("2023-02-28");
    expect(iso(query("DATE", "2024-02-29"), 2020)).toBe("2020-02-29");
    expect(iso(query("DATE", "2026-11-15"), 2019)).toBe("2019-11-15");
  });
});

describe("trendQueries", () => {
  it("reads each plan year up to the query's own, oldest first, the query itself last", () => {
    const q = query("M9", "2022-09-30");
    const qs = trendQueries(q, [2023, 2019, 2021, 2022, 2020]);
    expect(qs.map((x) => x.year)).toEqual([2019, 2020, 2021, 2022]);
    expect(qs.map((x) => formatIsoDay(x.cutOff))).toEqual(["2019-09-30", "2020-09-30", "2021-09-30", "2022-09-30"]);
    expect(qs.at(-1)).toBe(q);
    expect(qs[0]).toMatchObject({ basis: "recorded", source: "ALL", filter: {} });
  });
});

describe("trendPoints", () => {
  it("plots tỷ and writes the exact texts, not reported as such", () => {
    const rows = [{ year: 2021, cutOff: parseCalendarDate("2021-12-31"), line: reportLine("t", { current: { planAdjusted: 142_100_000_000n, executed: 130_400_000_000n }, percentBp: 9177n }), periodicProvinces: 0 }];
    expect(trendPoints(rows, "chưa báo cáo")).toEqual([{ year: 2021, plan: 142.1, executed: 130.4, planText: "142,10", executedText: "130,40", percentText: "91,77 %" }]);
    const empty = [{ year: 2020, cutOff: parseCalendarDate("2020-12-31"), line: reportLine("t"), periodicProvinces: 0 }];
    expect(trendPoints(empty, "chưa báo cáo")[0]).toMatchObject({ plan: null, executed: null, planText: "chưa báo cáo", percentText: "–" });
  });
});

describe("trendRowOf", () => {
  it("counts the provinces on periodic reports of the row's own year (a jump between years may be theirs), not last year's", () => {
    const cutOff = parseCalendarDate("2022-09-30");
    const used = (provinceId: string, year: number) => ({ provinceId, source: "KCDP" as const, period: "M9" as const, cutOffDate: cutOff, year });
    const row = trendRowOf({ year: 2022, cutOff }, { total: reportLine("t"), periodsUsed: [used("a", 2022), used("b", 2022), used("b", 2022), used("c", 2021)] });
    expect(row).toMatchObject({ year: 2022, periodicProvinces: 2 });
  });
});
