// Allowed steps on a plan and its adjustments per role and state (what /ke-hoach offers).
import { describe, expect, it } from "vitest";
import type { Actor, Role } from "../auth/actor";
import { adjustmentSteps, canCreatePlan, creatablePlanLevel, planSteps } from "./policy";

const P1 = "province-1";
const actor = (roles: Role[], provinceIds: string[] = []): Actor => ({ userId: "u", email: "x@y", name: "X", organisationId: "o", organisationName: "Org", organisationKind: "SCT", organisationIds: ["o"], roles, scope: { provinceIds } });

const cuc = actor(["CUC_STAFF"]);
const sct = actor(["SCT"], [P1]);
const otherSct = actor(["SCT"], ["province-2"]);
const centre = actor(["PROVINCIAL_CENTRE"], [P1]);
const leadership = actor(["LEADERSHIP"]);
const national = (status: "DRAFT" | "ISSUED") => ({ level: "NATIONAL" as const, provinceId: null, status });
const provincial = (status: "DRAFT" | "ISSUED") => ({ level: "PROVINCIAL" as const, provinceId: P1, status });

describe("planSteps", () => {
  it("lets only the plan's manager edit a draft", () => {
    expect(planSteps(cuc, national("DRAFT"))).toEqual(["EDIT_DRAFT"]);
    expect(planSteps(sct, national("DRAFT"))).toEqual([]);
    expect(planSteps(sct, provincial("DRAFT"))).toEqual(["EDIT_DRAFT"]);
    expect(planSteps(otherSct, provincial("DRAFT"))).toEqual([]);
    expect(planSteps(cuc, provincial("DRAFT"))).toEqual([]);
    expect(planSteps(leadership, national("DRAFT"))).toEqual([]);
  });

  it("takes adjustment requests on issued plans from implementers, SCTs and the Cục, not from leadership", () => {
    for (const who of [cuc, sct, centre, otherSct]) expect(planSteps(who, national("ISSUED"))).toEqual(["REQUEST_ADJUSTMENT"]);
    expect(planSteps(leadership, national("ISSUED"))).toEqual([]);
  });
});

describe("adjustmentSteps", () => {
  const request = (authority: "MINISTER" | "CUC" | "SCT", status: "REQUESTED" | "APPROVED" = "REQUESTED") => ({ authority, status, provinceId: P1 });

  it("gives the decision to the authority of TT 36/2013 Điều 11", () => {
    expect(adjustmentSteps(sct, request("SCT"))).toEqual(["DECIDE"]);
    expect(adjustmentSteps(otherSct, request("SCT"))).toEqual([]);
    expect(adjustmentSteps(cuc, request("SCT"))).toEqual([]);
    expect(adjustmentSteps(cuc, request("CUC"))).toEqual(["DECIDE"]);
    expect(adjustmentSteps(cuc, request("MINISTER"))).toEqual(["DECIDE"]);
    expect(adjustmentSteps(sct, request("MINISTER"))).toEqual([]);
    expect(adjustmentSteps(leadership, request("CUC"))).toEqual([]);
  });

  it("offers nothing on a request already decided", () => {
    expect(adjustmentSteps(cuc, request("CUC", "APPROVED"))).toEqual([]);
  });
});

describe("plan creation", () => {
  it("gives KCQG plans to the Cục and KCĐP plans to the SCT", () => {
    expect(creatablePlanLevel(cuc)).toBe("NATIONAL");
    expect(creatablePlanLevel(sct)).toBe("PROVINCIAL");
    expect(creatablePlanLevel(centre)).toBeNull();
    expect(creatablePlanLevel(leadership)).toBeNull();
    expect(canCreatePlan(sct, "NATIONAL")).toBe(false);
    expect(canCreatePlan(cuc, "PROVINCIAL")).toBe(false);
  });
});
