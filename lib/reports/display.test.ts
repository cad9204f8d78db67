import { describe, expect, it } from "vitest";
import { reportLine } from "../../tests/fixtures/report-line";
import { chartTy, curveView, denominatorKey, growthPercent, planShown, ratioPercent, reportAmount } from "./display";

const TY = 1_000_000_000n;

describe("reportAmount", () => {
  it("writes tỷ đồng vi-VN, and null (not reported) as null, never 0", () => {
    expect(reportAmount(130_400_000_000n)).toBe("130,40");
    expect(reportAmount(130_449_000_000n, 1)).toBe("130,4");
    expect(reportAmount(35_000_000n)).toBe("0,04");
    expect(reportAmount(0n)).toBe("0,00");
    expect(reportAmount(null)).toBeNull();
  });
});

describe("ratios", () => {
  it("writes a percentage or null when it has no denominator, and names the denominator's key", () => {
    const r = { bp: 9170n, numerator: "executed", denominator: "planAdjusted" } as const;
    expect(ratioPercent(r)).toBe("91,70 %");
    expect(ratioPercent({ ...r, bp: 9175n })).toBe("91,75 %");
    expect(ratioPercent({ ...r, bp: null })).toBeNull();
    expect(denominatorKey(r)).toBe("denominator.planAdjusted");
  });

  it("signs a growth: +22,60 %, -5,00 %, 0,00 %", () => {
    const g = (bp: bigint | null) => growthPercent({ bp, numerator: "planAdjusted", denominator: "lastYearPlanAdjusted" });
    expect(g(2260n)).toBe("+22,60 %");
    expect(g(-500n)).toBe("-5,00 %");
    expect(g(0n)).toBe("0,00 %");
    expect(g(null)).toBeNull();
  });
});

describe("chartTy", () => {
  it("turns đồng into tỷ for the plot only, keeping null", () => {
    expect(chartTy(73_700_000_000n)).toBe(73.7);
    expect(chartTy(1_400_000n)).toBe(0.001);
    expect(chartTy(null)).toBeNull();
  });
});

describe("curveView", () => {
  const lines = [
    reportLine("01", { current: { executed: 2n * TY }, lastYear: { executed: 1n * TY } }),
    reportLine("03", { current: { executed: 3n * TY } }),
    reportLine("_none", { current: { executed: 50n * TY } }),
  ];

  it("draws the cumulative curve up to the cut-off's month, this year and last, in tỷ with exact texts", () => {
    const points = curveView(lines, 4);
    expect(points.map((p) => p.month)).toEqual([1, 2, 3, 4]);
    expect(points.map((p) => p.current)).toEqual([2, 2, 5, 5]);
    expect(points.map((p) => p.lastYear)).toEqual([1, 1, 1, 1]);
    expect(points[2]).toMatchObject({ currentText: "5,00", lastYearText: "1,00" });
  });

  it("keeps a curve not reported until a month has a figure (null, never 0)", () => {
    const points = curveView([reportLine("02", { current: { executed: TY } })], 3);
    expect(points.map((p) => p.current)).toEqual([null, 1, 1]);
    expect(points.map((p) => p.lastYear)).toEqual([null, null, null]);
    expect(points[0]!.currentText).toBeNull();
  });
});

describe("planShown", () => {
  it("shows the adjusted plan and says when it differs from the original", () => {
    expect(planShown({ ...reportLine("x").current, planOriginal: 10n, planAdjusted: 12n })).toEqual({ amount: 12n, adjusted: true });
    expect(planShown({ ...reportLine("x").current, planOriginal: 10n, planAdjusted: 10n })).toEqual({ amount: 10n, adjusted: false });
    expect(planShown(reportLine("x").current)).toEqual({ amount: null, adjusted: false });
  });
});
