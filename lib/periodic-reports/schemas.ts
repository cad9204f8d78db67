// Inputs of periodic reports. One row is one province × year × period × funding source; the
// API, the form and the .xlsx upload all end in PeriodicReportRowSchema, so a row is judged the
// same way whichever door it came through. A row's messages are catalogue keys of
// errors.periodicReports.row (params on custom issues); lib/periodic-reports/issues.ts words them
// "<field>: <reason>" (decision 018).
import { z } from "zod";
import { text } from "../text";
import { MAX_AMOUNT } from "../projects/budget";
import { MoneyParseError, parseMoney, type Dong } from "../money";
import { formatInteger, formatMoney } from "../format";
import type { MessageRef } from "../i18n/messages";
import { reason, type RowReason } from "./issues";
import { MAX_FILE_BYTES } from "../xlsx/file-check";
import { COUNT_FIELDS, FIELD_LABEL, FUNDING_SOURCES, MAX_COUNT, type CountField } from "./fields";
import { SUBMITTABLE_PERIODS } from "./periods";

/** Units a row may state its amounts in: the form and the file use triệu, the API may send whole đồng. */
export const AMOUNT_UNITS = ["trieu", "dong"] as const;
export type AmountUnit = (typeof AMOUNT_UNITS)[number];
/** Decimals each unit allows while staying whole đồng. */
const UNIT_DECIMALS: Record<AmountUnit, number> = { trieu: 6, dong: 0 };
const UNIT_NAME: Record<AmountUnit, MessageRef> = { trieu: reason("unitTrieu"), dong: reason("unitDong") };
/** A reason's key, as a zod message. */
const R = (key: RowReason) => `errors.periodicReports.row.${key}`;

/** Executed above this multiple of the plan is a unit or typing error, not a province's year. */
export const EXECUTED_PLAN_FACTOR = 2n;

export { FUNDING_SOURCES, type FundingSourceCode } from "./fields";

const blankToNull = (v: unknown) => (v === "" || v === undefined || v === null ? null : typeof v === "string" ? Number(v.trim()) : v);

function countSchema(required: boolean) {
  return z.preprocess(
    blankToNull,
    z.unknown().transform((v, ctx): number | null => {
      if (v === null) {
        if (!required) return null;
        ctx.addIssue({ code: "custom", message: R("projectCountMissing") });
        return z.NEVER;
      }
      if (typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= MAX_COUNT) return v;
      ctx.addIssue({ code: "custom", message: R(required ? "countBad" : "countBadOptional"), params: { max: formatInteger(MAX_COUNT) } });
      return z.NEVER;
    }),
  );
}

const amountText = () => z.string({ error: R("amountMissing") }).trim().min(1, R("amountMissing")).max(40, R("amountTooLong"));

/** Whole đồng from an amount typed in `unit`, or the reason it is refused. */
export function amountInUnit(text: string, unit: AmountUnit): { ok: true; dong: Dong } | { ok: false; reason: MessageRef } {
  const clean = text.replace(/\s/g, "");
  if (clean.startsWith("-")) return { ok: false, reason: reason("negative") };
  const decimals = clean.split(",")[1]?.length ?? 0;
  if (decimals > UNIT_DECIMALS[unit]) {
    return { ok: false, reason: unit === "dong" ? reason("dongDecimals", { text }) : reason("trieuDecimals", { text, decimals }) };
  }
  if (unit === "dong" && !/^\d+$/.test(clean)) return { ok: false, reason: reason("notWholeDong", { text: text.slice(0, 40) }) };
  let dong: Dong;
  try {
    dong = parseMoney(clean, unit);
  } catch (error) {
    // Past lib/money's own bound is past this tighter one too: the same "too large" reason.
    if (error instanceof MoneyParseError && error.key === "errors.money.tooLarge") return { ok: false, reason: reason("tooLarge", { unit: UNIT_NAME[unit] }) };
    return { ok: false, reason: reason("notAmount", { text: text.slice(0, 40), unit: UNIT_NAME[unit] }) };
  }
  if (dong > MAX_AMOUNT) return { ok: false, reason: reason("tooLarge", { unit: UNIT_NAME[unit] }) };
  return { ok: true, dong };
}

const refuse = (ctx: z.RefinementCtx, path: string, why: MessageRef) => ctx.addIssue({ code: "custom", path: [path], message: why.key, params: why.params });

const counts = Object.fromEntries(COUNT_FIELDS.map((f) => [f, countSchema(false).optional()])) as Record<CountField, z.ZodOptional<ReturnType<typeof countSchema>>>;

/** One row as sent (form, file or API). A province is named by id or by GSO code (resolved at the period's cut-off). */
export const PeriodicReportRowSchema = z
  .object({
    provinceId: z.uuid(R("provinceIdBad")).optional(),
    provinceCode: text({ max: 10, tooLong: R("provinceCodeTooLong") }).min(1, R("provinceCodeMissing")).optional(),
    year: z.coerce.number({ error: R("yearBad") }).int(R("yearBad")).min(2019, R("yearTooEarly")).max(2100, R("yearInvalid")),
    period: z.enum(SUBMITTABLE_PERIODS, { error: R("periodBad") }),
    source: z.enum(FUNDING_SOURCES, { error: R("sourceBad") }),
    unit: z.enum(AMOUNT_UNITS, { error: R("unitBad") }),
    planAmount: amountText(),
    executedAmount: amountText(),
    projectCount: countSchema(true),
    ...counts,
    note: text({ max: 1000, multiline: true, tooLong: R("noteTooLong") }).default(""),
  })
  .refine((r) => r.provinceId !== undefined || r.provinceCode !== undefined, { path: ["province"], message: R("provinceMissing") })
  .transform((r, ctx) => {
    const plan = amountInUnit(r.planAmount, r.unit);
    const executed = amountInUnit(r.executedAmount, r.unit);
    if (!plan.ok) refuse(ctx, "planAmount", plan.reason);
    if (!executed.ok) refuse(ctx, "executedAmount", executed.reason);
    if (!plan.ok || !executed.ok) return z.NEVER;
    if (executed.dong > plan.dong * EXECUTED_PLAN_FACTOR) {
      refuse(ctx, "executedAmount", reason("executedAbovePlan", { executed: formatMoney(executed.dong, "trieu"), factor: String(EXECUTED_PLAN_FACTOR), plan: formatMoney(plan.dong, "trieu") }));
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
  fileName: text({ max: 255, tooLong: "Tên tệp quá dài (tối đa 255 ký tự)." }).default(""),
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
  // A missing year is "not chosen", not "not a number" (a bare /bao-cao-dinh-ky/mau).
  year: z
    .string({ error: "Chưa chọn năm." })
    .trim()
    .min(1, "Chưa chọn năm.")
    .transform(Number)
    .pipe(z.number({ error: "Năm phải là số." }).int("Năm phải là số nguyên.").min(2019, "Năm không hợp lệ.").max(2100, "Năm không hợp lệ.")),
  period: z.enum(SUBMITTABLE_PERIODS, { error: "Kỳ báo cáo phải là 3 tháng, 6 tháng, 9 tháng, 11 tháng hoặc cả năm." }),
});
