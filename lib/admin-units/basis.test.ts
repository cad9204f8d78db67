import { describe, expect, it } from "vitest";
import { geographyFromCsv, MERGER, newId, oldId } from "../../tests/fixtures/geography-from-csv";
import { lastDayBefore, mergerDateOf, placeOnBasis, provinceFamilyOf, provinceSet, successorOf, totalsOnBasis } from "./basis";

const geo = geographyFromCsv();
const sum = (m: Map<string, bigint>) => [...m.values()].reduce((a, b) => a + b, 0n);

describe("the basis mapping over the real 63 and 34", () => {
  it("reads the merger date from the succession data", () => {
    expect(mergerDateOf(geo.successions)).toEqual(MERGER);
    expect(mergerDateOf([])).toBeNull();
  });

  it("has 63 provinces before the merger and 34 from it", () => {
    expect(provinceSet(geo, "63")).toHaveLength(63);
    expect(provinceSet(geo, "34")).toHaveLength(34);
  });

  it("maps every one of the 63 to exactly one of the 34, and every one of the 34 has a former province", () => {
    const the34 = new Set(provinceSet(geo, "34").map((p) => p.id));
    const hits = new Map<string, number>();
    for (const p of provinceSet(geo, "63")) {
      const placed = placeOnBasis(geo, p.id, "34");
      expect(the34.has(placed.provinceId), `${p.name} → ${placed.provinceId}`).toBe(true);
      expect(geo.successions.filter((s) => s.fromProvinceId === p.id)).toHaveLength(1);
      hits.set(placed.provinceId, (hits.get(placed.provinceId) ?? 0) + 1);
    }
    expect(hits.size).toBe(34);
    expect([...hits.values()].reduce((a, b) => a + b, 0)).toBe(63);
  });

  it("puts Yên Bái (old 15) in Lào Cai (new 15), and leaves the 34 themselves where they are", () => {
    expect(placeOnBasis(geo, oldId("15"), "34")).toEqual({ provinceId: newId("15"), how: "successor", fromProvinceId: oldId("15") });
    expect(placeOnBasis(geo, newId("15"), "34")).toEqual({ provinceId: newId("15"), how: "as-recorded" });
    expect(successorOf(geo, oldId("10"))).toBe(newId("15"));
  });

  it("never maps a province of the 34 back onto the 63: it stays as recorded, marked after-merger", () => {
    expect(placeOnBasis(geo, newId("15"), "63")).toEqual({ provinceId: newId("15"), how: "after-merger" });
    expect(placeOnBasis(geo, newId("01"), "63").how).toBe("after-merger");
    expect(placeOnBasis(geo, oldId("15"), "63")).toEqual({ provinceId: oldId("15"), how: "as-recorded" });
  });

  it("reconciles totals of a figure across the three bases", () => {
    // One figure per old province and one per new province (recorded before and after the merger).
    const figures = geo.provinces.map((p, i) => ({ provinceId: p.id, amount: BigInt(1_000_000 * (i + 1) + 500) }));
    const grand = figures.reduce((a, f) => a + f.amount, 0n);
    const recorded = totalsOnBasis(geo, figures, "recorded");
    const on63 = totalsOnBasis(geo, figures, "63");
    const on34 = totalsOnBasis(geo, figures, "34");
    expect([sum(recorded), sum(on63), sum(on34)]).toEqual([grand, grand, grand]);
    expect(on34.size).toBe(34);
    // Lào Cai on the 34 = old Lào Cai + old Yên Bái + what was recorded on the new Lào Cai.
    const amount = (id: string) => figures.find((f) => f.provinceId === id)!.amount;
    expect(on34.get(newId("15"))).toBe(amount(oldId("10")) + amount(oldId("15")) + amount(newId("15")));
    // On the 63, post-merger records are kept on their own province, not spread over former ones.
    expect(on63.get(oldId("15"))).toBe(amount(oldId("15")));
    expect(on63.get(newId("15"))).toBe(amount(newId("15")));
  });

  it("gives one family for a province in every era, over every step and both ways", () => {
    const laoCai = [newId("15"), oldId("10"), oldId("15")].sort();
    expect(provinceFamilyOf(geo.successions, [newId("15")])).toEqual(laoCai);
    expect(provinceFamilyOf(geo.successions, [oldId("15")])).toEqual(laoCai);
    // A second reorganisation (Lào Cai → X) is followed too: many steps, not one.
    const later = [...geo.successions, { fromProvinceId: newId("15"), toProvinceId: "later:15", effectiveDate: MERGER }];
    expect(provinceFamilyOf(later, [oldId("10")])).toEqual([...laoCai, "later:15"].sort());
    expect(provinceFamilyOf(geo.successions, [])).toEqual([]);
  });

  it("takes the last day of the 63 through the calendar", () => {
    expect(lastDayBefore(MERGER).toISOString()).toBe("2025-06-30T00:00:00.000Z");
  });

  it("refuses a split (two successors) instead of choosing one", () => {
    const split = { ...geo, successions: [...geo.successions, { fromProvinceId: oldId("15"), toProvinceId: newId("01"), effectiveDate: MERGER }] };
    expect(() => successorOf(split, oldId("15"))).toThrow(/2 successors/);
  });
});
