import { describe, expect, it } from "vitest";
import { httpStatusOf, isDomainError } from "../errors";
import {
  addDays, asCalendarDay, calendarDay, currentPlanYear, dayOfMonthOf, daysBetween, endOfVietnamDay, formatIsoDay, InvalidDateError, nextPlanYear,
  parseCalendarDate, parseOptionalCalendarDate, sameDayInYear, startOfVietnamDay, VIETNAM_TIME_ZONE, vietnamToday,
} from "./index";

const at = (iso: string) => new Date(iso);
const iso = (d: Date) => formatIsoDay(asCalendarDay(d));

describe("vietnamToday", () => {
  it("is the Vietnam day at 00:30 and 23:30 VN, whatever the UTC date says", () => {
    // 00:30 VN on 10/3 is still 9/3 in UTC; 23:30 VN on 10/3 is 16:30 UTC the same day.
    expect(iso(vietnamToday(at("2026-03-10T00:30:00+07:00")))).toBe("2026-03-10");
    expect(iso(vietnamToday(at("2026-03-09T17:30:00Z")))).toBe("2026-03-10");
    expect(iso(vietnamToday(at("2026-03-10T23:30:00+07:00")))).toBe("2026-03-10");
    expect(iso(vietnamToday(at("2026-03-10T23:59:59.999+07:00")))).toBe("2026-03-10");
    expect(iso(vietnamToday(at("2026-03-11T00:00:00+07:00")))).toBe("2026-03-11");
  });
  it("returns UTC midnight, so it equals a DATE column value of the same day", () => {
    expect(vietnamToday(at("2026-03-10T03:09:00+07:00")).getTime()).toBe(Date.UTC(2026, 2, 10));
  });
  it("agrees with the time-zone database at every hour of a year", () => {
    const fmt = new Intl.DateTimeFormat("en-CA", { timeZone: VIETNAM_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });
    for (let t = Date.UTC(2025, 11, 1); t < Date.UTC(2026, 11, 31); t += 3_600_000 + 60_000) {
      expect(iso(vietnamToday(new Date(t)))).toBe(fmt.format(new Date(t)));
    }
  });
  it("works before 1970 (negative timestamps)", () => {
    expect(iso(vietnamToday(at("1969-12-31T17:30:00Z")))).toBe("1970-01-01");
  });
});

describe("year ends", () => {
  it("31/12 23:59 VN is still the old year; 00:00 VN on 1/1 is the new one while UTC is still 31/12", () => {
    expect(currentPlanYear(at("2026-12-31T23:59:00+07:00"))).toBe(2026);
    expect(currentPlanYear(at("2026-12-31T17:00:00Z"))).toBe(2027);
    expect(nextPlanYear(at("2026-12-31T17:00:00Z"))).toBe(2028);
    expect(nextPlanYear(at("2026-12-31T16:59:59Z"))).toBe(2027);
  });
  it("the cut-off of 31/12 is 16:59:59.999 UTC, and the next day starts one millisecond later", () => {
    const end = endOfVietnamDay(calendarDay(2026, 12, 31));
    expect(end.toISOString()).toBe("2026-12-31T16:59:59.999Z");
    expect(startOfVietnamDay(calendarDay(2027, 1, 1)).getTime()).toBe(end.getTime() + 1);
    expect(vietnamToday(end).getTime()).toBe(Date.UTC(2026, 11, 31));
  });
});

describe("parseCalendarDate", () => {
  it("accepts real days and 29 February in leap years only", () => {
    expect(parseCalendarDate("2026-03-10").getTime()).toBe(Date.UTC(2026, 2, 10));
    expect(iso(parseCalendarDate("2024-02-29"))).toBe("2024-02-29");
    expect(iso(parseCalendarDate("2000-02-29"))).toBe("2000-02-29");
    expect(() => parseCalendarDate("2025-02-29")).toThrow(InvalidDateError);
    expect(() => parseCalendarDate("1900-02-29")).toThrow(InvalidDateError);
  });
  it.each(["2026-99-99", "0000-00-00", "0000-01-01", "2026-13-01", "2026-04-31", "2026-00-10", "2026-3-10", "10/03/2026", "2026-03-10T00:00", " 2026-03-10", "2026-03-10\n", "", "abc"])("rejects %j with a Vietnamese 400", (text) => {
    let error: unknown;
    try {
      parseCalendarDate(text);
    } catch (e) {
      error = e;
    }
    expect(isDomainError(error)).toBe(true);
    if (!isDomainError(error)) return;
    expect(error.code).toBe("VALIDATION");
    expect(httpStatusOf(error)).toBe(400);
    expect(error.message).toContain(`"${text}"`);
    expect(error.message).toMatch(/không hợp lệ/);
  });
  it("treats absent or empty optional dates as absent, never as a bad day", () => {
    expect(parseOptionalCalendarDate(undefined)).toBeUndefined();
    expect(parseOptionalCalendarDate("")).toBeUndefined();
    expect(() => parseOptionalCalendarDate("2026-99-99")).toThrow(InvalidDateError);
  });
});

describe("day arithmetic", () => {
  it("formats years below 1000 with four digits and steps over month and leap-day ends", () => {
    expect(formatIsoDay(calendarDay(99, 1, 5))).toBe("0099-01-05");
    expect(iso(addDays(calendarDay(2024, 2, 28), 1))).toBe("2024-02-29");
    expect(iso(addDays(calendarDay(2025, 2, 28), 1))).toBe("2025-03-01");
    expect(daysBetween(calendarDay(2026, 6, 1), calendarDay(2026, 6, 15))).toBe(14);
  });
  it("gives the day of the month and the same day in another year, 29 February becoming 28 February", () => {
    expect([dayOfMonthOf(calendarDay(2026, 1, 1)), dayOfMonthOf(calendarDay(2024, 2, 29)), dayOfMonthOf(calendarDay(2026, 12, 31))]).toEqual([1, 29, 31]);
    expect(iso(sameDayInYear(calendarDay(2024, 2, 29), 2023))).toBe("2023-02-28");
    expect(iso(sameDayInYear(calendarDay(2023, 2, 28), 2024))).toBe("2024-02-28");
    expect(iso(sameDayInYear(calendarDay(2022, 9, 30), 2019))).toBe("2019-09-30");
  });
  it("refuses instants as days and impossible days", () => {
    expect(() => asCalendarDay(at("2026-03-10T03:09:00+07:00"))).toThrow(RangeError);
    expect(() => calendarDay(2025, 2, 29)).toThrow(RangeError);
  });
});
