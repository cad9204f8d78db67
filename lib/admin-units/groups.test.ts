import { describe, expect, it } from "vitest";
import { geographyFromCsv, newId, oldId } from "../../tests/fixtures/geography-from-csv";
import { provinceSet } from "./basis";
import { groupingOf, groupLineOf, isStraddlingKey, totalsByGroup } from "./groups";

const geo = geographyFromCsv();
const TAY_NGUYEN = "Tây Nguyên";
const BTB_DHMT = "Bắc Trung Bộ và duyên hải miền Trung";

describe("regions and zones of the 34", () => {
  it("gives every one of the 34 a region (none is left without)", () => {
    for (const p of provinceSet(geo, "34")) expect(groupingOf(geo, "regions", p.id).kind, p.name).not.toBe("none");
  });

  it("reports the straddling provinces of the 34 explicitly, each region with its former provinces", () => {
    const straddlers = provinceSet(geo, "34").filter((p) => groupingOf(geo, "regions", p.id).kind === "straddling").map((p) => p.name).sort();
    expect(straddlers).toEqual(["Bắc Ninh", "Gia Lai", "Lâm Đồng", "Phú Thọ", "Quảng Ngãi", "Tây Ninh", "Đắk Lắk"].sort());
    expect(groupingOf(geo, "regions", newId("68"))).toEqual({
      kind: "straddling",
      parts: [
        { groupId: BTB_DHMT, groupName: BTB_DHMT, formerProvinces: [{ id: oldId("60"), code: "60", name: "Bình Thuận" }] },
        { groupId: TAY_NGUYEN, groupName: TAY_NGUYEN, formerProvinces: [{ id: oldId("67"), code: "67", name: "Đắk Nông" }, { id: oldId("68"), code: "68", name: "Lâm Đồng" }] },
      ],
    });
  });

  it("shows Lâm Đồng as straddling two khuyến công zones, though it has no zone membership", () => {
    const g = groupingOf(geo, "zones", newId("68"));
    expect(g.kind).toBe("straddling");
    if (g.kind !== "straddling") return;
    expect(g.parts.map((p) => [p.groupId, p.formerProvinces.map((f) => f.name)])).toEqual([
      ["TRUNG_TAY_NGUYEN", ["Đắk Nông", "Lâm Đồng"]],
      ["NAM", ["Bình Thuận"]],
    ]);
    expect(groupingOf(geo, "zones", newId("15"))).toMatchObject({ kind: "single", groupId: "BAC" });
  });

  it("gives a breakdown line per province: Lâm Đồng its own straddling line naming both zones, never one of them", () => {
    const lamDong = groupLineOf(geo, "zones", newId("68"))!;
    expect(lamDong.straddling).toBe(true);
    expect(isStraddlingKey(lamDong.key)).toBe(true);
    expect(lamDong.groupIds).toEqual(["TRUNG_TAY_NGUYEN", "NAM"]);
    const laoCai = groupLineOf(geo, "zones", newId("15"))!;
    expect(laoCai).toMatchObject({ key: "BAC", straddling: false, derived: true });
    expect(groupLineOf(geo, "zones", oldId("15"))).toMatchObject({ key: "BAC", straddling: false, derived: false });
  });

  it("keeps a single-region province of the 34 in one region (Lào Cai: both former provinces in the northern uplands)", () => {
    expect(groupingOf(geo, "regions", newId("15"))).toMatchObject({ kind: "single", groupName: "Trung du và miền núi phía Bắc" });
  });

  it("groups a figure by region on every basis without losing or double-counting it", () => {
    const figures = geo.provinces.map((p, i) => ({ provinceId: p.id, amount: BigInt(7 * (i + 1)) }));
    const grand = figures.reduce((a, f) => a + f.amount, 0n);
    for (const basis of ["recorded", "63", "34"] as const) {
      const t = totalsByGroup(geo, "regions", figures, basis);
      const total = [...t.byGroup.values(), ...t.straddling.values()].reduce((a, b) => a + b, t.ungrouped);
      expect(total, basis).toBe(grand);
      expect(t.ungrouped, basis).toBe(0n);
    }
    const on34 = totalsByGroup(geo, "regions", figures, "34");
    expect([...on34.straddling.keys()].sort()).toHaveLength(7);
    // On the 63 every old province sits wholly in one region; only post-merger records of straddlers stay apart.
    const on63 = totalsByGroup(geo, "regions", figures, "63");
    expect([...on63.straddling.keys()].every((id) => id.startsWith("new:"))).toBe(true);
  });
});
