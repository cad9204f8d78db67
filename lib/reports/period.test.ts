import { describe, expect, it } from "vitest";
import { calendarDay, formatIsoDay } from "../calendar";
import { periodCutOff } from "../periodic-reports/periods";
import { cutOffOf, growthBp, isMonthEnd, periodAt, sameDayLastYear } from "./period";

const iso = formatIsoDay;

describe("cut-off presets", () => {
  it("resolve to the period's last day within the year", () => {
    const got = (["M3", "M6", "M9", "M11", "YEAR", "Q1", "Q2", "Q3", "Q4"] as const).map((p) => iso(cutOffOf(2024, p)));
    expect(got).toEqual(["2024-03-31", "2024-06-30", "2024-09-30", "2024-11-30", "2024-12-31", "2024-03-31", "2024-06-30", "2024-09-30", "2024-12-31"]);
  });

  it("MONTH is the month's last day, February included; DATE is any day of the year", () => {
    expect(iso(cutOffOf(2024, "MONTH", { month: 2 }))).toBe("2024-02-29");
    expect(iso(cutOffOf(2023, "MONTH", { month: 2 }))).toBe("2023-02-28");
    expect(iso(cutOffOf(2022, "DATE", { day: calendarDay(2022, 7, 14) }))).toBe("2022-07-14");
    expect(() => cutOffOf(2022, "DATE", { day: calendarDay(2023, 1, 1) })).toThrow(RangeError);
    expect(() => cutOffOf(2022, "MONTH", { month: 13 })).toThrow(RangeError);
  });
});

describe("same period last year", () => {
  it("keeps the day and month; 29 February becomes 28 February; year ends stay year ends", () => {
    expect(iso(sameDayLastYear(calendarDay(2022, 9, 30)))).toBe("2021-09-30");
    expect(iso(sameDayLastYear(calendarDay(2024, 2, 29)))).toBe("2023-02-28");
    expect(iso(sameDayLastYear(calendarDay(2025, 2, 28)))).toBe("2024-02-28");
    expect(iso(sameDayLastYear(calendarDay(2022, 12, 31)))).toBe("2021-12-31");
    expect(iso(sameDayLastYear(calendarDay(2022, 1, 1)))).toBe("2021-01-01");
  });

  it("knows month ends (no partial month to read from the ledger)", () => {
    expect([isMonthEnd(calendarDay(2024, 2, 29)), isMonthEnd(calendarDay(2023, 2, 28)), isMonthEnd(calendarDay(2024, 2, 28)), isMonthEnd(calendarDay(2022, 12, 31))]).toEqual([true, true, false, true]);
  });
});

describe("growth", () => {
  it("is null on a zero or unknown base, never infinity", () => {
    expect(growthBp(100n, 0n)).toBeNull();
    expect(growthBp(0n, 0n)).toBeNull();
    expect(growthBp(null, 5n)).toBeNull();
    expect(growthBp(5n, null)).toBeNull();
  });

  it("is the published +22,6 % for North 2022 over 2021, and negative when the plan shrinks", () => {
    expect(growthBp(174_280_000_000n, 142_121_000_000n)).toBe(2263n);
    expect(growthBp(50n, 100n)).toBe(-5000n);
    expect(growthBp(100n, 100n)).toBe(0n);
    // A fall of 1,5 bp rounds to −2 (half away from zero), as a rise of 1,5 bp rounds to +2.
    expect(growthBp(19_997n, 20_000n)).toBe(-2n);
    expect(growthBp(20_003n, 20_000n)).toBe(2n);
  });
});

describe("periodic-report periods", () => {
  const reports = (["Q1", "H1", "M9", "YEAR"] as const).map((period) => ({ period, cutOffDate: periodCutOff(2022, period) }));

  it("the latest period whose cut-off is on or before the report's cut-off applies", () => {
    expect(periodAt(reports, calendarDay(2022, 9, 30))?.period).toBe("M9");
    expect(periodAt(reports, calendarDay(2022, 11, 15))?.period).toBe("M9");
    expect(periodAt(reports, calendarDay(2022, 12, 31))?.period).toBe("YEAR");
    expect(periodAt(reports, calendarDay(2022, 3, 30))).toBeNull();
  });
});
