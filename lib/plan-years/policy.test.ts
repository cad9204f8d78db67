import { describe, expect, it } from "vitest";
import type { Actor, Role } from "../auth/actor";
import { planYearSteps } from "./policy";

const actor = (roles: Role[]): Actor => ({ userId: "u", email: "x@y", name: "X", organisationId: "o", organisationName: "Org", organisationKind: "CUC", organisationIds: ["o"], roles, scope: { provinceIds: [] } });

describe("planYearSteps", () => {
  it("lets only the Cục extend a registration deadline", () => {
    expect(planYearSteps(actor(["CUC_STAFF"]))).toEqual(["EXTEND_DEADLINE"]);
    for (const role of ["ADMIN", "LEADERSHIP", "SCT", "PROVINCIAL_CENTRE", "REGIONAL_CENTRE"] as const) expect(planYearSteps(actor([role]))).toEqual([]);
  });
});
