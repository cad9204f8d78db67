import { describe, expect, it } from "vitest";
import { parseCalendarDate as d, vietnamToday } from "../calendar";
import { versionInForce } from "./in-force";

describe("versionInForce", () => {
  const versions = [
    { versionNo: 0, effectiveOn: d("2031-01-01") },
    { versionNo: 1, effectiveOn: d("2031-02-10") },
    { versionNo: 2, effectiveOn: d("2031-06-01") },
  ];
  it("ignores the draft and anything not yet effective", () => {
    expect(versionInForce(versions, d("2031-01-15"))).toBeNull();
    expect(versionInForce(versions, d("2031-02-10"))?.versionNo).toBe(1);
    expect(versionInForce(versions, d("2031-05-31"))?.versionNo).toBe(1);
    expect(versionInForce(versions, d("2031-06-01"))?.versionNo).toBe(2);
  });
  it("takes the later version on the same day and does not depend on order", () => {
    const same = [{ versionNo: 3, effectiveOn: d("2031-06-01") }, ...versions];
    expect(versionInForce(same, d("2031-12-31"))?.versionNo).toBe(3);
    expect(versionInForce([...same].reverse(), d("2031-12-31"))?.versionNo).toBe(3);
  });
  it("orders by effective date before version number: a backdated higher version does not hide a later one", () => {
    // Version 3 was decided last but backdated to April; version 2 (June) stays in force from June.
    const backdated = [...versions, { versionNo: 3, effectiveOn: d("2031-04-01") }];
    expect(versionInForce(backdated, d("2031-03-31"))?.versionNo).toBe(1);
    expect(versionInForce(backdated, d("2031-04-01"))?.versionNo).toBe(3);
    expect(versionInForce(backdated, d("2031-05-31"))?.versionNo).toBe(3);
    expect(versionInForce(backdated, d("2031-06-01"))?.versionNo).toBe(2);
  });
  it("puts an adjustment effective today in force from 00:00 in Vietnam, not from 07:00", () => {
    const adjusted = [...versions, { versionNo: 3, effectiveOn: d("2031-07-15") }];
    expect(versionInForce(adjusted, vietnamToday(new Date("2031-07-14T23:59:00+07:00")))?.versionNo).toBe(2);
    expect(versionInForce(adjusted, vietnamToday(new Date("2031-07-15T00:30:00+07:00")))?.versionNo).toBe(3);
    expect(versionInForce(adjusted, vietnamToday(new Date("2031-07-15T03:09:00+07:00")))?.versionNo).toBe(3);
    expect(versionInForce(adjusted, vietnamToday(new Date("2031-07-15T23:30:00+07:00")))?.versionNo).toBe(3);
  });
  it("is empty before any version exists", () => {
    expect(versionInForce([], d("2031-06-01"))).toBeNull();
  });
});
