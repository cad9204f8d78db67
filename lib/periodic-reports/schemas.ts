// Inputs of periodic reports. One row is one province × year × period × funding source; the
// API, the form and the .xlsx upload all end in PeriodicReportRowSchema, so a row is judged the
// same way whichever door it came through. Messages are Vietnamese and name the field (decision 018).
import { z } from "zod";
import { MAX_AMOUNT } from "../projects/budget";
import { parseMoney, type Dong } from "../money";
import { formatMoney } from "../format";
import { MAX_FILE_BYTES } from "../xlsx/file-check";
import { COUNT_FIELDS, FIELD_LABEL, FUNDING_SOURCES, MAX_COUNT, type AmountField, type CountField } from "./fields";
import { SUBMITTABLE_PERIODS } from "./periods";

/** Units a row may state its amounts in: the form and the file use triệu, the API may send whole đồng. */
export const AMOUNT_UNITS = ["trieu", "dong"] as const;
export type AmountUnit = (typeof AMOUNT_UNITS)[number];
/** Decimals each unit allows while staying whole đồng. */
const UNIT_DECIMALS: Record<AmountUnit, number> = { trieu: 6, dong: 0 };
const UNIT_NAME: Record<AmountUnit, string> = { trieu: "triệu đồng", dong: "đồng" };

/** Executed above this multiple of the plan is a unit or typing error, not a province's year. */
export const EXECUTED_PLAN_FACTOR = 2n;

export { FUNDING_SOURCES, type FundingSourceCode } from "./fields";

const blankToNull = (v: unknown) => (v === "" || v === undefined || v === null ? null : typeof v === "string" ? Number(v.trim()) : v);

function countSchema(field: CountField | "projectCount", required: boolean) {
  const label = FIELD_LABEL[field];
  const bad = `${label}: phải là số nguyên từ 0 đến ${MAX_COUNT.toLocaleString("vi-VN")}${required ? "" : " (để trống nếu chưa báo cáo)"}.`;
  const number = z.number({ error: bad }).int(bad).min(0, bad).max(MAX_COUNT, bad);
  return z.preprocess(blankToNull, required ? number.nullable().refine((v) => v !== null, `${label}: chưa nhập (nhập 0 nếu không có đề án nào).`) : number.nullable());
}

const amountText = (field: AmountField) => z.string({ error: `${FIELD_LABEL[field]}: chưa nhập số tiền.` }).trim().min(1, `${FIELD_LABEL[field]}: chưa nhập số tiền.`).max(40, `${FIELD_LABEL[field]}: số tiền quá dài.`);

/** Whole đồng from an amount typed in `unit`, or the Vietnamese reason it is refused. */
export function amountInUnit(text: string, unit: AmountUnit, field: AmountField): { ok: true; dong: Dong } | { ok: false; message: string } {
  const label = FIELD_LABEL[field];
  const clean = text.replace(/\s/g, "");
  if (clean.startsWith("-")) return { ok: false, message: `${label}: số tiền không được âm.` };
  const decimals = clean.split(",")[1]?.length ?? 0;
  if (decimals > UNIT_DECIMALS[unit]) {
    return { ok: false, message: unit === "dong" ? `${label}: tính theo đồng thì không có phần thập phân ("${text}").` : `${label}: "${text}" có ${decimals} chữ số thập phân; tính theo triệu đồng chỉ được tối đa 6 (tức là đồng).` };
  }
  if (unit === "dong" && !/^\d+$/.test(clean)) return { ok: false, message: `${label}: "${text.slice(0, 40)}" không phải số đồng nguyên.` };
  let dong: Dong;
  try {
    dong = parseMoney(clean, unit);
  } catch {
    return { ok: false, message: `${label}: "${text.slice(0, 40)}" không phải số tiền theo ${UNIT_NAME[unit]} (ví dụ 1.234,5).` };
  }
  if (dong > MAX_AMOUNT) return { ok: false, message: `${label}: số tiền vượt quá 10.000 tỷ đồng; hãy kiểm tra đơn vị (${UNIT_NAME[unit]}).` };
  return { ok: true, dong };
}

const counts = Object.fromEntries(COUNT_FIELDS.map((f) => [f, countSchema(f, false).optional()])) as Record<CountField, z.ZodOptional<ReturnType<typeof countSchema>>>;

