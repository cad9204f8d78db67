import { describe, expect, it } from "vitest";
import { parseCalendarDate as day } from "../calendar";
import { latestOverdueMonth } from "./overdue";

const deadline25 = () => 25;

describe("latest overdue month", () => {
  it("is the most recent month past its deadline without a report", () => {
    const reported = new Set([day("2026-09-01").getTime()]);
    expect(latestOverdueMonth(day("2026-08-10"), reported, day("2026-11-24"), deadline25)).toEqual({ month: day("2026-10-01"), lateFrom: day("2026-10-25") });
    expect(latestOverdueMonth(day("2026-08-10"), reported, day("2026-11-25"), deadline25)?.month).toEqual(day("2026-11-01"));
  });

  it("is none when the latest months are reported or not yet due, or no deadline is configured", () => {
    const reported = new Set([day("2026-10-01").getTime()]);
    expect(latestOverdueMonth(day("2026-10-05"), reported, day("2026-11-24"), deadline25)).toBeNull();
    expect(latestOverdueMonth(day("2026-10-05"), new Set(), day("2026-11-30"), () => null)).toBeNull();
  });
});
