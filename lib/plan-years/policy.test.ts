import { describe, expect, it } from "vitest";
import type { Actor, Role } from "../auth/actor";
import { isPlanYearOpen, planYearSteps } from "./policy";

const actor = (roles: Role[]): Actor => ({ userId: "u", email: "x@y", name: "X", organisationId: "o", organisationName: "Org", organisationKind: "CUC", organisationIds: ["o"], roles, scope: { provinceIds: [] } });

describe("planYearSteps", () => {
  it("lets only the Cục extend a registration deadline and only an admin add a year", () => {
    expect(planYearSteps(actor(["CUC_STAFF"]))).toEqual(["EXTEND_DEADLINE"]);
    expect(planYearSteps(actor(["ADMIN"]))).toEqual(["ADD_NEXT_YEAR"]);
    for (const role of ["LEADERSHIP", "SCT", "PROVINCIAL_CENTRE", "REGIONAL_CENTRE"] as const) expect(planYearSteps(actor([role]))).toEqual([]);
  });
});

describe("isPlanYearOpen", () => {
  it("is open only for a year after the running one whose national plan is not issued", () => {
    expect(isPlanYearOpen(2027, 2026, false)).toBe(true);
    expect(isPlanYearOpen(2027, 2026, true)).toBe(false);
    expect(isPlanYearOpen(2026, 2026, false)).toBe(false);
    expect(isPlanYearOpen(2025, 2026, false)).toBe(false);
  });
});
