// Inputs of nghiệm thu cơ sở and of the outcome indicators. Amounts are the text the user typed in
// triệu đồng (vi-VN, "1.234,5"), quantities vi-VN decimals; both are parsed exactly in the mutation.
import { z } from "zod";
import { text } from "../text";
import { calendarDateText } from "../calendar";

const money = z.string().trim().max(30, "Số tiền quá dài.").default("");

export const ACCEPTANCE_FORMS = ["MAU_5A", "MAU_5B", "MAU_5C"] as const;

export const AcceptanceLineInputSchema = z.object({
  budgetLineId: z.uuid({ error: "Hãy chọn nội dung dự toán." }),
  /** Volume accepted (vi-VN decimal). */
  quantity: z.string().trim().min(1, "Hãy nhập khối lượng nghiệm thu.").max(20),
  /** Support value accepted, triệu đồng. */
  supportValue: money,
  /** Counterpart value accepted (vốn đối ứng), triệu đồng. */
  counterpartValue: money,
});

export const RecordAcceptanceInputSchema = z.object({
  projectId: z.uuid(),
  form: z.enum(ACCEPTANCE_FORMS, { error: "Hãy chọn mẫu biên bản." }),
  acceptedOn: calendarDateText(),
  /** Mẫu 5a: the beneficiary (location) accepted. */
  beneficiaryId: z.uuid().nullable().default(null),
  location: text({ max: 500 }).min(1, "Hãy ghi địa điểm nghiệm thu."),
  workVolume: text({ max: 4000, multiline: true }).default(""),
  members: text({ max: 4000, multiline: true }).min(1, "Hãy ghi thành phần tham gia nghiệm thu."),
  conclusion: text({ max: 4000, multiline: true }).min(1, "Hãy ghi kết luận của hội đồng nghiệm thu."),
  forceMajeure: z.boolean().default(false),
  forceMajeureReason: text({ max: 2000, multiline: true }).default(""),
  lines: z.array(AcceptanceLineInputSchema).min(1, "Hãy ghi ít nhất một nội dung nghiệm thu.").max(200),
});
export type RecordAcceptanceInput = z.infer<typeof RecordAcceptanceInputSchema>;

export const ConfirmForceMajeureInputSchema = z.object({ acceptanceId: z.uuid() });

/** Blank = not reported (stored as null, never 0). */
const count = z.string().trim().max(12).default("");

export const OUTCOME_MONEY_FIELDS = ["productionValue", "revenue", "averageIncome"] as const;
export const OUTCOME_COUNT_FIELDS = ["jobs", "products", "machinery"] as const;

export const RecordOutcomeInputSchema = z.object({
  acceptanceId: z.uuid(),
  beneficiaryId: z.uuid({ error: "Hãy chọn đơn vị thụ hưởng." }),
  timing: z.enum(["AT_ACCEPTANCE", "FOLLOW_UP"]),
  /** Follow-ups only; at acceptance the record is dated on the acceptance day. */
  recordedOn: z.string().trim().max(20).default(""),
  productionValueBefore: money,
  productionValueAfter: money,
  revenueBefore: money,
  revenueAfter: money,
  averageIncomeBefore: money,
  averageIncomeAfter: money,
  jobsBefore: count,
  jobsAfter: count,
  productsBefore: count,
  productsAfter: count,
  machineryBefore: count,
  machineryAfter: count,
  note: text({ max: 2000, multiline: true }).default(""),
});
export type RecordOutcomeInput = z.infer<typeof RecordOutcomeInputSchema>;
