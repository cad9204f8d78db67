import { describe, expect, it } from "vitest";
import { refundDueOf, refundProgress } from "./refund";

describe("refund of a stopped đề án", () => {
  it("is what was disbursed beyond the accepted value, never negative", () => {
    expect(refundDueOf(150n, 100n)).toBe(50n);
    expect(refundDueOf(80n, 100n)).toBe(0n);
  });

  it("tracks refunds after the stop until nothing remains", () => {
    const stop = { disbursedAtStop: 150n, refundDue: 50n };
    expect(refundProgress(stop, 150n)).toEqual({ refunded: 0n, remaining: 50n });
    expect(refundProgress(stop, 120n)).toEqual({ refunded: 30n, remaining: 20n });
    expect(refundProgress(stop, 100n)).toEqual({ refunded: 50n, remaining: 0n });
  });
});
