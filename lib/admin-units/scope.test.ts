import { describe, expect, it } from "vitest";
import type { Role } from "../auth/actor";
import { geographyFromCsv, newId, oldId } from "../../tests/fixtures/geography-from-csv";
import { coversProvince, isNational, provincesInScopeAt } from "./scope";
import { parseCalendarDate as day } from "../calendar";

const { provinces } = geographyFromCsv();
const actor = (roles: Role[], provinceIds: string[] = []) => ({ roles, scope: { provinceIds } });
// What loadActor gives the Lào Cai SCT: the new province and both former ones.
const laoCaiSct = actor(["SCT"], [newId("15"), oldId("10"), oldId("15")]);

describe("provinces in an actor's scope at a date", () => {
  it("decides national by role alone", () => {
    for (const role of ["ADMIN", "CUC_STAFF", "LEADERSHIP"] as const) expect(isNational(actor([role]))).toBe(true);
    for (const role of ["SCT", "PROVINCIAL_CENTRE", "REGIONAL_CENTRE"] as const) expect(isNational(actor([role], [newId("15")]))).toBe(false);
  });

  it("gives a national actor every province in force, on either side of the merger", () => {
    expect(provincesInScopeAt(actor(["CUC_STAFF"]), provinces, day("2025-06-30"))).toHaveLength(63);
    expect(provincesInScopeAt(actor(["LEADERSHIP"]), provinces, day("2026-01-01"))).toHaveLength(34);
    expect(coversProvince(actor(["ADMIN"]), oldId("38"))).toBe(true);
  });

  it("gives the Lào Cai SCT old Lào Cai and Yên Bái before the merger, and Lào Cai after", () => {
    expect(provincesInScopeAt(laoCaiSct, provinces, day("2024-12-31")).map((p) => p.name)).toEqual(["Lào Cai", "Yên Bái"]);
    expect(provincesInScopeAt(laoCaiSct, provinces, day("2025-07-01")).map((p) => p.id)).toEqual([newId("15")]);
  });

  it("keeps one province out of another's scope", () => {
    expect(coversProvince(laoCaiSct, newId("38"))).toBe(false);
    expect(provincesInScopeAt(laoCaiSct, provinces, day("2026-01-01")).some((p) => p.code === "38")).toBe(false);
    expect(provincesInScopeAt(actor(["SCT"]), provinces, day("2026-01-01"))).toEqual([]);
  });
});
