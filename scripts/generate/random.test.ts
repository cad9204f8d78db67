import { describe, expect, it } from "vitest";
import { addMonths, civil, dayNo, iso, monthStart } from "./days";
import { Random, splitAmount, Weighted, wholeTrieu } from "./random";
import { shapeOf } from "./shape";

describe("Random", () => {
  it("gives the same stream for the same seed and another for another seed", () => {
    const a = new Random("kc");
    const b = new Random("kc");
    const c = new Random("kc2");
    const xs = Array.from({ length: 50 }, () => a.next());
    expect(Array.from({ length: 50 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 50 }, () => c.next())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("forks reproducible child streams", () => {
    const one = new Random(7).fork("year:2020");
    const two = new Random(7).fork("year:2020");
    expect(one.int(0, 1_000_000)).toBe(two.int(0, 1_000_000));
  });

  it("draws integers within bounds, both ends reached", () => {
    const r = new Random(1);
    const seen = new Set(Array.from({ length: 2000 }, () => r.int(3, 7)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it("draws a log-normal around its median, clamped", () => {
    const r = new Random(42);
    const xs = Array.from({ length: 20_000 }, () => r.logNormal(300, 0.6, 50, 2500)).sort((a, b) => a - b);
    const median = xs[xs.length / 2]!;
    expect(median).toBeGreaterThan(280);
    expect(median).toBeLessThan(320);
    expect(xs[0]).toBeGreaterThanOrEqual(50);
    expect(xs[xs.length - 1]).toBeLessThanOrEqual(2500);
  });

  it("picks by weight", () => {
    const r = new Random(3);
    const w = new Weighted([["a", 1], ["b", 3], ["none", 0]] as const);
    const n = { a: 0, b: 0, none: 0 };
    for (let i = 0; i < 20_000; i++) n[w.pick(r)]++;
    expect(n.none).toBe(0);
    expect(n.b / n.a).toBeGreaterThan(2.7);
    expect(n.b / n.a).toBeLessThan(3.3);
  });

  it("splits an amount into positive parts that sum exactly", () => {
    const r = new Random(9);
    for (let i = 0; i < 200; i++) {
      const total = wholeTrieu(r.logNormal(300e6, 0.6, 20e6, 3e9));
      const parts = splitAmount(r, total, r.int(1, 8));
      expect(parts.reduce((a, b) => a + b, 0n)).toBe(total);
      expect(parts.every((p) => p > 0n)).toBe(true);
    }
  });
});

describe("days", () => {
  it("round-trips civil dates and formats ISO days", () => {
    for (const [y, m, d] of [[1970, 1, 1], [2008, 8, 1], [2024, 2, 29], [2025, 7, 1], [2026, 12, 31]] as const) {
      expect(civil(dayNo(y, m, d))).toEqual({ y, m, d });
    }
    expect(iso(dayNo(2025, 7, 1))).toBe("2025-07-01");
    expect(dayNo(2025, 3, 1) - dayNo(2025, 2, 28)).toBe(1);
    expect(iso(addMonths(dayNo(2025, 11, 20), 2))).toBe("2026-01-01");
    expect(iso(monthStart(dayNo(2026, 5, 17)))).toBe("2026-05-01");
  });
});

describe("shapeOf", () => {
  it("makes scale 1 one year and scale 40 twenty years at double volume", () => {
    expect(shapeOf(1)).toEqual({ years: 1, perYear: 1 });
    expect(shapeOf(40)).toEqual({ years: 20, perYear: 2 });
    expect(shapeOf(0.05)).toEqual({ years: 1, perYear: 0.05 });
    expect(() => shapeOf(0)).toThrow();
  });
});
