import { describe, expect, it } from "vitest";
import type { Fact } from "./facts";
import { addFact, addNullable, emptyAccumulator, finishLine, lineRatio, mergeAccumulator, monthlyCurve, pathOf } from "./lines";
import { outputsOfLines } from "./output-rules";

const fact = (over: Partial<Fact>): Fact => ({ provinceId: "p", implementerId: null, kind: null, contentId: null, projectId: null, status: null, source: "KCQG", path: "records", month: null, measures: {}, outputs: {}, ...over });
const meta = { key: "k", label: "k", href: null, straddling: null };

describe("null-aware sums", () => {
  it("null is not reported: it never becomes 0 and never hides a reported figure", () => {
    expect(addNullable<bigint>(null, null)).toBeNull();
    expect(addNullable<bigint>(null, undefined)).toBeNull();
    expect(addNullable<bigint>(null, 0n)).toBe(0n);
    expect(addNullable<bigint>(5n, null)).toBe(5n);
    expect(addNullable(2, 3)).toBe(5);
  });

  it("a line of a periodic province has plan and executed but advanced stays not reported", () => {
    const acc = emptyAccumulator();
    addFact(acc, fact({ path: "periodic", source: "KCDP", measures: { planAdjusted: 100n, executed: 80n } }), "current");
    const line = finishLine(acc, meta, 160n);
    expect([line.current.advanced, line.current.executed, line.path]).toEqual([null, 80n, "periodic"]);
    expect(line.percentOfPlan).toEqual({ bp: 8000n, numerator: "executed", denominator: "planAdjusted" });
    expect(line.shareOfNational).toEqual({ bp: 5000n, numerator: "executed", denominator: "nationalExecuted" });
    expect(line.vsSamePeriod.bp).toBeNull(); // nothing last year: no ratio, not infinity
    expect(line.planGrowth.bp).toBeNull();
    expect(lineRatio(line, "allocated", "planAdjusted").bp).toBeNull();
  });

  it("a records line with a plan and no entries has 0 of the ledger, allocations and contracts, not 'not reported'", () => {
    const acc = emptyAccumulator();
    addFact(acc, fact({ measures: { planAdjusted: 100n } }), "current");
    addFact(acc, fact({ measures: { planAdjusted: 90n } }), "lastYear");
    const line = finishLine(acc, meta, 160n);
    expect(line.current).toEqual({ planOriginal: null, planAdjusted: 100n, allocated: 0n, contracted: 0n, advanced: 0n, paid: 0n, settled: 0n, refunded: 0n, executed: 0n });
    expect(line.lastYear.executed).toBe(0n);
    expect(line.percentOfPlan.bp).toBe(0n);
    expect(finishLine(emptyAccumulator(), meta, 160n).current.executed).toBeNull(); // no data at all
  });

  it("reports an average outcome (income per worker) as the mean over the reporting facilities, a total over all of them; sums stay sums", () => {
    const a = emptyAccumulator();
    const b = emptyAccumulator();
    addFact(a, fact({ outcomes: { averageIncome: { before: 10_000_000n, after: 13_000_001n, reported: 2, notReported: 0 }, jobs: { before: 4n, after: 6n, reported: 2, notReported: 0 } } }), "current");
    addFact(b, fact({ outcomes: { averageIncome: { before: 7_000_000n, after: 8_000_000n, reported: 1, notReported: 1 } } }), "current");
    const line = finishLine(a, meta, null);
    expect(line.outcomes.averageIncome).toEqual({ before: 5_000_000n, after: 6_500_001n, reported: 2, notReported: 0 });
    expect(line.outcomes.jobs).toEqual({ before: 4n, after: 6n, reported: 2, notReported: 0 });
    const total = emptyAccumulator();
    mergeAccumulator(total, a);
    mergeAccumulator(total, b);
    expect(finishLine(total, meta, null).outcomes.averageIncome).toEqual({ before: 5_666_667n, after: 7_000_000n, reported: 3, notReported: 1 });
  });

  it("merging lines adds each measure and keeps the paths, so a total is the sum of its lines", () => {
    const a = emptyAccumulator();
    addFact(a, fact({ measures: { executed: 10n, planAdjusted: 20n } }), "current");
    addFact(a, fact({ measures: { executed: 7n } }), "lastYear");
    const b = emptyAccumulator();
    addFact(b, fact({ path: "periodic", measures: { executed: 5n } }), "current");
    const total = emptyAccumulator();
    mergeAccumulator(total, a);
    mergeAccumulator(total, b);
    expect([total.current.executed, total.current.planAdjusted, total.lastYear.executed, pathOf(total.paths)]).toEqual([15n, 20n, 7n, "mixed"]);
    expect(pathOf(new Set())).toBe("none");
  });

  it("money on other years' đề án is its own figure: never executed, 0 on records without it, null on a periodic-only line", () => {
    const a = emptyAccumulator();
    addFact(a, fact({ measures: { executed: 10n } }), "current");
    addFact(a, fact({ disbursedOutsidePlan: 4n }), "current");
    const b = emptyAccumulator();
    addFact(b, fact({ measures: { executed: 3n } }), "current");
    const c = emptyAccumulator();
    addFact(c, fact({ path: "periodic", source: "KCDP", measures: { executed: 5n } }), "current");
    expect([finishLine(a, meta, null).current.executed, finishLine(a, meta, null).disbursedOutsidePlan]).toEqual([10n, 4n]);
    expect(finishLine(b, meta, null).disbursedOutsidePlan).toBe(0n);
    expect(finishLine(c, meta, null).disbursedOutsidePlan).toBeNull();
    const total = emptyAccumulator();
    [a, b, c].forEach((x) => mergeAccumulator(total, x));
    expect([total.current.executed, finishLine(total, meta, null).disbursedOutsidePlan]).toEqual([18n, 4n]);
  });
});

