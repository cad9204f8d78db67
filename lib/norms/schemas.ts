// Input of a new dated support-norm version (the /dinh-muc form). Rates and caps arrive as the text
// typed in vi-VN and are parsed exactly by the mutation.
import { z } from "zod";
import { moneyText } from "../money";
import { text } from "../text";
import { calendarDateText } from "../calendar";

export const CAP_UNITS = ["PER_MODEL", "PER_FACILITY", "PER_LINE", "PER_CCN", "PER_BRAND", "PER_ROUND", "PER_PRODUCT", "PER_ENTERPRISE", "PER_CLUSTER", "PER_ASSOCIATION", "PER_PROJECT", "PER_YEAR_BUDGET"] as const;

export const NormVersionInputSchema = z.object({
  code: z.string().trim().regex(/^[A-Z0-9_]{2,40}$/, "Mã định mức gồm chữ in hoa, số và dấu gạch dưới."),
  fundingSource: z.enum(["KCQG", "KCDP"]),
  provinceId: z.uuid().nullable().default(null),
  contentCategoryId: z.uuid().nullable().default(null),
  costItem: text({ max: 500 }).min(5, "Mô tả nội dung chi."),
  maxRatePercent: z.string().trim().max(10).default(""),
  capTrieu: moneyText().default(""),
  capUnit: z.enum(CAP_UNITS).nullable().default(null),
  priorityMultiplier: z.string().trim().regex(/^(\d(,\d{1,2})?)?$/, "Hệ số ưu tiên dạng 1,5.").default(""),
  cumulativePerFacility: z.boolean().default(false),
  severity: z.enum(["HARD", "SOFT"]),
  status: z.enum(["CONFIRMED", "BASELINE"]),
  legalBasis: text({ max: 500 }).min(5, "Ghi căn cứ pháp lý (số, điều, khoản)."),
  validFrom: calendarDateText("Ngày hiệu lực không hợp lệ: hãy chọn một ngày có thật (dd/mm/yyyy)."),
});
