import { describe, expect, it } from "vitest";
import { z } from "zod";
import { cappedTotal, COUNT_CAP, CursorTextSchema, decodeCursor, encodeCursor, enumBeyond, reversed, seekRanges } from "./keyset";

const schema = z.object({ k: z.tuple([z.number().int(), z.string()]) });

describe("keyset cursors", () => {
  it("round-trips a sort key through URL-safe text", () => {
    const text = encodeCursor({ k: [2026, "KCĐP-2026-38-001"] });
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(text, schema)).toEqual({ k: [2026, "KCĐP-2026-38-001"] });
  });

  it("reads anything forged or malformed as no cursor, never throws", () => {
    for (const text of [undefined, "", "%%%", "bm90IGpzb24", encodeCursor({ k: ["2026", 1] }), encodeCursor({ k: [2026] }), encodeCursor(null), encodeCursor("x")]) {
      expect(decodeCursor(text, schema)).toBeUndefined();
    }
    expect(CursorTextSchema.parse("a b")).toBeUndefined();
    expect(CursorTextSchema.parse("x".repeat(5000))).toBeUndefined();
  });

  it("caps the count and says there are more", () => {
    expect(cappedTotal(42)).toEqual({ total: 42, over: false });
    expect(cappedTotal(COUNT_CAP)).toEqual({ total: COUNT_CAP, over: false });
    expect(cappedTotal(COUNT_CAP + 1)).toEqual({ total: COUNT_CAP, over: true });
  });
});

describe("seek ranges", () => {
  it("splits (a DESC, b ASC) after (2026, x) into the rest of 2026, then the earlier years", () => {
    expect(seekRanges([["planYear", "desc"], ["code", "asc"]], [2026, "x"])).toEqual([{ planYear: 2026, code: { gt: "x" } }, { planYear: { lt: 2026 } }]);
    expect(seekRanges(reversed([["planYear", "desc"], ["code", "asc"]]), [2026, "x"])).toEqual([{ planYear: 2026, code: { lt: "x" } }, { planYear: { gt: 2026 } }]);
    expect(seekRanges([["code", "asc"]], ["x"])).toEqual([{ code: { gt: "x" } }]);
  });

  it("selects enum values beyond one by declaration order", () => {
    const beyond = enumBeyond(["A", "B", "C"]);
    expect(beyond("B", "asc")).toEqual({ in: ["C"] });
    expect(beyond("B", "desc")).toEqual({ in: ["A"] });
  });
});
