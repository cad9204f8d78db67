import { describe, expect, it } from "vitest";
import { placeAndDate } from "../pdf/official";

describe("the date line of the minutes", () => {
  it("is the Vietnam calendar day, also late in the UTC evening", () => {
    expect(placeAndDate(new Date("2026-11-04T17:30:00Z"))).toBe("Hà Nội, ngày 05 tháng 11 năm 2026");
    expect(placeAndDate(new Date("2026-11-04T16:59:59Z"), "Lào Cai")).toBe("Lào Cai, ngày 04 tháng 11 năm 2026");
    expect(placeAndDate(new Date("2026-12-31T17:00:00Z"))).toBe("Hà Nội, ngày 01 tháng 01 năm 2027");
  });
});
