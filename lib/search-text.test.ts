import { describe, expect, it } from "vitest";
import { toSearchText } from "./search-text";

describe("toSearchText", () => {
  it("drops diacritics and đ so that 'thanh hoa' finds 'Thanh Hóa'", () => {
    expect(toSearchText("Thanh Hóa")).toBe("thanh hoa");
    expect(toSearchText("Đắk Lắk")).toBe("dak lak");
    expect(toSearchText("Sở Công Thương  Lào Cai")).toBe("so cong thuong lao cai");
    expect(toSearchText("Thanh Hoá")).toBe(toSearchText("Thanh Hóa"));
  });

  it("joins parts and ignores empty ones", () => {
    expect(toSearchText("KCQG-2022-38-001", null, undefined, "Mô hình")).toBe("kcqg-2022-38-001 mo hinh");
  });
});
