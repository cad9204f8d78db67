import { describe, expect, it } from "vitest";
import type { Actor, Role } from "../auth/actor";
import { canManageUsers, scopeKindFor } from "./policy";

const actor = (roles: Role[]): Actor => ({ userId: "u", email: "x@y", name: "X", organisationId: "o", organisationName: "Org", organisationKind: "CUC", organisationIds: ["o"], roles, scope: { provinceIds: [] } });

describe("canManageUsers", () => {
  it("is for admins only", () => {
    expect(canManageUsers(actor(["ADMIN"]))).toBe(true);
    for (const role of ["CUC_STAFF", "LEADERSHIP", "SCT", "PROVINCIAL_CENTRE", "REGIONAL_CENTRE"] as const) expect(canManageUsers(actor([role]))).toBe(false);
  });
});

describe("scopeKindFor", () => {
  it("derives the scope from the roles and refuses a mix", () => {
    expect(scopeKindFor(["ADMIN", "CUC_STAFF"])).toBe("NATIONAL");
    expect(scopeKindFor(["REGIONAL_CENTRE"])).toBe("ZONE");
    expect(scopeKindFor(["SCT", "PROVINCIAL_CENTRE"])).toBe("PROVINCE");
    expect(scopeKindFor(["ADMIN", "SCT"])).toBeNull();
    expect(scopeKindFor([])).toBeNull();
  });
});
