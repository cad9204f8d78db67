import { describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor";
import { emptyDraft } from "./draft-input";
import { draftReferenceErrors } from "./draft-references";

const actor = { roles: ["SCT"], scope: { provinceIds: ["p1"] } } as unknown as Actor;
const F1 = "00000000-0000-7000-8000-000000000001";
const F2 = "00000000-0000-7000-8000-000000000002";
const line = { item: "Máy", contentCategoryId: null, supportNormId: null, facilityId: null, unit: "", quantity: 1, totalCost: "10", supportAmount: "5", otherAmount: "", priority: false, normJustification: "" };

describe("draftReferenceErrors", () => {
  const known = { catalogue: new Set(["c1"]), facilityIds: new Set([F1]), normIds: new Set(["n1"]) };

  it("accepts a draft whose references all hold", () => {
    const input = { ...emptyDraft(2027, "p1"), contentCategoryIds: ["c1"], beneficiaries: [{ facilityId: F1 }], budgetLines: [{ ...line, facilityId: F1, supportNormId: "n1" }] };
    expect(draftReferenceErrors(actor, input, known)).toEqual({});
  });

  it("names each broken reference at its field", () => {
    const input = { ...emptyDraft(2027, "p2"), contentCategoryIds: ["c9"], beneficiaries: [{ facilityId: F2 }], budgetLines: [{ ...line, facilityId: F1, supportNormId: "n9" }] };
    expect(Object.keys(draftReferenceErrors(actor, input, known)).sort()).toEqual(["beneficiaries", "budgetLines", "budgetLines.0.facilityId", "contentCategoryIds", "provinceId"]);
    expect(draftReferenceErrors(actor, emptyDraft(2031, null), { ...known, catalogue: null })).toEqual({ planYear: "Năm kế hoạch 2031 chưa được mở đăng ký." });
  });

  it("counts the facilities the draft creates as beneficiaries, and skips the catalogue of an unreadable year", () => {
    const key = "00000000-0000-7000-8000-000000000003";
    const input = { ...emptyDraft(2027, "p1"), beneficiaries: [{ facilityId: key }], newFacilities: [{ key, taxCode: "", provinceId: "p1", communeId: null }], budgetLines: [{ ...line, facilityId: key }] };
    expect(draftReferenceErrors(actor, input, known)).toEqual({});
    expect(draftReferenceErrors(actor, { ...input, planYear: null, contentCategoryIds: ["c9"] }, { ...known, catalogue: null })).toEqual({});
  });
});
