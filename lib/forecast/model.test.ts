import { describe, expect, it } from "vitest";
import { dayOfYear, forecastFlag, forecastYearEnd, medianDong, shareReached, sumForecasts, type YearCurve } from "./model";

const flat = (year: number, perMonth: bigint): YearCurve => ({ year, monthly: Array.from({ length: 12 }, () => perMonth) });
/** Half of the year's execution in December, the rest spread evenly (a typical back-loaded year). */
const backLoaded = (year: number): YearCurve => ({ year, monthly: [...Array.from({ length: 11 }, () => 10n), 110n] });

describe("shareReached", () => {
  it("counts whole months before and the cut-off month pro rata by day", () => {
    const s = shareReached(flat(2023, 10n), 6, 30)!;
    expect(Number(s.num) / Number(s.den)).toBeCloseTo(0.5, 10);
    const mid = shareReached(flat(2023, 10n), 1, 15)!; // 15/31 of one month of twelve
    expect(Number(mid.num) / Number(mid.den)).toBeCloseTo(15 / 31 / 12, 10);
  });
  it("gives nothing for a year that executed nothing or less than 2 % by the day", () => {
    expect(shareReached(flat(2023, 0n), 6, 30)).toBeNull();
    expect(shareReached({ year: 2023, monthly: [0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 100n] }, 9, 30)).toBeNull();
  });
  it("reads 29 February against a common year as the end of its February", () => {
    const s = shareReached(flat(2023, 10n), 2, 29)!;
    expect(Number(s.num) / Number(s.den)).toBeCloseTo(2 / 12, 10);
  });
});

describe("forecastYearEnd", () => {
  const base = { year: 2024, cutOffMonth: 6, cutOffDay: 30, scheduledUnpaid: 0n };

  it("uses the median of past curves and names the method", () => {
    const f = forecastYearEnd({ ...base, executed: 60n, history: [flat(2021, 10n), flat(2022, 10n), backLoaded(2023)] });
    expect(f.method).toBe("CURVE");
    expect(f.historyYears).toEqual([2021, 2022, 2023]);
    // Flat years reached 1/2 by 30/6 → 120; the back-loaded one 60/220 → 220.
    expect(f.estimates.curve).toEqual([120n, 120n, 220n]);
    expect(f.central).toBe(120n);
    expect(f.low).toBe(120n);
    expect(f.high).toBe(220n);
  });

  it("without history falls back to the run-rate (days elapsed of the year)", () => {
    const f = forecastYearEnd({ ...base, executed: 182n, history: [] });
    expect(f.method).toBe("RUN_RATE");
    expect(f.central).toBe((182n * 366n) / 182n); // 2024 is a leap year; 30/6 is day 182
    expect(f.historyYears).toEqual([]);
  });

  it("never goes below the unpaid schedule due by the year end", () => {
    const f = forecastYearEnd({ ...base, executed: 10n, scheduledUnpaid: 500n, history: [flat(2023, 10n)] });
    expect(f.method).toBe("SCHEDULE");
    expect(f.central).toBe(510n);
    expect(f.low).toBe(20n); // the curve estimate 10 / (1/2)
    expect(f.high).toBe(510n);
  });

  it("with nothing executed, nothing scheduled and no history says it cannot tell", () => {
    const f = forecastYearEnd({ ...base, executed: 0n, history: [] });
    expect(f.method).toBe("INSUFFICIENT");
    expect(forecastFlag(f, 100n, 8000)).toBe("INSUFFICIENT");
  });

  it("in January ignores past years that had reached under 2 % and keeps those that had not", () => {
    const jan = { ...base, cutOffMonth: 1, cutOffDay: 31, executed: 5n };
    const f = forecastYearEnd({ ...jan, history: [backLoaded(2023)] }); // 10/220 ≈ 4,5 % by 31/1
    expect(f.method).toBe("CURVE");
    expect(f.central).toBe((5n * 220n * 31n) / (10n * 31n));
    const g = forecastYearEnd({ ...jan, history: [{ year: 2023, monthly: [1n, ...Array.from({ length: 11 }, () => 100n)] }] });
    expect(g.method).toBe("RUN_RATE");
    expect(g.central).toBe((5n * 366n) / 31n);
  });

  it("on 31 December the forecast is what was executed", () => {
    const f = forecastYearEnd({ ...base, cutOffMonth: 12, cutOffDay: 31, executed: 77n, scheduledUnpaid: 0n, history: [flat(2023, 10n)] });
    expect(f).toMatchObject({ low: 77n, central: 77n, high: 77n, method: "ACTUAL" });
  });

  it("in December extrapolates the last days only", () => {
    const f = forecastYearEnd({ ...base, year: 2023, cutOffMonth: 12, cutOffDay: 15, executed: 100n, history: [] });
    expect(f.central).toBe((100n * 365n) / 349n);
  });
});

describe("forecastFlag", () => {
  const f = { central: 70n, high: 90n, method: "CURVE" as const };
  it("flags below the threshold of plan, and below even at the high end", () => {
    expect(forecastFlag(f, 100n, 8000)).toBe("BELOW");
    expect(forecastFlag(f, 100n, 9500)).toBe("BELOW_EVEN_HIGH");
    expect(forecastFlag(f, 100n, 7000)).toBe("NONE"); // exactly at the threshold is not below
  });
  it("does not judge a zero or unreported plan", () => {
    expect(forecastFlag(f, 0n, 8000)).toBe("NO_PLAN");
    expect(forecastFlag(f, null, 8000)).toBe("NO_PLAN");
  });
});

describe("helpers", () => {
  it("median, day of year, sums", () => {
    expect(medianDong([])).toBeNull();
    expect(medianDong([3n, 1n, 2n])).toBe(2n);
    expect(medianDong([1n, 4n])).toBe(2n);
    expect(dayOfYear(2024, 3, 1)).toBe(61);
    expect(dayOfYear(2023, 3, 1)).toBe(60);
    expect(sumForecasts([{ low: 1n, central: 2n, high: 3n }, { low: 10n, central: 20n, high: 30n }])).toEqual({ low: 11n, central: 22n, high: 33n });
  });
});
