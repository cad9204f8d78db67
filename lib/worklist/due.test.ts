import { describe, expect, it } from "vitest";
import { calendarDay } from "../calendar";
import { balancePayable, dueScheduleItems } from "./due";

const T = 1_000_000n;

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