/** One row as sent (form, file or API). A province is named by id or by GSO code (resolved at the period's cut-off). */
export const PeriodicReportRowSchema = z
  .object({
    provinceId: z.uuid(`${FIELD_LABEL.province}: mã định danh không hợp lệ.`).optional(),
    provinceCode: z.string(`${FIELD_LABEL.province}: mã tỉnh phải là chữ.`).trim().min(1, `${FIELD_LABEL.province}: chưa nhập mã tỉnh.`).max(10, `${FIELD_LABEL.province}: mã tỉnh quá dài.`).optional(),
    year: z.coerce.number({ error: `${FIELD_LABEL.year}: phải là năm (4 chữ số).` }).int(`${FIELD_LABEL.year}: phải là năm (4 chữ số).`).min(2019, `${FIELD_LABEL.year}: từ 2019 trở đi.`).max(2100, `${FIELD_LABEL.year}: không hợp lệ.`),
    period: z.enum(SUBMITTABLE_PERIODS, { error: `${FIELD_LABEL.period}: chọn 3 tháng, 6 tháng, 9 tháng, 11 tháng hoặc cả năm.` }),
    source: z.enum(FUNDING_SOURCES, { error: `${FIELD_LABEL.source}: chỉ nhận KCQG hoặc KCĐP.` }),
    unit: z.enum(AMOUNT_UNITS, { error: `${FIELD_LABEL.unit}: số tiền tính theo triệu đồng (hoặc đồng qua API); đơn vị khác không được nhận.` }),
    planAmount: amountText("planAmount"),
    executedAmount: amountText("executedAmount"),
    projectCount: countSchema("projectCount", true),
    ...counts,
    note: z.string().trim().max(1000, `${FIELD_LABEL.note}: tối đa 1.000 ký tự.`).default(""),
  })
  .refine((r) => r.provinceId !== undefined || r.provinceCode !== undefined, { path: ["province"], message: `${FIELD_LABEL.province}: chưa chọn tỉnh.` })
  .transform((r, ctx) => {
    const plan = amountInUnit(r.planAmount, r.unit, "planAmount");
    const executed = amountInUnit(r.executedAmount, r.unit, "executedAmount");
    if (!plan.ok) ctx.addIssue({ code: "custom", path: ["planAmount"], message: plan.message });
    if (!executed.ok) ctx.addIssue({ code: "custom", path: ["executedAmount"], message: executed.message });
    if (!plan.ok || !executed.ok) return z.NEVER;
    if (executed.dong > plan.dong * EXECUTED_PLAN_FACTOR) {
      const message = `${FIELD_LABEL.executedAmount}: ${formatMoney(executed.dong, "trieu")}, vượt quá ${EXECUTED_PLAN_FACTOR} lần kế hoạch (${formatMoney(plan.dong, "trieu")}); hãy kiểm tra đơn vị và số liệu.`;
      ctx.addIssue({ code: "custom", path: ["executedAmount"], message });
      return z.NEVER;
    }
    const { planAmount: _p, executedAmount: _e, unit: _u, ...rest } = r;
    return {
      ...rest,
      planAmount: plan.dong,
      executedAmount: executed.dong,
      projectCount: r.projectCount as number,
      ...(Object.fromEntries(COUNT_FIELDS.map((f) => [f, r[f] ?? null])) as Record<CountField, number | null>),
    };
  });
export type PeriodicReportRowInput = z.input<typeof PeriodicReportRowSchema>;
export type PeriodicReportRow = z.output<typeof PeriodicReportRowSchema>;

export const SUBMIT_MODES = ["ALL_OR_NOTHING", "VALID_ONLY"] as const;
export type SubmitMode = (typeof SUBMIT_MODES)[number];
const modeSchema = z.enum(SUBMIT_MODES, { error: "Hãy chọn cách nhập: tất cả hoặc không, hay chỉ các dòng hợp lệ." });

/** One request carries at most this many rows (34 provinces × 2 sources × 5 periods is 340). */
export const MAX_ROWS = 2000;

/** The form: one province and period, both sources (a source left wholly blank is not sent). Amounts in triệu đồng. */
export const PeriodicReportFormSchema = z.object({
  provinceId: z.string().trim().min(1, `${FIELD_LABEL.province}: chưa chọn tỉnh.`),
  year: z.unknown(),
  period: z.unknown(),
  sources: z.partialRecord(z.enum(FUNDING_SOURCES), z.record(z.string(), z.string().max(1000, "Giá trị quá dài (tối đa 1.000 ký tự).").optional())),
});
export type PeriodicReportFormInput = z.input<typeof PeriodicReportFormSchema>;

const isBlob = (value: unknown): value is Blob => typeof value === "object" && value !== null && typeof (value as Blob).arrayBuffer === "function" && typeof (value as Blob).size === "number";

export const PeriodicUploadSchema = z.object({
  file: z.custom<Blob>(isBlob, "Hãy chọn tệp Excel (.xlsx).").refine((f) => f.size <= MAX_FILE_BYTES, "Tệp lớn hơn 5 MB. Hãy chia thành nhiều tệp nhỏ hơn."),
  fileName: z.string().max(255, "Tên tệp quá dài (tối đa 255 ký tự).").default(""),
});
export const PeriodicCommitSchema = PeriodicUploadSchema.extend({ mode: modeSchema });
export { modeSchema as SubmitModeSchema };

/** List filters from the URL; anything unreadable is dropped rather than refused (a bookmark stays usable). */
export const PeriodicListFilterSchema = z.object({
  year: z.coerce.number().int().min(2019).max(2100).optional().catch(undefined),
  period: z.enum(SUBMITTABLE_PERIODS).optional().catch(undefined),
  source: z.enum(FUNDING_SOURCES).optional().catch(undefined),
  provinceId: z.uuid().optional().catch(undefined),
  flagged: z.enum(["1"]).optional().catch(undefined),
});
export type PeriodicListFilter = z.infer<typeof PeriodicListFilterSchema>;

/** The template's query string. */
export const PeriodicTemplateSchema = z.object({
  year: z.coerce.number({ error: "Năm phải là số." }).int("Năm phải là số nguyên.").min(2019, "Năm không hợp lệ.").max(2100, "Năm không hợp lệ."),
  period: z.enum(SUBMITTABLE_PERIODS, { error: "Kỳ báo cáo phải là 3 tháng, 6 tháng, 9 tháng, 11 tháng hoặc cả năm." }),
});
