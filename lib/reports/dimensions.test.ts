// The geography of report lines on the real 63/34 lists: placeOnBasis for the basis, groupLineOf for
// zones (a straddler of the 34 is its own line), and totals that reconcile across bases.
import { describe, expect, it } from "vitest";
import { geographyFromCsv, newId, oldId } from "../../tests/fixtures/geography-from-csv";
import { calendarDay } from "../calendar";
import { dimensionContextOf } from "./dimensions";
import type { Fact } from "./facts";
import type { Dimension, ReportFilter, ReportQuery } from "./types";

const geo = geographyFromCsv();
const catalog = { categories: [], orgName: new Map<string, string>(), projectLabel: new Map<string, string>() };
const query = (basis: ReportQuery["basis"], by: Dimension, filter: ReportFilter = {}): ReportQuery => ({ year: 2026, preset: "YEAR", cutOff: calendarDay(2026, 12, 31), basis, source: "ALL", by, filter });
const fact = (provinceId: string | null, executed: bigint): Fact => ({ provinceId, implementerId: null, kind: null, contentId: null, projectId: null, status: null, source: "KCQG", path: "records", month: null, measures: { executed }, outputs: {} });

// Old Yên Bái (→ Lào Cai, North), old Lâm Đồng, Đắk Nông (Centre) and Bình Thuận (South) → new Lâm Đồng, a record on new Lâm Đồng, one without province.
const facts = [fact(oldId("15"), 10n), fact(oldId("68"), 20n), fact(oldId("67"), 30n), fact(oldId("60"), 40n), fact(newId("68"), 50n), fact(null, 1n)];

function lines(basis: ReportQuery["basis"], by: Dimension, filter?: ReportFilter) {
  const ctx = dimensionContextOf(geo, query(basis, by, filter), catalog);
  const out = new Map<string, { amount: bigint; straddling: string[] | null; label: string }>();
  for (const f of facts.filter(ctx.matches)) {
    const meta = ctx.lineOf(f);
    const line = out.get(meta.key) ?? { amount: 0n, straddling: meta.straddling, label: meta.label };
    line.amount += f.measures.executed!;
    out.set(meta.key, line);
  }
  return out;
}
const total = (m: ReturnType<typeof lines>) => [...m.values()].reduce((a, l) => a + l.amount, 0n);

describe("report lines on a geography basis", () => {
  it("on the 34, former provinces move to their successor and a straddling province is its own line naming its zones", () => {
    const byZone = lines("34", "zone");
    expect(byZone.get("BAC")?.amount).toBe(10n);
    const straddlers = [...byZone.entries()].filter(([, l]) => l.straddling);
    expect(straddlers).toHaveLength(1);
    expect(straddlers[0]![1]).toMatchObject({ amount: 140n, straddling: expect.arrayContaining([expect.any(String), expect.any(String)]) });
    expect(straddlers[0]![0]).toContain(newId("68"));
    expect(byZone.get("_none")?.amount).toBe(1n);
  });

  it("on the 63, old provinces keep their zone and a record made on a new province stays on it (never split back)", () => {
    const byZone = lines("63", "zone");
    expect(byZone.get("TRUNG_TAY_NGUYEN")?.amount).toBe(50n);
    expect(byZone.get("NAM")?.amount).toBe(40n);
    expect([...byZone.values()].find((l) => l.straddling)?.amount).toBe(50n);
    expect(lines("63", "province").get(newId("68"))?.amount).toBe(50n);
  });

  it("keeps the grand total on every basis and every geography dimension", () => {
    for (const basis of ["recorded", "63", "34"] as const) for (const by of ["zone", "region", "province"] as const) expect(total(lines(basis, by)), `${basis} ${by}`).toBe(151n);
  });

  it("a zone filter takes the provinces wholly in the zone, never a straddler", () => {
    expect(total(lines("34", "province", { zoneId: "BAC" }))).toBe(10n);
    expect(total(lines("34", "province", { zoneId: "TRUNG_TAY_NGUYEN" }))).toBe(0n);
    expect(total(lines("recorded", "province", { zoneId: "TRUNG_TAY_NGUYEN" }))).toBe(50n);
    // A province filter on the 34 takes the records of its former provinces too.
    expect(total(lines("34", "zone", { provinceId: newId("68") }))).toBe(140n);
  });
});
