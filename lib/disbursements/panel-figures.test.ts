import { describe, expect, it } from "vitest";
import { measuresOf } from "./measures";
import { moneyPanelOf } from "./panel-figures";

const T = 1_000_000n;
const byKey = (figures: ReturnType<typeof moneyPanelOf>) => Object.fromEntries(figures.map((f) => [f.key, f]));

describe("money panel figures", () => {
  it("derives outstanding advance and remaining, each share naming its denominator", () => {
    const m = measuresOf({ ADVANCE: 140n * T, PAYMENT: 60n * T, SETTLEMENT: 100n * T, REFUND: 10n * T });
    const f = byKey(moneyPanelOf(300n * T, 200n * T, m));
    expect(f.outstanding).toEqual({ key: "outstanding", amount: 30n * T, share: { bp: 2143n, of: "advanced" } });
    expect(f.remaining).toEqual({ key: "remaining", amount: 110n * T, share: { bp: 3667n, of: "approved" } });
    expect(f.contracted?.share).toEqual({ bp: 6667n, of: "approved" });
    expect(f.advanced?.share).toEqual({ bp: 7000n, of: "contracted" });
    expect(f.settled?.share).toEqual({ bp: 7143n, of: "advanced" });
    expect(f.refunded?.share).toEqual({ bp: 500n, of: "paidOut" });
    expect(f.approved?.share).toBeNull();
  });
  it("has no share where the denominator is zero or unknown", () => {
    const f = byKey(moneyPanelOf(null, 0n, measuresOf({})));
    expect(f.remaining).toEqual({ key: "remaining", amount: null, share: null });
    expect(f.contracted?.share).toEqual({ bp: null, of: "approved" });
    expect(f.advanced?.share).toEqual({ bp: null, of: "contracted" });
  });
});
