import { describe, expect, it } from "vitest";
import { geographyFromCsv, newId, oldId } from "../../tests/fixtures/geography-from-csv";
import { groupLineOf, isStraddlingKey } from "../admin-units/groups";
import { breakdowns, type PlanItemView } from "./plan-view";

const geo = geographyFromCsv();
const item = (id: string, provinceId: string, amount: bigint): PlanItemView => ({
  id, projectId: id, code: id, title: id, status: null, implementerId: "org", implementer: "Trung tâm", provinceId, province: provinceId,
  location: "", contents: [], taskTitle: null, amount,
});

describe("the plan page's breakdown by zone", () => {
  it("shows a straddling province (Lâm Đồng) on its own line naming both zones, never under one zone or under —", () => {
    const items = [item("a", newId("68"), 100n), item("b", newId("15"), 50n), item("c", oldId("15"), 25n)];
    const zones = breakdowns(items, (id) => groupLineOf(geo, "zones", id)).zone;
    const straddling = zones.filter((g) => isStraddlingKey(g.key));
    expect(straddling).toHaveLength(1);
    expect(straddling[0]).toMatchObject({ amount: 100n, count: 1, marked: false });
    expect(straddling[0]!.label.split(" + ")).toHaveLength(2);
    expect(zones.find((g) => g.key === "-")).toBeUndefined();
    // Lào Cai (34, derived) and Yên Bái (63, official) share the northern zone.
    expect(zones.find((g) => g.key === "BAC")).toMatchObject({ amount: 75n, count: 2 });
  });
});
