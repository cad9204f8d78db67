import { describe, expect, it } from "vitest";
import type { Actor } from "./actor";
import { canAdminister, facilityScopeWhere, isReadOnly, projectScopeWhere, provincialReportScopeWhere } from "./policy";

function actor(overrides: Partial<Actor>): Actor {
  return {
    userId: "u",
    email: "x@y",
    name: "X",
    organisationId: "org-1",
    organisationName: "Org",
    organisationKind: "SCT",
    organisationIds: ["org-1", "org-0"],
    roles: [],
    scope: { provinceIds: [] },
    ...overrides,
  };
}

describe("projectScopeWhere", () => {
  it("lets national roles see every đề án", () => {
    for (const role of ["ADMIN", "CUC_STAFF", "LEADERSHIP"] as const) {
      expect(projectScopeWhere(actor({ roles: [role], scope: { provinceIds: [] } }))).toEqual({});
    }
  });

  it("limits an SCT to the provinces of its scope", () => {
    expect(projectScopeWhere(actor({ roles: ["SCT"], scope: { provinceIds: ["p-new", "p-old"] } }))).toEqual({
      OR: [{ provinceId: { in: ["p-new", "p-old"] } }],
    });
  });

  it("limits centres to the work of their own organisation and its predecessors", () => {
    expect(projectScopeWhere(actor({ roles: ["PROVINCIAL_CENTRE"], scope: { provinceIds: ["p"] } }))).toEqual({
      OR: [{ implementerId: { in: ["org-1", "org-0"] } }],
    });
    expect(projectScopeWhere(actor({ roles: ["REGIONAL_CENTRE"] }))).toEqual({ OR: [{ implementerId: { in: ["org-1", "org-0"] } }] });
  });

  it("gives nothing to an SCT without provinces or an actor without roles", () => {
    expect(projectScopeWhere(actor({ roles: ["SCT"] }))).toEqual({ id: { in: [] } });
    expect(projectScopeWhere(actor({ roles: [] }))).toEqual({ id: { in: [] } });
  });
});

describe("facilityScopeWhere", () => {
  it("follows geography", () => {
    expect(facilityScopeWhere(actor({ roles: ["CUC_STAFF"] }))).toEqual({});
    expect(facilityScopeWhere(actor({ roles: ["SCT"], scope: { provinceIds: ["a"] } }))).toEqual({ provinceId: { in: ["a"] } });
    expect(facilityScopeWhere(actor({ roles: ["PROVINCIAL_CENTRE"] }))).toEqual({ id: { in: [] } });
  });

  it("gives national actors everything under the same meaning in every builder (the role decides)", () => {
    for (const role of ["ADMIN", "CUC_STAFF", "LEADERSHIP"] as const) {
      const national = actor({ roles: [role] });
      expect([projectScopeWhere(national), facilityScopeWhere(national), provincialReportScopeWhere(national)]).toEqual([{}, {}, {}]);
    }
    const sct = actor({ roles: ["SCT"], scope: { provinceIds: ["a"] } });
    expect(provincialReportScopeWhere(sct)).toEqual({ provinceId: { in: ["a"] } });
  });
});

describe("capabilities", () => {
  it("lets leadership only read, and admins administer", () => {
    expect(isReadOnly(actor({ roles: ["LEADERSHIP"] }))).toBe(true);
    expect(isReadOnly(actor({ roles: ["LEADERSHIP", "CUC_STAFF"] }))).toBe(false);
    expect(canAdminister(actor({ roles: ["ADMIN"] }))).toBe(true);
    expect(canAdminister(actor({ roles: ["CUC_STAFF"] }))).toBe(false);
  });
});
