import { describe, expect, it } from "vitest";
import { PeriodicTemplateSchema } from "../schemas";
import { templateFileName, templateTitle } from "./template";

describe("periodic-report template", () => {
  it("names the whole year once in the title", () => {
    expect(templateTitle(2026, "YEAR")).toBe("BÁO CÁO ĐỊNH KỲ KẾT QUẢ THỰC HIỆN KHUYẾN CÔNG CẢ NĂM 2026");
    expect(templateTitle(2026, "H1")).toBe("BÁO CÁO ĐỊNH KỲ KẾT QUẢ THỰC HIỆN KHUYẾN CÔNG 6 THÁNG NĂM 2026");
  });
  it("names the file in Vietnamese without diacritics", () => {
    expect(templateFileName(2026, "YEAR")).toBe("bao-cao-dinh-ky-2026-ca-nam.xlsx");
    expect(templateFileName(2026, "M9")).toBe("bao-cao-dinh-ky-2026-9-thang.xlsx");
  });
  it("says the year was not chosen when the URL has none", () => {
    const parsed = PeriodicTemplateSchema.safeParse({ period: "H1" });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.message).toBe("Chưa chọn năm.");
    expect(PeriodicTemplateSchema.parse({ year: "2026", period: "YEAR" })).toEqual({ year: 2026, period: "YEAR" });
    expect(PeriodicTemplateSchema.safeParse({ year: "abc", period: "H1" }).error!.issues[0]!.message).toBe("Năm phải là số.");
  });
});
