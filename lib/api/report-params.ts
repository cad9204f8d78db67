// The query parameters of the report endpoints: the same names and values as the report pages'
// URLs (lib/reports/query.ts parses them). Listed here once, for the OpenAPI document and for the
// API's refusal of a parameter it does not know (a typo such as "provice" must not silently
// widen the report to every province).
import { withoutMarkup } from "../i18n/messages";
import { ApiRefusal } from "./errors";

export const REPORT_PARAMETERS = [
  { name: "year", description: "Năm kế hoạch (mặc định: năm hiện tại). Phải là một năm kế hoạch đã có.", schema: { type: "integer", minimum: 2000, maximum: 2100 }, example: 2021 },
  { name: "preset", description: "Cách chọn ngày chốt số liệu: M3, M6, M9, M11 (lũy kế 3/6/9/11 tháng), Q1–Q4 (hết quý), YEAR (cả năm), MONTH (hết tháng `month`), DATE (ngày `date`; mặc định hôm nay, trong năm `year`).", enumFrom: "presets", example: "YEAR" },
  { name: "month", description: "Tháng (1–12) khi preset=MONTH.", schema: { type: "integer", minimum: 1, maximum: 12 } },
  { name: "date", description: "Ngày chốt (yyyy-mm-dd) khi preset=DATE; phải là ngày có thật trong năm `year`.", schema: { type: "string", format: "date" }, example: "2022-09-30" },
  { name: "basis", description: "Địa giới: recorded (như khi ghi nhận), 63 (63 tỉnh trước 1/7/2025) hoặc 34 (34 tỉnh sau sáp nhập).", enumFrom: "bases", example: "63" },
  { name: "source", description: "Nguồn kinh phí: ALL, KCQG hoặc KCDP.", enumFrom: "sources", example: "ALL" },
  { name: "by", description: "Chiều tổng hợp các dòng của báo cáo.", enumFrom: "dimensions", example: "zone" },
  { name: "zone", description: "Lọc theo vùng khuyến công: mã (ví dụ BAC) hoặc id.", schema: { type: "string", maxLength: 100 }, example: "BAC" },
  { name: "region", description: "Lọc theo vùng kinh tế - xã hội: mã hoặc id.", schema: { type: "string", maxLength: 100 } },
  { name: "province", description: "Lọc theo tỉnh: mã tỉnh (đọc theo ngày chốt) hoặc id. Tỉnh ngoài phạm vi của tài khoản trả 404.", schema: { type: "string", maxLength: 100 } },
  { name: "content", description: "Lọc theo mã nội dung khuyến công.", schema: { type: "string", maxLength: 100 } },
  { name: "kind", description: "Lọc theo loại đề án.", enumFrom: "kinds" },
  { name: "implementer", description: "Lọc theo đơn vị thực hiện: mã hoặc id tổ chức.", schema: { type: "string", maxLength: 100 } },
  { name: "status", description: "Lọc theo trạng thái đề án.", enumFrom: "statuses" },
] as const;

export type ReportParameter = (typeof REPORT_PARAMETERS)[number];
const NAMES: readonly string[] = REPORT_PARAMETERS.map((p) => p.name);

/** The query string as parameters for parseReportQuery, after refusing names the API does not document. */
export function reportParams(url: URL): URLSearchParams {
  for (const name of new Set(url.searchParams.keys())) {
    // The name is also the field's key in the envelope: without markup there too (lib/i18n/messages.ts).
    if (!NAMES.includes(name)) throw new ApiRefusal(400, "VALIDATION", "errors.api.unknownParameter", { name: name.slice(0, 40), allowed: NAMES.join(", ") }, withoutMarkup(name.slice(0, 40)));
  }
  return url.searchParams;
}
