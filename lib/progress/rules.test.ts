import { describe, expect, it } from "vitest";
import { parseCalendarDate as day } from "../calendar";
import { formatQuantity, hundredthsOf, lateFrom, lineViolations, monthStart, monthStatus, parseCompletionBp, parseMonthText, parseQuantity, quantityDecimal, reportMonths } from "./rules";

describe("months and deadlines", () => {
  it("keys a report by the first day of its month", () => {
    expect(monthStart(day("2026-11-17"))).toEqual(day("2026-11-01"));
    expect(parseMonthText("2026-02")).toEqual(day("2026-02-01"));
    expect(parseMonthText("2026-13")).toBeNull();
    expect(parseMonthText("11/2026")).toBeNull();
  });

  it("lists months from the start through today's month, across a year end", () => {
    expect(reportMonths(day("2026-11-20"), day("2027-01-03")).map((m) => m.toISOString().slice(0, 7))).toEqual(["2026-11", "2026-12", "2027-01"]);
  });

  it("is late from day D of the reported month (decision 024), D beyond the month is the next month's 1st", () => {
    expect(lateFrom(day("2026-11-01"), 25)).toEqual(day("2026-11-25"));
    expect(lateFrom(day("2026-02-01"), 30)).toEqual(day("2026-03-01"));
  });

  it("says confirmed, submitted, overdue or not due", () => {
    const month = day("2026-11-01");
    expect(monthStatus({ confirmedAt: new Date() }, month, day("2026-12-30"), 25)).toBe("CONFIRMED");
    expect(monthStatus({ confirmedAt: null }, month, day("2026-12-30"), 25)).toBe("SUBMITTED");
    expect(monthStatus(undefined, month, day("2026-11-24"), 25)).toBe("NOT_DUE");
    expect(monthStatus(undefined, month, day("2026-11-25"), 25)).toBe("OVERDUE");
  });
});

describe("typed figures", () => {
  it("reads vi-VN quantities exactly, refusing dots as decimals and negatives", () => {
    expect(parseQuantity("1,5")).toBe(150n);
    expect(parseQuantity("1.234,25")).toBe(123_425n);
    expect(parseQuantity("12")).toBe(1200n);
    expect(parseQuantity("1.5")).toBeNull();
    expect(parseQuantity("-1")).toBeNull();
    expect(parseQuantity("1,555")).toBeNull();
    expect(quantityDecimal(150n)).toBe("1.50");
    expect(formatQuantity(123_425n)).toBe("1.234,25");
    expect(formatQuantity(1200n)).toBe("12");
    expect(hundredthsOf("3.5")).toBe(350n);
  });

  it("reads completion 0–100 % as basis points", () => {
    expect(parseCompletionBp("45,5")).toBe(4550);
    expect(parseCompletionBp("100")).toBe(10_000);
    expect(parseCompletionBp("100,01")).toBeNull();
  });
});

describe("cumulative figures", () => {
  const format = { money: (v: bigint) => `${v}đ`, quantity: formatQuantity };
  const caps = new Map([["L1", { budgetLineId: "L1", support: 100n, counterpart: 50n }]]);
  const previous = new Map([["L1", { done: 200n, cost: 80n }]]);
  const none = new Map<string, { done: bigint; cost: bigint }>();

  it("refuses a decrease against the previous month with both figures", () => {
    const [v, w] = lineViolations([{ budgetLineId: "L1", description: "Máy sấy", done: 150n, cost: 70n }], { previous, next: none, previousMonth: "10/2026", nextMonth: "" }, caps, format);
    expect(v).toMatchObject({ field: "doneQuantity", key: "errors.progress.quantityDecreased", params: { value: "1,5", previous: "2", month: "10/2026" } });
    expect(w).toMatchObject({ field: "costExecuted", key: "errors.progress.costDecreased", params: { value: "70đ", previous: "80đ" } });
  });

  it("refuses a cost above the line's support + counterpart, and an edit above a later month", () => {
    const next = new Map([["L1", { done: 300n, cost: 120n }]]);
    const found = lineViolations([{ budgetLineId: "L1", description: "Máy sấy", done: 400n, cost: 160n }], { previous: none, next, previousMonth: "", nextMonth: "12/2026" }, caps, format);
    expect(found.map((v) => v.key)).toEqual(["errors.progress.quantityAboveLater", "errors.progress.costAboveLater", "errors.progress.costAboveLine"]);
    expect(found[2]?.params).toMatchObject({ limit: "150đ" });
  });

  it("accepts equal or higher cumulative figures within the line", () => {
    expect(lineViolations([{ budgetLineId: "L1", description: "x", done: 200n, cost: 150n }], { previous, next: none, previousMonth: "", nextMonth: "" }, caps, format)).toEqual([]);
  });
});
