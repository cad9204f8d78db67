import { describe, expect, it } from "vitest";
import type { ContendedResult } from "../bench-ledger";
import { REBUILD_ROW, nationalWrites, type WriteFigures } from "./writes";

const figures = (ms: Record<string, number>, ledgerEntries: number): WriteFigures => ({
  rows: Object.entries(ms).map(([name, v]) => ({ name, ms: v })),
  contended: {} as ContendedResult,
  rebuild: { equal: true, ledgerEntries },
});

describe("nationalWrites", () => {
  it("judges each write on its growth from the smallest to the largest scale", () => {
    const [submit] = nationalWrites([
      { scale: 1, writes: figures({ submit: 100 }, 10) },
      { scale: 40, writes: figures({ submit: 310 }, 900) },
    ]);
    expect(submit).toMatchObject({ byScale: { "1": 100, "40": 310 }, perEntryGrowth: null, ok: false });
    expect(submit!.growth).toBeCloseTo(3.1);
  });
  it("judges the rebuild on its growth per ledger entry, since it reads them all", () => {
    const [rebuild] = nationalWrites([
      { scale: 1, writes: figures({ [REBUILD_ROW]: 10 }, 10) },
      { scale: 40, writes: figures({ [REBUILD_ROW]: 600 }, 900) },
    ]);
    expect(rebuild!.growth).toBeCloseTo(60);
    expect(rebuild!.perEntryGrowth).toBeCloseTo(60 / 90);
    expect(rebuild!.ok).toBe(true);
  });
  it("has no growth with one scale, and skips a scale whose writes failed", () => {
    expect(nationalWrites([{ scale: 1, writes: figures({ submit: 100 }, 10) }])[0]).toMatchObject({ growth: null, ok: null });
    expect(nationalWrites([{ scale: 1, writes: null }])).toEqual([]);
  });
});
