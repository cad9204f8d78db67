import { describe, expect, it } from "vitest";
import { conflictsOf, recusalReason, type ConflictMember, type ConflictProject } from "./conflict";

const project: ConflictProject = {
  implementerId: "impl",
  implementerName: "Trung tâm Khuyến công Lào Cai",
  provinceFamily: ["lao-cai-moi", "yen-bai-cu", "lao-cai-cu"],
  provinceName: "Lào Cai",
  facilities: [{ id: "fac-1", name: "HTX chè Suối Giàng" }, { id: "fac-2", name: "Hộ kinh doanh A" }],
};
const outsider: ConflictMember = { organisationId: "vien", organisationProvinceId: "ha-noi", declaredInterests: [] };

describe("conflictsOf", () => {
  it("finds no conflict for an independent member or a Cục member without a province", () => {
    expect(conflictsOf(outsider, project)).toEqual([]);
    expect(conflictsOf({ organisationId: "cuc", organisationProvinceId: null, declaredInterests: [] }, project)).toEqual([]);
    expect(conflictsOf({ organisationId: null, organisationProvinceId: null, declaredInterests: [] }, project)).toEqual([]);
  });

  it("recuses a member of the implementer", () => {
    expect(conflictsOf({ organisationId: "impl", organisationProvinceId: "lao-cai-moi", declaredInterests: [] }, project)).toEqual([{ code: "IMPLEMENTER_MEMBER", organisation: "Trung tâm Khuyến công Lào Cai" }]);
  });

  it("recuses a member of a body of the province, including an absorbed province", () => {
    expect(conflictsOf({ ...outsider, organisationProvinceId: "lao-cai-moi" }, project)[0]?.code).toBe("SAME_PROVINCE");
    expect(conflictsOf({ ...outsider, organisationProvinceId: "yen-bai-cu" }, project)[0]?.code).toBe("SAME_PROVINCE");
  });

  it("recuses on a declared relationship with the implementer or a beneficiary facility", () => {
    expect(conflictsOf({ ...outsider, declaredInterests: ["impl"] }, project)).toEqual([{ code: "DECLARED_IMPLEMENTER", organisation: "Trung tâm Khuyến công Lào Cai" }]);
    expect(conflictsOf({ ...outsider, declaredInterests: ["fac-2", "other"] }, project)).toEqual([{ code: "DECLARED_FACILITY", facility: "Hộ kinh doanh A" }]);
    expect(conflictsOf({ ...outsider, declaredInterests: ["unrelated"] }, project)).toEqual([]);
  });

  it("lists every reason", () => {
    const all = conflictsOf({ organisationId: "impl", organisationProvinceId: "lao-cai-moi", declaredInterests: ["impl", "fac-1"] }, project);
    expect(all.map((c) => c.code)).toEqual(["IMPLEMENTER_MEMBER", "DECLARED_IMPLEMENTER", "DECLARED_FACILITY"]);
  });
});

describe("recusalReason", () => {
  it("is null without conflicts and Vietnamese text otherwise", () => {
    expect(recusalReason([])).toBeNull();
    expect(recusalReason([{ code: "SAME_PROVINCE", province: "Lào Cai" }])).toBe("Thành viên thuộc cơ quan, đơn vị của tỉnh có đề án (Lào Cai).");
    expect(recusalReason([{ code: "DECLARED_FACILITY", facility: "HTX A" }, { code: "DECLARED_IMPLEMENTER", organisation: "TT B" }])).toContain("; ");
  });
});
