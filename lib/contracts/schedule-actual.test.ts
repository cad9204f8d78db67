import { describe, expect, it } from "vitest";
import { scheduleVsActual, type PlannedItem } from "./schedule-actual";

const items: PlannedItem[] = [
  { seq: 1, kind: "ADVANCE", amount: 300n },
  { seq: 2, kind: "ADVANCE", amount: 400n },
  { seq: 3, kind: "PAYMENT", amount: 300n },
];

describe("schedule against actual", () => {
  it("advances fill the advance items in order, payments the balance", () => {
    expect(scheduleVsActual(items, { advanced: 450n, paid: 0n }).map((i) => [i.seq, i.actual, i.remaining, i.done])).toEqual([
      [1, 300n, 0n, true],
      [2, 150n, 250n, false],
      [3, 0n, 300n, false],
    ]);
    expect(scheduleVsActual(items, { advanced: 700n, paid: 300n }).every((i) => i.done)).toBe(true);
  });

  it("nothing recorded: everything remains", () => {
    expect(scheduleVsActual(items, { advanced: 0n, paid: 0n }).map((i) => i.remaining)).toEqual([300n, 400n, 300n]);
  });

  it("more than planned stays visible on the last item of its kind", () => {
    expect(scheduleVsActual(items, { advanced: 800n, paid: 0n }).map((i) => i.actual)).toEqual([300n, 500n, 0n]);
  });
});
