import { describe, expect, it } from "vitest";
import { calendarDay, formatIsoDay } from "../calendar";
import { balancePayable, dueScheduleItems, overdueReportMonths } from "./due";

const T = 1_000_000n;
const rule = { dayOfMonth: 25, validFrom: calendarDay(2014, 2, 10), validTo: null };
const months = (r: ReturnType<typeof overdueReportMonths>) => r.map((m) => `${formatIsoDay(m.month)}→${formatIsoDay(m.dueOn)}`);

describe("overdue monthly reports", () => {
  it("lists months after the start whose deadline has passed without a report", () => {
    const r = overdueReportMonths({ start: calendarDay(2027, 3, 10), lastYear: 2027, today: calendarDay(2027, 6, 26), deadlines: [rule], reported: new Set(["2027-04-01"]) });
    expect(months(r)).toEqual(["2027-03-01→2027-03-25", "2027-05-01→2027-05-25", "2027-06-01→2027-06-25"]);
  });
  it("the deadline day itself is not late, and a month signed after its deadline owes nothing", () => {
    expect(months(overdueReportMonths({ start: calendarDay(2027, 3, 28), lastYear: 2027, today: calendarDay(2027, 4, 25), deadlines: [rule], reported: new Set() }))).toEqual([]);
  });
  it("reads the deadline in force per month, and stops at the đề án's last year", () => {
    const changed = [{ dayOfMonth: 25, validFrom: calendarDay(2014, 2, 10), validTo: calendarDay(2027, 12, 1) }, { dayOfMonth: 20, validFrom: calendarDay(2027, 12, 1), validTo: null }];
    const r = overdueReportMonths({ start: calendarDay(2027, 11, 1), lastYear: 2027, today: calendarDay(2028, 3, 1), deadlines: changed, reported: new Set() });
    expect(months(r)).toEqual(["2027-11-01→2027-11-25", "2027-12-01→2027-12-20"]);
  });
  it("has no deadline where no rule is in force", () => {
    expect(overdueReportMonths({ start: calendarDay(2027, 1, 1), lastYear: 2027, today: calendarDay(2027, 5, 1), deadlines: [], reported: new Set() })).toEqual([]);
  });
});

describe("schedule items due", () => {
  const items = [
    { seq: 1, kind: "ADVANCE" as const, amount: 60n * T, dueOn: calendarDay(2027, 3, 15), afterAcceptance: false },
    { seq: 2, kind: "ADVANCE" as const, amount: 80n * T, dueOn: calendarDay(2027, 6, 1), afterAcceptance: false },
    { seq: 3, kind: "PAYMENT" as const, amount: 60n * T, dueOn: calendarDay(2027, 4, 1), afterAcceptance: true },
  ];
  it("an item is due when its day has come and the ledger does not cover the cumulative schedule", () => {
    expect(dueScheduleItems(items, { ADVANCE: 0n, PAYMENT: 0n }, calendarDay(2027, 4, 1)).map((i) => [i.seq, i.missing])).toEqual([[1, 60n * T]]);
    expect(dueScheduleItems(items, { ADVANCE: 100n * T, PAYMENT: 0n }, calendarDay(2027, 7, 1)).map((i) => [i.seq, i.missing])).toEqual([[2, 40n * T]]);
    expect(dueScheduleItems(items, { ADVANCE: 140n * T, PAYMENT: 0n }, calendarDay(2027, 7, 1))).toEqual([]);
  });
});

describe("balance payable", () => {
  it("is the accepted value (at most the contract's) less what went out, never negative", () => {
    expect(balancePayable(200n * T, null, 140n * T)).toBe(60n * T);
    expect(balancePayable(200n * T, 180n * T, 140n * T)).toBe(40n * T);
    expect(balancePayable(200n * T, 250n * T, 140n * T)).toBe(60n * T);
    expect(balancePayable(200n * T, 100n * T, 140n * T)).toBe(0n);
  });
});
