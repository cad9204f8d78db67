import { describe, expect, it } from "vitest";
import { parseCalendarDate } from "../calendar";
import { addFact, emptyAccumulator, finishLine } from "./lines";
import { binOf, mapCellsOf, mapSetFor, PERCENT_BINS, tileStateOf } from "./map";
import { TILES_34, TILES_63 } from "./map-tiles";
import { reportLine } from "../../tests/fixtures/report-line";

const MERGER = parseCalendarDate("2025-07-01");
const line = (key: string, planAdjusted: bigint | null, executed: bigint | null, bp: bigint | null) => reportLine(key, { current: { planAdjusted, executed }, percentBp: bp });

describe("mapSetFor", () => {
  it("draws 63 and 34 as asked, and 'as recorded' on the set in force for most of the year", () => {
    expect(mapSetFor("63", 2027, MERGER)).toBe("63");
    expect(mapSetFor("34", 2021, MERGER)).toBe("34");
    expect(mapSetFor("recorded", 2024, MERGER)).toBe("63");
    expect(mapSetFor("recorded", 2025, MERGER)).toBe("63");
    expect(mapSetFor("recorded", 2026, MERGER)).toBe("34");
  });
});

describe("binOf", () => {
  it("puts each % of plan in one bin, 100 % and above in the last, a negative figure in the first", () => {
    expect(binOf(0n)).toBe(0);
    expect(binOf(-500n)).toBe(0);
    expect(binOf(2999n)).toBe(0);
    expect(binOf(3000n)).toBe(1);
    expect(binOf(8999n)).toBe(2);
    expect(binOf(9170n)).toBe(3);
    expect(binOf(10000n)).toBe(PERCENT_BINS.length - 1);
    expect(binOf(25000n)).toBe(PERCENT_BINS.length - 1);
  });
});

describe("tileStateOf", () => {
  it("tells no plan, not reported and a percentage apart (null is never 0)", () => {
    expect(tileStateOf(null)).toEqual({ kind: "noPlan" });
    expect(tileStateOf(line("a", null, 5n, null))).toEqual({ kind: "noPlan" });
    expect(tileStateOf(line("a", 0n, 5n, null))).toEqual({ kind: "noPlan" });
    expect(tileStateOf(line("a", 100n, null, null))).toEqual({ kind: "notReported" });
    expect(tileStateOf(line("a", 100n, 0n, 0n))).toEqual({ kind: "percent", bp: 0n, bin: 0 });
    expect(tileStateOf(line("a", 100n, 92n, 9200n))).toEqual({ kind: "percent", bp: 9200n, bin: 3 });
  });

  it("puts a province with a plan on records and no payment yet in the 0 % bin, not 'not reported'", () => {
    const acc = emptyAccumulator();
    addFact(acc, { provinceId: "a", implementerId: null, kind: null, contentId: null, projectId: null, status: null, source: "KCDP", path: "records", month: null, measures: { planAdjusted: 100n }, outputs: {} }, "current");
    expect(tileStateOf(finishLine(acc, { key: "a", label: "a", href: null, straddling: null }, null))).toEqual({ kind: "percent", bp: 0n, bin: 0 });
  });
});

describe("mapCellsOf", () => {
  const provinces63 = TILES_63.map((t) => ({ id: `old:${t.code}`, code: t.code, name: `Tỉnh ${t.code}` }));
  const provinces34 = TILES_34.map((t) => ({ id: `new:${t.code}`, code: t.code, name: `Tỉnh mới ${t.code}` }));

  it("puts each province's line on its tile and leaves the others without a plan", () => {
    const { cells, unplaced } = mapCellsOf("63", provinces63, [line("old:38", 1000n, 900n, 9000n)]);
    expect(cells).toHaveLength(63);
    const thanhHoa = cells.find((c) => c.code === "38")!;
    expect(thanhHoa).toMatchObject({ name: "Tỉnh 38", provinceId: "old:38", href: "/bao-cao/tinh/old:38", state: { kind: "percent", bp: 9000n, bin: 3 } });
    expect(cells.filter((c) => c.state.kind === "noPlan")).toHaveLength(62);
    expect(unplaced).toEqual([]);
  });

  it("lists the lines no tile of the set stands for (a 34 province's records on the 63 basis)", () => {
    const after = line("new:15", 100n, 10n, 1000n);
    const { cells, unplaced } = mapCellsOf("63", provinces63, [after]);
    expect(unplaced).toEqual([after]);
    expect(cells.every((c) => c.line === null)).toBe(true);
  });

  it("reads the same code as a different province on the 34 (15 = Lào Cai, not Yên Bái)", () => {
    const { cells } = mapCellsOf("34", provinces34, [line("new:15", 100n, 50n, 5000n)]);
    expect(cells).toHaveLength(34);
    expect(cells.find((c) => c.code === "15")).toMatchObject({ provinceId: "new:15", name: "Tỉnh mới 15", state: { kind: "percent", bin: 1 } });
  });
});

describe("mapCellsOf for a reader with a scope", () => {
  it("marks provinces outside the scope as such, never as without a plan", () => {
    const provinces = TILES_34.map((t) => ({ id: `new:${t.code}`, code: t.code, name: t.code }));
    const { cells } = mapCellsOf("34", provinces, [line("new:38", 100n, 50n, 5000n)], (id) => id === "new:38" || id === "new:40");
    expect(cells.find((c) => c.code === "38")!.state.kind).toBe("percent");
    expect(cells.find((c) => c.code === "40")!.state.kind).toBe("noPlan");
    expect(cells.filter((c) => c.state.kind === "outOfScope")).toHaveLength(32);
  });
});
