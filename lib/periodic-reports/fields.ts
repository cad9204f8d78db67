// The figures of a periodic report and their Vietnamese labels. The labels head the .xlsx columns
// and the flag's Vietnamese wording; screens and row refusals use the catalogue's
// periodicReports.field.* (same words), rendered in the request's locale.

/** Output counts: cumulative, null = not reported (never 0). */
export const COUNT_FIELDS = ["modelCount", "facilityCount", "machineCount", "cleanerProductionCount", "traineeCount", "boothCount", "typicalProductCount", "brandCount"] as const;
export type CountField = (typeof COUNT_FIELDS)[number];

export const AMOUNT_FIELDS = ["planAmount", "executedAmount"] as const;
export type AmountField = (typeof AMOUNT_FIELDS)[number];

/** Every cumulative figure, compared period to period. */
export const CUMULATIVE_FIELDS = [...AMOUNT_FIELDS, "projectCount", ...COUNT_FIELDS] as const;
export type CumulativeField = (typeof CUMULATIVE_FIELDS)[number];

export type RowField = "province" | "year" | "period" | "source" | "unit" | CumulativeField | "note";

export const FIELD_LABEL: Record<RowField, string> = {
  province: "Tỉnh",
  year: "Năm",
  period: "Kỳ báo cáo",
  source: "Nguồn kinh phí",
  unit: "Đơn vị tính",
  planAmount: "Kế hoạch",
  executedAmount: "Kinh phí thực hiện",
  projectCount: "Số đề án",
  modelCount: "Mô hình trình diễn",
  facilityCount: "Cơ sở được hỗ trợ",
  machineCount: "Máy móc thiết bị, dây chuyền",
  cleanerProductionCount: "Đánh giá sản xuất sạch hơn",
  traineeCount: "Học viên được đào tạo",
  boothCount: "Gian hàng hội chợ",
  typicalProductCount: "Sản phẩm tiêu biểu",
  brandCount: "Nhãn hiệu",
  note: "Ghi chú",
};

/** Counts above this are a typing error, not a province's year (the largest is trainees, in the thousands). */
export const MAX_COUNT = 1_000_000;

export const FUNDING_SOURCES = ["KCQG", "KCDP"] as const;
export type FundingSourceCode = (typeof FUNDING_SOURCES)[number];
