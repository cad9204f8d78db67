import { describe, expect, it } from "vitest";
import { placeAndDate, provincialAuthority } from "./official";

describe("provincialAuthority", () => {
  it("names the province's people's committee above an SCT, a centrally-run city as a THÀNH PHỐ, and dates at the province", () => {
    expect(provincialAuthority({ name: "Thanh Hóa", central: false })).toEqual({ governingBody: "ỦY BAN NHÂN DÂN TỈNH THANH HÓA", place: "Thanh Hóa" });
    expect(provincialAuthority({ name: "Hà Nội", central: true })).toEqual({ governingBody: "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", place: "Hà Nội" });
    expect(provincialAuthority({ name: "Hồ Chí Minh", central: true })).toEqual({ governingBody: "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", place: "Thành phố Hồ Chí Minh" });
  });
});

describe("placeAndDate", () => {
  it("dates in Vietnam's day at the given place, Hà Nội by default", () => {
    const at = new Date("2026-11-04T18:30:00Z"); // 01:30 on 5/11 in Hà Nội
    expect(placeAndDate(at)).toBe("Hà Nội, ngày 05 tháng 11 năm 2026");
    expect(placeAndDate(at, "Thanh Hóa")).toBe("Thanh Hóa, ngày 05 tháng 11 năm 2026");
  });
});
