import { describe, expect, it } from "vitest";
import { calendarDay } from "../calendar";
import { atInstant, onDay, sortTimeline } from "./events";

describe("timeline order", () => {
  it("orders by Vietnam day, dated records before timed ones within a day, then by time", () => {
    // 2027-03-01T18:00Z is already 2 March in Vietnam (UTC+7).
    const late = atInstant({ id: "s1", kind: "status", params: {} }, new Date("2027-03-01T18:00:00Z"));
    const early = atInstant({ id: "s0", kind: "status", params: {} }, new Date("2027-03-02T01:00:00Z"));
    const signed = onDay({ id: "c1", kind: "contract", params: {} }, calendarDay(2027, 3, 2));
    const before = onDay({ id: "l1", kind: "ledger", params: {} }, calendarDay(2027, 3, 1));
    expect(sortTimeline([early, signed, late, before]).map((e) => e.id)).toEqual(["l1", "c1", "s1", "s0"]);
  });
  it("is stable for the same day and kind (by id)", () => {
    const a = onDay({ id: "b", kind: "ledger", params: {} }, calendarDay(2027, 5, 1));
    const b = onDay({ id: "a", kind: "ledger", params: {} }, calendarDay(2027, 5, 1));
    expect(sortTimeline([a, b]).map((e) => e.id)).toEqual(["a", "b"]);
  });
});
