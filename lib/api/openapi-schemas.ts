// The component schemas of the OpenAPI document (JSON Schema 2020-12, as OpenAPI 3.1 uses): the
// report shape of lib/reports/types.ts as lib/api/report-json.ts writes it, the periodic-report
// rows and results, and the error envelope. Data only; openapi.ts assembles the document.
import { COUNT_FIELDS } from "../periodic-reports/fields";
import { SUBMITTABLE_PERIODS } from "../periodic-reports/periods";
import { AMOUNT_UNITS, FUNDING_SOURCES, MAX_ROWS, SUBMIT_MODES } from "../periodic-reports/schemas";
import { MEASURE_KEYS, OUTCOME_KEYS, OUTPUT_KEYS } from "../reports/lines";
import { BASES, SOURCES } from "../reports/query";
import { API_ERROR_CODES } from "./errors";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const nullable = (schema: Record<string, unknown>) => ({ oneOf: [schema, { type: "null" }] });
const object = (properties: Record<string, unknown>, required = Object.keys(properties)) => ({ type: "object", properties, required, additionalProperties: false });
const keysOf = (keys: readonly string[], value: unknown) => object(Object.fromEntries(keys.map((k) => [k, value])));

const DENOMINATORS = [...MEASURE_KEYS, "nationalExecuted", "lastYearExecuted", "lastYearPlanAdjusted"];

