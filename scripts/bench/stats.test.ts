import { describe, expect, it } from "vitest";
import { kb, median, medianRun, ratio } from "./stats";

describe("median", () => {
  it("takes the middle of an odd count, whatever the order", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([7])).toBe(7);
  });
  it("averages the two middle values of an even count", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it("leaves its input alone and refuses no values", () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
    expect(() => median([])).toThrow();
  });
});

describe("ratio", () => {
  it("divides the page by the trivial page, two decimals", () => {
    expect(ratio(150, 50)).toBe(3);
    expect(ratio(100, 30)).toBe(3.33);
  });
  it("refuses a trivial time that is not positive", () => {
    expect(() => ratio(10, 0)).toThrow();
    expect(() => ratio(10, Number.NaN)).toThrow();
  });
});

describe("kb and medianRun", () => {
  it("counts KB of 1024 bytes, one decimal", () => {
    expect(kb(204_800)).toBe(200);
    expect(kb(1536)).toBe(1.5);
  });
  it("keeps the whole run with the median score", () => {
    const runs = [{ score: 97, id: "a" }, { score: 88, id: "b" }, { score: 92, id: "c" }];
    expect(medianRun(runs).id).toBe("c");
    expect(medianRun([{ score: 90, id: "x" }]).id).toBe("x");
    expect(() => medianRun([])).toThrow();
  });
});