describe("output counts from budget lines", () => {
  it("counts by content and unit; an unknown unit of the content is not derivable (null), no line of it is 0", () => {
    const counts = outputsOfLines([
      { contentCode: "03.1", unit: "mô hình", quantity: 1 },
      { contentCode: "03.1", unit: "hội thảo", quantity: 1 },
      { contentCode: "04.2", unit: "Gian hàng ", quantity: 30 },
      { contentCode: "01", unit: "lớp", quantity: 5 },
    ]);
    expect(counts).toMatchObject({ models: 1, booths: 30, trainees: null, machines: 0, brands: 0 });
  });
});

describe("the monthly curve", () => {
  it("is the running sum of the month lines up to the cut-off's month, null after it", () => {
    const m = (key: string, cur: bigint | null, last: bigint | null) => ({ key, current: { executed: cur } as never, lastYear: { executed: last } as never });
    // Periodic only: nothing on the undated line, so nothing before the first reported month.
    const curve = monthlyCurve([m("02", 5n, 3n), m("03", null, 4n), m("_none", null, null)], 3);
    expect(curve.slice(0, 4)).toEqual([
      { month: 1, current: null, lastYear: null },
      { month: 2, current: 5n, lastYear: 3n },
      { month: 3, current: 5n, lastYear: 7n },
      { month: 4, current: null, lastYear: null },
    ]);
    expect(curve).toHaveLength(12);
  });

  it("is 0 before the first payment where records exist (the undated line's executed is 0, not 'not reported')", () => {
    const m = (key: string, cur: bigint | null, last: bigint | null) => ({ key, current: { executed: cur } as never, lastYear: { executed: last } as never });
    const curve = monthlyCurve([m("03", 5n, null), m("_none", 0n, null)], 3);
    expect(curve.slice(0, 3)).toEqual([
      { month: 1, current: 0n, lastYear: null },
      { month: 2, current: 0n, lastYear: null },
      { month: 3, current: 5n, lastYear: null },
    ]);
  });
});
