import { describe, expect, it } from "vitest";
import { renderRef } from "../i18n/messages";
import { fieldOf, issueOfZod } from "./issues";
import { PeriodicReportRowSchema } from "./schemas";

const good = { provinceId: "0195f2a4-1b2c-7d3e-8f40-123456789abc", year: 2026, period: "H1", source: "KCDP", unit: "trieu", planAmount: "1.200,5", executedAmount: "800", projectCount: 3 };
const issues = (input: object) => {
  const r = PeriodicReportRowSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${issueOfZod(fieldOf(i.path), i).message}`);
};
const english = (input: object) => {
  const r = PeriodicReportRowSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => renderRef("en", issueOfZod(fieldOf(i.path), i).ref));
};

describe("a periodic-report row", () => {
  it("turns triệu into whole đồng, and blank counts into not reported", () => {
    const row = PeriodicReportRowSchema.parse({ ...good, traineeCount: "", modelCount: "2" });
    expect(row).toMatchObject({ planAmount: 1_200_500_000n, executedAmount: 800_000_000n, projectCount: 3, traineeCount: null, modelCount: 2, brandCount: null });
  });

  it("takes whole đồng when the unit says đồng, and refuses decimals there", () => {
    expect(PeriodicReportRowSchema.parse({ ...good, unit: "dong", planAmount: "1200500000", executedAmount: "0" })).toMatchObject({ planAmount: 1_200_500_000n, executedAmount: 0n });
    expect(issues({ ...good, unit: "dong", planAmount: "12,5" })).toEqual([expect.stringMatching(/^planAmount: Kế hoạch: tính theo đồng thì không có phần thập phân/)]);
  });

  it("refuses another unit, more decimals than triệu allows, negatives and absurd amounts, naming the field", () => {
    expect(issues({ ...good, unit: "ty" })).toEqual([expect.stringMatching(/^unit: Đơn vị tính: số tiền tính theo triệu đồng/)]);
    expect(issues({ ...good, executedAmount: "1,1234567" })).toEqual([expect.stringMatching(/^executedAmount: Kinh phí thực hiện: "1,1234567" có 7 chữ số thập phân/)]);
    expect(issues({ ...good, executedAmount: "-5" })).toEqual(["executedAmount: Kinh phí thực hiện: số tiền không được âm."]);
    expect(issues({ ...good, planAmount: "20.000.000.000" })).toEqual([expect.stringMatching(/^planAmount: Kế hoạch: số tiền vượt quá 10.000 tỷ đồng/)]);
    expect(issues({ ...good, planAmount: "abc" })).toEqual([expect.stringMatching(/^planAmount: Kế hoạch: "abc" không phải số tiền/)]);
  });

  it("refuses executed above twice the plan (a unit or typing error)", () => {
    expect(issues({ ...good, planAmount: "100", executedAmount: "200" })).toEqual([]);
    expect(issues({ ...good, planAmount: "100", executedAmount: "200,000001" })).toEqual([expect.stringMatching(/^executedAmount: Kinh phí thực hiện: 200,000001 triệu đồng, vượt quá 2 lần kế hoạch \(100 triệu đồng\)/)]);
  });

  it("refuses sources, periods and counts it does not know", () => {
    expect(issues({ ...good, source: "COUNTERPART" })).toEqual(["source: Nguồn kinh phí: chỉ nhận KCQG hoặc KCĐP."]);
    expect(issues({ ...good, period: "Q3" })).toEqual([expect.stringMatching(/^period: Kỳ báo cáo: chọn 3 tháng/)]);
    expect(issues({ ...good, traineeCount: -1 })).toEqual([expect.stringMatching(/^traineeCount: Học viên được đào tạo: phải là số nguyên từ 0/)]);
    expect(issues({ ...good, boothCount: "2,5" })).toEqual([expect.stringMatching(/^boothCount: Gian hàng hội chợ: phải là số nguyên/)]);
    expect(issues({ ...good, projectCount: "" })).toEqual([expect.stringMatching(/^projectCount: Số đề án: chưa nhập/)]);
  });

  it("words its refusals from the catalogue, so an English request reads English", () => {
    expect(english({ ...good, executedAmount: "-5" })).toEqual(["Executed: the amount cannot be negative."]);
    expect(english({ ...good, traineeCount: -1 })).toEqual(["Trainees: must be a whole number from 0 to 1.000.000 (leave blank if not reported)."]);
    expect(english({ ...good, planAmount: "abc" })).toEqual(['Plan: "abc" is not an amount in triệu đồng (for example 1.234,5).']);
  });

  it("needs a province, by id or by code", () => {
    const { provinceId: _, ...noProvince } = good;
    expect(issues(noProvince)).toEqual(["province: Tỉnh: chưa chọn tỉnh."]);
    expect(PeriodicReportRowSchema.parse({ ...noProvince, provinceCode: " 01 " })).toMatchObject({ provinceCode: "01" });
  });
});
