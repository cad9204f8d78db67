import { describe, expect, it } from "vitest";
import { refundDueOf, refundProgress } from "./refund";

describe("refund of a stopped đề án", () => {
  it("is what was disbursed beyond the accepted value, never negative", () => {
    expect(refundDueOf(150n, 100n)).toBe(50n);
    expect(refundDueOf(80n, 100n)).toBe(0n);
  });

  it("tracks the refunds since the stop until nothing remains", () => {
    const stop = { refundDue: 50n };
    expect(refundProgress(stop, 0n)).toEqual({ refunded: 0n, remaining: 50n });
    expect(refundProgress(stop, 30n)).toEqual({ refunded: 30n, remaining: 20n });
    expect(refundProgress(stop, 50n)).toEqual({ refunded: 50n, remaining: 0n });
    expect(refundProgress(stop, 70n)).toEqual({ refunded: 70n, remaining: 0n });
  });
});
