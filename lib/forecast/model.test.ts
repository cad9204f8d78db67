import { describe, expect, it } from "vitest";
import { contractOwed, dayOfYear, forecastFlag, scheduleAbovePlan, forecastYearEnd, medianDong, shareReached, sumForecasts, type YearCurve } from "./model";

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

  it("takes the median of the curve and run-rate estimates, the range from their spread", () => {
    const f = forecastYearEnd({ ...base, executed: 60n, history: [flat(2021, 10n), flat(2022, 10n), backLoaded(2023)] });
    expect(f.method).toBe("MEDIAN");
    expect(f.methods).toEqual(["CURVE", "RUN_RATE"]);
    expect(f.ranged).toBe(true);
    expect(f.estimates.runRate).toBe((60n * 366n) / 182n);
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
    // One estimate: no range, never a high equal to the central passed off as one.
    expect(f.ranged).toBe(false);
  });

  it("counts the unpaid schedule as one estimate among the others: a high above the central", () => {
    const f = forecastYearEnd({ ...base, executed: 10n, scheduledUnpaid: 500n, history: [flat(2023, 10n)] });
    expect(f.methods).toEqual(["CURVE", "RUN_RATE", "SCHEDULE"]);
    expect(f.central).toBe(20n); // median of 20 (curve), 20 (run-rate), 510 (schedule)
    expect(f.low).toBe(20n);
    expect(f.high).toBe(510n);
    expect(f.high).not.toBe(f.central);
  });

  it("with nothing executed but a schedule due gives the schedule estimate alone, without a range", () => {
    const f = forecastYearEnd({ ...base, executed: 0n, scheduledUnpaid: 315n, history: [flat(2023, 10n)] });
    expect(f).toMatchObject({ method: "SCHEDULE", central: 315n, ranged: false, historyYears: [] });
    expect(forecastFlag(f, 1000n, 8000)).toBe("BELOW"); // not BELOW_EVEN_HIGH: there is no high
  });

  it("with nothing executed, nothing scheduled and no history says it cannot tell", () => {
    const f = forecastYearEnd({ ...base, executed: 0n, history: [] });
    expect(f.method).toBe("INSUFFICIENT");
    expect(forecastFlag(f, 100n, 8000)).toBe("INSUFFICIENT");
  });

  it("in January ignores past years that had reached under 2 % and keeps those that had not", () => {
    const jan = { ...base, cutOffMonth: 1, cutOffDay: 31, executed: 5n };
    const f = forecastYearEnd({ ...jan, history: [backLoaded(2023)] }); // 10/220 ≈ 4,5 % by 31/1
    expect(f.method).toBe("MEDIAN");
    expect(f.estimates.curve).toEqual([(5n * 220n * 31n) / (10n * 31n)]);
    const g = forecastYearEnd({ ...jan, history: [{ year: 2023, monthly: [1n, ...Array.from({ length: 11 }, () => 100n)] }] });
    expect(g.method).toBe("RUN_RATE");
    expect(g.central).toBe((5n * 366n) / 31n);
  });

  it("on 31 December the forecast is what was executed", () => {
    const f = forecastYearEnd({ ...base, cutOffMonth: 12, cutOffDay: 31, executed: 77n, scheduledUnpaid: 0n, history: [flat(2023, 10n)] });
    expect(f).toMatchObject({ low: 77n, central: 77n, high: 77n, method: "ACTUAL", ranged: false });
    // A closed year below the threshold is below, not "likely below".
    expect(forecastFlag(f, 100n, 8000)).toBe("BELOW_ACTUAL");
    expect(forecastFlag(f, 90n, 8000)).toBe("NONE");
  });

  it("in December extrapolates the last days only", () => {
    const f = forecastYearEnd({ ...base, year: 2023, cutOffMonth: 12, cutOffDay: 15, executed: 100n, history: [] });
    expect(f.central).toBe((100n * 365n) / 349n);
  });
});

describe("forecastFlag", () => {
  const f = { central: 70n, high: 90n, method: "CURVE" as const, ranged: true };
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

describe("schedules", () => {
  it("caps a contract's unpaid schedule at its value less what was disbursed on it", () => {
    expect(contractOwed(500n, 1000n, 800n)).toBe(200n);
    expect(contractOwed(100n, 1000n, 800n)).toBe(100n);
    expect(contractOwed(100n, 1000n, 1000n)).toBe(0n);
    expect(contractOwed(100n, 1000n, 1200n)).toBe(0n);
  });
  it("says when executed plus the schedule exceeds the plan (3,7556 tỷ scheduled against a plan of 2,4)", () => {
    expect(scheduleAbovePlan(0n, 3_755_600_000n, 2_400_000_000n)).toBe(true);
    expect(scheduleAbovePlan(null, 3_755_600_000n, 2_400_000_000n)).toBe(true);
    expect(scheduleAbovePlan(1n, 100n, 2_400_000_000n)).toBe(false);
    expect(scheduleAbovePlan(0n, 3_755_600_000n, null)).toBe(false);
    expect(scheduleAbovePlan(3_000_000_000n, 0n, 2_400_000_000n)).toBe(false);
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
