import { describe, expect, it } from "vitest";
import { calendarDateText, calendarDaySchema, optionalCalendarDateText } from "./schemas";

describe("calendar date schemas", () => {
  it("refuse impossible days in every date field with a Vietnamese message", () => {
    for (const bad of ["2026-99-99", "0000-00-00", "2025-02-29", "2026-13-01", "26-01-01", "01/02/2026", "abc"]) {
      const result = calendarDateText().safeParse(bad);
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/^Ngày không hợp lệ/);
    }
  });

  it("accept real days, 29 February of a leap year included, and parse them into calendar days", () => {
    expect(calendarDateText().parse(" 2024-02-29 ")).toBe("2024-02-29");
    expect(calendarDaySchema().parse("2026-12-31").toISOString()).toBe("2026-12-31T00:00:00.000Z");
  });

  it("let an optional day be empty but not malformed", () => {
    expect(optionalCalendarDateText().parse("")).toBe("");
    expect(optionalCalendarDateText().safeParse("2026-02-30").success).toBe(false);
  });
});