export const SCHEMAS = {
  Money: { type: "string", pattern: "^-?[0-9]+$", description: "Số tiền chính xác, tính bằng đồng (số nguyên trong chuỗi để không mất chữ số).", examples: ["130396000000"] },
  NullableMoney: { oneOf: [ref("Money"), { type: "null" }], description: "null: chưa báo cáo (không phải 0); không được tính vào mẫu số." },
  Percent: { type: "string", pattern: "^-?[0-9]+\\.[0-9]{2}$", description: "Tỷ lệ phần trăm, hai chữ số thập phân.", examples: ["91.75"] },
  Ratio: {
    ...object({ percent: nullable(ref("Percent")), numerator: { enum: [...MEASURE_KEYS] }, denominator: { enum: DENOMINATORS } }),
    description: "Một tỷ lệ và các đại lượng của nó; percent là null khi mẫu số bằng 0 hoặc chưa báo cáo.",
  },
  Measures: { ...keysOf(MEASURE_KEYS, ref("NullableMoney")), description: "planOriginal: kế hoạch giao ban đầu; planAdjusted: kế hoạch điều chỉnh tại ngày chốt; executed: thực hiện (quyết định 013)." },
  Outputs: { ...keysOf(OUTPUT_KEYS, { type: ["integer", "null"] }), description: "Số lượng kết quả (lũy kế); null: chưa báo cáo." },
  Outcome: object({ before: nullable({ type: "string", pattern: "^-?[0-9]+$" }), after: nullable({ type: "string", pattern: "^-?[0-9]+$" }), reported: { type: "integer" }, notReported: { type: "integer" } }),
  ReportLine: object({
    key: { type: "string" },
    label: { type: "string" },
    href: { type: ["string", "null"], description: "Trang xem chi tiết (cấp tiếp theo), null ở cấp cuối." },
    straddling: { type: ["array", "null"], items: { type: "string" }, description: "Tỉnh (theo 34) nằm trên nhiều vùng: các vùng được hiển thị cùng." },
    path: { enum: ["records", "periodic", "mixed", "none"], description: "Nguồn số liệu: hồ sơ đề án và sổ cái, báo cáo định kỳ, cả hai, hoặc không có." },
    current: ref("Measures"),
    disbursedOutsidePlan: { ...ref("NullableMoney"), description: "Đã giải ngân trong kỳ cho đề án thuộc kế hoạch các năm khác (không tính vào thực hiện, không vào tỷ lệ nào); null khi dòng chỉ có báo cáo định kỳ." },
    lastYear: { ...ref("Measures"), description: "Cùng kỳ năm trước (cùng ngày chốt)." },
    outputs: ref("Outputs"),
    outputsNotReported: { ...keysOf(OUTPUT_KEYS, { type: "integer" }), description: "Số tỉnh có báo cáo định kỳ không báo cáo chỉ tiêu này (tổng khi đó chỉ là một phần)." },
    outcomes: keysOf(OUTCOME_KEYS, ref("Outcome")),
    percentOfPlan: ref("Ratio"),
    vsSamePeriod: ref("Ratio"),
    planGrowth: ref("Ratio"),
    shareOfNational: ref("Ratio"),
    allocatedOfKcqgPlan: object({ percent: nullable(ref("Percent")), kcqgPlanAdjusted: ref("NullableMoney") }),
  }),
  ReportQuery: object({
    year: { type: "integer" },
    preset: { type: "string" },
    cutOff: { type: "string", format: "date", description: "Ngày chốt: số liệu lũy kế từ 1/1 đến hết ngày này (giờ Việt Nam)." },
    basis: { enum: [...BASES] },
    source: { enum: [...SOURCES] },
    by: { type: "string" },
    filter: { type: "object", additionalProperties: { type: "string" }, description: "Bộ lọc đã xác định (id), chỉ các bộ lọc đã gửi." },
  }),
  PeriodUsed: object({ provinceId: { type: "string", format: "uuid" }, source: { enum: [...FUNDING_SOURCES] }, year: { type: "integer", description: "Năm của báo cáo: năm truy vấn, hoặc năm trước (so sánh cùng kỳ)." }, period: { type: "string" }, cutOffDate: { type: "string", format: "date" } }),
  Note: object({ key: { type: "string" }, message: { type: "string", description: "Ghi chú bằng tiếng Việt." } }),
  Report: object({
    query: { ...ref("ReportQuery"), description: "Truy vấn đã hiểu, gồm địa giới và ngày chốt." },
    asOf: { type: "string", format: "date-time", description: "Thời điểm đọc số liệu." },
    lines: { type: "array", items: ref("ReportLine") },
    total: { ...ref("ReportLine"), description: "Tổng các dòng: đi sâu luôn cộng lại đúng bằng tổng." },
    context: { oneOf: [object({ zone: nullable(ref("ReportLine")), national: ref("ReportLine") }), { type: "null" }], description: "Với tài khoản không xem toàn quốc: tổng vùng và tổng toàn quốc (chỉ là tổng)." },
    periodsUsed: { type: "array", items: ref("PeriodUsed"), description: "Báo cáo định kỳ đã dùng (kỳ gần nhất trước ngày chốt), của năm nay rồi của năm trước (cùng kỳ)." },
    notes: { type: "array", items: ref("Note") },
  }),
  Trend: object({
    query: ref("ReportQuery"),
    asOf: { type: "string", format: "date-time" },
    years: { type: "array", items: object({ year: { type: "integer" }, cutOff: { type: "string", format: "date" }, periodicProvinces: { type: "integer", description: "Số tỉnh lấy số liệu từ báo cáo định kỳ trong năm đó." }, total: ref("ReportLine") }), description: "Từ năm cũ nhất đến năm `year`." },
    context: { oneOf: [object({ zone: nullable(ref("ReportLine")), national: ref("ReportLine") }), { type: "null" }], description: "Bối cảnh của năm được hỏi (như báo cáo tổng hợp)." },
    notes: { type: "array", items: ref("Note") },
  }),
  PeriodicReportRow: {
    type: "object",
    description: "Một dòng: một tỉnh × năm × kỳ × nguồn. Số liệu lũy kế từ 1/1. Số tiền là chuỗi, theo đơn vị `unit`.",
    properties: {
      provinceCode: { type: "string", maxLength: 10, description: "Mã tỉnh (đọc theo ngày chốt của kỳ); hoặc provinceId." },
      provinceId: { type: "string", format: "uuid" },
      year: { type: "integer", minimum: 2019, maximum: 2100 },
      period: { enum: [...SUBMITTABLE_PERIODS], description: "3, 6, 9, 11 tháng hoặc cả năm." },
      source: { enum: [...FUNDING_SOURCES] },
      unit: { enum: [...AMOUNT_UNITS], description: "dong: số đồng nguyên (\"1500000000\"); trieu: triệu đồng kiểu Việt Nam (\"1.500,5\")." },
      planAmount: { type: "string", examples: ["1500000000"] },
      executedAmount: { type: "string", examples: ["900000000"] },
      projectCount: { type: "integer", minimum: 0 },
      ...Object.fromEntries(COUNT_FIELDS.map((f) => [f, { type: ["integer", "null"], minimum: 0, description: "null hoặc bỏ trống: chưa báo cáo." }])),
      note: { type: "string", maxLength: 1000 },
    },
    required: ["year", "period", "source", "unit", "planAmount", "executedAmount", "projectCount"],
  },
  PeriodicSubmission: object({ mode: { enum: [...SUBMIT_MODES], default: "ALL_OR_NOTHING", description: "ALL_OR_NOTHING: một dòng sai thì không lưu dòng nào; VALID_ONLY: lưu các dòng hợp lệ." }, rows: { type: "array", minItems: 1, maxItems: MAX_ROWS, items: ref("PeriodicReportRow") } }, ["rows"]),
  RowIssue: object({ field: { type: ["string", "null"] }, message: { type: "string" } }),
  PeriodicRowResult: object({
    line: { type: "integer", description: "Vị trí của dòng trong `rows`, từ 1." },
    status: { enum: ["SAVED", "REFUSED", "NOT_SAVED"], description: "NOT_SAVED: dòng hợp lệ nhưng không lưu vì dòng khác bị từ chối (ALL_OR_NOTHING)." },
    reportId: { type: ["string", "null"], format: "uuid" },
    province: { oneOf: [object({ id: { type: "string", format: "uuid" }, name: { type: "string" } }), { type: "null" }] },
    year: { type: ["integer", "null"] },
    period: { type: ["string", "null"] },
    source: { type: ["string", "null"] },
    cutOffDate: { type: ["string", "null"], format: "date" },
    errors: { type: "array", items: ref("RowIssue") },
    warnings: { type: "array", items: ref("RowIssue"), description: "Đã lưu nhưng cần xem lại, ví dụ số lũy kế thấp hơn kỳ trước." },
  }),
  PeriodicSubmitResult: object({ committed: { type: "boolean" }, saved: { type: "integer" }, refused: { type: "integer" }, flagged: { type: "integer" }, rows: { type: "array", items: ref("PeriodicRowResult") } }),
  Error: object({
    error: object({
      code: { enum: [...API_ERROR_CODES] },
      message: { type: "string", description: "Thông báo tiếng Việt, nêu trường và số liệu." },
      fields: { type: "object", additionalProperties: { type: "string" }, description: "Thông báo theo từng tham số hoặc trường (ví dụ \"year\", \"rows.2.planAmount\")." },
    }, ["code", "message"]),
    result: { ...ref("PeriodicSubmitResult"), description: "Chỉ với POST /periodic-reports bị từ chối: kết quả từng dòng." },
  }, ["error"]),
} as const;
