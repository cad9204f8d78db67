// The OpenAPI 3.1 description of /api/v1, written as data and served at /api/v1/openapi.json.
// Every route under app/api/v1 must appear here (tests/openapi-routes.test.ts walks the folder),
// and every report parameter comes from report-params.ts, the list the handlers accept.
import { ProjectKind, ProjectStatus } from "../db/generated/enums";
import { SCHEMAS } from "./openapi-schemas";
import { REPORT_PARAMETERS } from "./report-params";
import { BASES, DIMENSIONS, PRESETS, SOURCES } from "../reports/query";

export const API_VERSION = "1";

const ENUMS: Record<string, readonly string[]> = { presets: PRESETS, bases: BASES, sources: SOURCES, dimensions: DIMENSIONS, kinds: Object.values(ProjectKind), statuses: Object.values(ProjectStatus) };

const reportParameters = REPORT_PARAMETERS.map((p) => ({
  name: p.name,
  in: "query",
  required: false,
  description: p.description,
  schema: "enumFrom" in p ? { type: "string", enum: [...ENUMS[p.enumFrom]!] } : p.schema,
  ...("example" in p ? { example: p.example } : {}),
}));

const json = (schema: string, description: string) => ({ description, content: { "application/json": { schema: { $ref: `#/components/schemas/${schema}` } } } });
const error = (description: string) => json("Error", description);
const ERRORS = {
  "400": error("Tham số hoặc dữ liệu không hợp lệ (VALIDATION): thông báo tiếng Việt nêu trường và giá trị; `fields` theo từng tham số."),
  "401": error("Chưa xác thực: thiếu mã, mã không đúng (UNAUTHENTICATED), hết hạn (TOKEN_EXPIRED), bị thu hồi (TOKEN_REVOKED), hoặc tài khoản bị khóa."),
  "403": error("Tài khoản không có quyền (FORBIDDEN), hoặc yêu cầu dùng phiên đăng nhập gửi từ trang web khác."),
  "404": error("Không có, hoặc nằm ngoài phạm vi của tài khoản (NOT_FOUND): hai trường hợp trả lời như nhau."),
};
const readErrors = ERRORS;
const WRITE_ERRORS = {
  ...ERRORS,
  "409": error("Trùng kỳ báo cáo đã có, hoặc hai lần gửi cùng lúc (CONFLICT); `result` có kết quả từng dòng."),
  "413": error("Nội dung quá lớn (PAYLOAD_TOO_LARGE)."),
  "415": error("Nội dung không phải application/json (UNSUPPORTED_MEDIA_TYPE)."),
};

export const OPENAPI_DOCUMENT = {
  openapi: "3.1.0",
  info: {
    title: "API Quản lý chương trình khuyến công",
    version: API_VERSION,
    description: [
      "API JSON cho báo cáo lãnh đạo và báo cáo định kỳ của tỉnh (docs/decisions/033-json-api.md).",
      "Quyền và phạm vi đúng như trên các trang: mỗi mã truy cập mang quyền của người tạo ra nó; Sở Công Thương chỉ nhận số liệu tỉnh mình, và tổng vùng, tổng toàn quốc chỉ ở dạng tổng.",
      "Định dạng: số tiền là số đồng nguyên trong chuỗi (\"130396000000\"); tỷ lệ là chuỗi hai chữ số thập phân (\"91.75\"); null là chưa báo cáo, không phải 0; ngày là yyyy-mm-dd, thời điểm theo ISO 8601 (UTC).",
      "Lỗi: luôn là JSON { \"error\": { \"code\", \"message\", \"fields\" } } với thông báo tiếng Việt; dữ liệu sai luôn trả 4xx.",
      "Phiên bản: đường dẫn /api/v1; thay đổi không tương thích sẽ ở /api/v2, còn v1 chỉ được thêm trường mới.",
    ].join("\n\n"),
  },
  servers: [{ url: "/" }],
  security: [{ bearerAuth: [] }, { sessionCookie: [] }],
  tags: [{ name: "reports", description: "Báo cáo lãnh đạo" }, { name: "periodic-reports", description: "Báo cáo định kỳ của tỉnh" }, { name: "meta", description: "Mô tả API" }],
  paths: {
    "/api/v1/reports/summary": {
      get: {
        tags: ["reports"],
        operationId: "getReportSummary",
        summary: "Báo cáo tổng hợp: kế hoạch, thực hiện, cùng kỳ, theo một chiều",
        description: "Cùng tham số với trang báo cáo. Tham số không có trong danh sách bị từ chối (400), để lỗi gõ không làm báo cáo rộng ra. Lọc theo một tỉnh ngoài phạm vi trả 404. by=month cho 12 dòng tháng của năm (đường lũy kế theo tháng), by=project các đề án.",
        parameters: reportParameters,
        responses: { "200": json("Report", "Báo cáo: các dòng, tổng, bối cảnh (tổng vùng, toàn quốc), kỳ báo cáo định kỳ đã dùng, ghi chú."), ...readErrors },
      },
    },
    "/api/v1/reports/trend": {
      get: {
        tags: ["reports"],
        operationId: "getReportTrend",
        summary: "Xu hướng qua các năm: tổng của từng năm kế hoạch đến năm `year`, cùng ngày chốt",
        description: "Cùng tham số với báo cáo tổng hợp; mỗi năm được đọc tại cùng ngày chốt (cùng mốc; với một ngày, cùng ngày và tháng, 29/2 thành 28/2) để so sánh tương đương. Phạm vi như báo cáo tổng hợp.",
        parameters: reportParameters,
        responses: { "200": json("Trend", "Tổng từng năm, cùng bối cảnh và ghi chú của năm được hỏi."), ...readErrors },
      },
    },
    "/api/v1/periodic-reports": {
      post: {
        tags: ["periodic-reports"],
        operationId: "submitPeriodicReports",
        summary: "Gửi báo cáo định kỳ (3, 6, 9, 11 tháng, cả năm) của tỉnh",
        description: "Mỗi dòng được kiểm tra như khi nhập trên trang hoặc tải tệp .xlsx: tỉnh trong phạm vi, kỳ chưa có báo cáo, đơn vị và số liệu hợp lệ. Số lũy kế thấp hơn kỳ trước vẫn được lưu và trả về trong `warnings`.",
        requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/PeriodicSubmission" } } } },
        responses: { "201": json("PeriodicSubmitResult", "Đã lưu (toàn bộ, hoặc các dòng hợp lệ với VALID_ONLY); kết quả từng dòng."), ...WRITE_ERRORS },
      },
    },
    "/api/v1/openapi.json": {
      get: { tags: ["meta"], operationId: "getOpenApiDocument", summary: "Tài liệu OpenAPI này", security: [], responses: { "200": { description: "Tài liệu OpenAPI 3.1.", content: { "application/json": { schema: { type: "object" } } } } } },
    },
  },
  components: {
    securitySchemes: {
      bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "kc_<43 ký tự base64url>", description: "Mã truy cập cá nhân, tạo tại /tai-khoan/api; chỉ hiện một lần khi tạo." },
      sessionCookie: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "Phiên đăng nhập của trình duyệt (trên HTTPS: __Secure-next-auth.session-token). POST phải gửi từ cùng nguồn gốc." },
    },
    schemas: SCHEMAS,
  },
} as const;
