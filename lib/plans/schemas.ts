// Inputs of plan mutations. Amounts arrive in triệu đồng as vi-VN text and become whole đồng.
import { z } from "zod";
import { calendarDaySchema } from "../calendar";
import { MoneyParseError, parseMoney } from "../money";
import { ADJUSTMENT_KINDS } from "./adjustment-authority";

const trieu = z
  .string()
  .trim()
  .min(1, "Nhập số tiền (triệu đồng).")
  .max(30)
  .transform((text, ctx) => {
    try {
      const value = parseMoney(text, "trieu");
      if (value < 0n) ctx.addIssue({ code: "custom", message: "Số tiền không được âm." });
      return value;
    } catch (e) {
      ctx.addIssue({ code: "custom", message: e instanceof MoneyParseError ? e.message : "Số tiền không hợp lệ." });
      return z.NEVER;
    }
  });

const calendarDate = calendarDaySchema();

export const CreatePlanInputSchema = z.object({ year: z.coerce.number().int().min(2019).max(2100), level: z.enum(["NATIONAL", "PROVINCIAL"]), envelope: trieu });
export const IncludeProjectsInputSchema = z.object({ planId: z.uuid(), projectIds: z.array(z.uuid()).max(2000).optional() });
export const AddTaskInputSchema = z.object({ planId: z.uuid(), taskTitle: z.string().trim().min(3, "Nhập tên nhiệm vụ.").max(500), implementerId: z.uuid("Chọn đơn vị thực hiện."), amount: trieu });
export const RemoveItemInputSchema = z.object({ planId: z.uuid(), itemId: z.uuid() });

/** Số, ký hiệu, ngày, người ký: stored apart, a number is unique only with year and issuer (reference §7). */
export const DecisionInputSchema = z.object({
  number: z.string().trim().min(1, "Nhập số quyết định.").max(20),
  symbol: z.string().trim().min(2, "Nhập ký hiệu, ví dụ QĐ-BCT.").max(40),
  issuedOn: calendarDate,
  effectiveOn: calendarDate.optional(),
  signer: z.string().trim().min(3, "Nhập người ký.").max(200),
  // Hiệu lực trước ngày ký (hồi tố) is allowed only with a stated, confirmed reason (decision 038).
  retroactiveReason: z.string().trim().max(2000).default(""),
  confirmRetroactive: z.boolean().default(false),
});

export const IssuePlanInputSchema = z.object({
  planId: z.uuid(),
  decision: DecisionInputSchema,
  confirmOverEnvelope: z.boolean().default(false),
  overEnvelopeReason: z.string().trim().max(2000).default(""),
});

export const RequestAdjustmentInputSchema = z.object({
  planId: z.uuid(),
  kind: z.enum(ADJUSTMENT_KINDS),
  projectId: z.uuid().optional(),
  reason: z.string().trim().min(10, "Ghi rõ lý do (ít nhất 10 ký tự).").max(4000),
  amountAfter: trieu.optional(),
});

export const DecideAdjustmentInputSchema = z.discriminatedUnion("outcome", [
  z.object({ adjustmentId: z.uuid(), outcome: z.literal("APPROVE"), decision: DecisionInputSchema }),
  z.object({ adjustmentId: z.uuid(), outcome: z.literal("REJECT"), note: z.string().trim().min(5, "Ghi rõ lý do không chấp thuận.").max(2000) }),
]);

export type IssuePlanInput = z.input<typeof IssuePlanInputSchema>;
export type DecisionInput = z.infer<typeof DecisionInputSchema>;
