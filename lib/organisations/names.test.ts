import { describe, expect, it } from "vitest";
import { parseCalendarDate as d } from "../calendar";
import { nameAt } from "./names";

const cuc = [
  { name: "Cục Công nghiệp địa phương", validFrom: d("2012-07-05"), validTo: d("2017-01-01") },
  { name: "Cục Công Thương địa phương", validFrom: d("2017-01-01"), validTo: d("2025-03-01") },
  { name: "Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công", validFrom: d("2025-03-01"), validTo: null },
];

describe("nameAt", () => {
  it("gives the name in force at a date; the id never changes", () => {
    expect(nameAt(cuc, d("2013-01-01"))).toBe("Cục Công nghiệp địa phương");
    expect(nameAt(cuc, d("2022-06-01"))).toBe("Cục Công Thương địa phương");
    expect(nameAt(cuc, d("2025-03-01"))).toBe("Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công");
  });

  it("falls back to the latest name for a dissolved organisation", () => {
    expect(nameAt([{ name: "Sở Công Thương Yên Bái", validFrom: d("2008-08-01"), validTo: d("2025-07-01") }], d("2026-01-01"))).toBe("Sở Công Thương Yên Bái");
  });
});
