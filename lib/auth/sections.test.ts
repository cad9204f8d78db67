// The menu follows the same policies as the pages: a section is listed exactly when its page opens.
import { describe, expect, it } from "vitest";
import { canReadAllocations } from "../allocations/policy";
import { canHoldApiTokens } from "../api-tokens/policy";
import { canAppraiseAtMinistry } from "../appraisals/policy";
import { canReadReports } from "../reports/policy";
import { canReadPeriodicReports } from "../periodic-reports/policy";
import { canManageUsers } from "../users/policy";
import type { Actor, Role } from "./actor";
import { sectionsFor } from "./sections";

const actor = (roles: Role[]): Actor => ({ userId: "u", email: "x@y", name: "X", organisationId: "o", organisationName: "Org", organisationKind: "CUC", organisationIds: ["o"], roles, scope: { provinceIds: [] } });
const ROLES = ["ADMIN", "CUC_STAFF", "LEADERSHIP", "SCT", "PROVINCIAL_CENTRE", "REGIONAL_CENTRE"] as const;

describe("sectionsFor", () => {
  it("shows the Cục everything, an SCT no ministry appraisal but its province's allocations", () => {
    expect(sectionsFor(actor(["CUC_STAFF"]))).toContain("appraisal");
    expect(sectionsFor(actor(["SCT"]))).not.toContain("appraisal");
    expect(sectionsFor(actor(["SCT"]))).toContain("allocations");
    expect(sectionsFor(actor(["PROVINCIAL_CENTRE"]))).not.toContain("allocations");
    expect(sectionsFor(actor(["LEADERSHIP"]))).toContain("allocations");
    expect(sectionsFor(actor(["PROVINCIAL_CENTRE"]))).toContain("worklist");
    expect(sectionsFor(actor(["LEADERSHIP"]))).not.toContain("worklist");
    expect(sectionsFor(actor(["LEADERSHIP"]))).toContain("reports");
    expect(sectionsFor(actor(["SCT"]))).toContain("reports");
    expect(sectionsFor(actor(["SCT"]))).toContain("periodicReports");
    expect(sectionsFor(actor(["REGIONAL_CENTRE"]))).not.toContain("periodicReports");
  });

  it("agrees with the pages' own gates for every role", () => {
    for (const role of ROLES) {
      const a = actor([role]);
      expect(sectionsFor(a).includes("appraisal")).toBe(canAppraiseAtMinistry(a));
      expect(sectionsFor(a).includes("allocations")).toBe(canReadAllocations(a));
      expect(sectionsFor(a).includes("reports")).toBe(canReadReports(a));
      expect(sectionsFor(a).includes("apiTokens")).toBe(canHoldApiTokens(a));
      expect(sectionsFor(a).includes("periodicReports")).toBe(canReadPeriodicReports(a));
      expect(sectionsFor(a).includes("users")).toBe(canManageUsers(a));
      expect(sectionsFor(a)).toEqual(expect.arrayContaining(["home", "projects", "plans", "planYears", "notifications", "facilities"]));
    }
  });

  it("gives an actor without roles only the open sections", () => {
    expect(sectionsFor(actor([]))).toEqual(["home", "projects", "provinces", "organisations", "norms", "plans", "planYears", "notifications"]);
  });
});
