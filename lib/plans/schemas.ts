// Inputs of plan mutations. Amounts arrive in triệu đồng as vi-VN text and become whole đồng.
import { z } from "zod";
import { text } from "../text";
import { calendarDaySchema } from "../calendar";
import { trieuAmount } from "../money";
import { ADJUSTMENT_KINDS } from "./adjustment-authority";

const trieu = trieuAmount("Nhập số tiền (triệu đồng).");

const calendarDate = calendarDaySchema();

export const CreatePlanInputSchema = z.object({ year: z.coerce.number().int().min(2019).max(2100), level: z.enum(["NATIONAL", "PROVINCIAL"]), envelope: trieu });
export const IncludeProjectsInputSchema = z.object({ planId: z.uuid(), projectIds: z.array(z.uuid()).max(2000).optional() });
export const AddTaskInputSchema = z.object({ planId: z.uuid(), taskTitle: text({ max: 500 }).min(3, "Nhập tên nhiệm vụ."), implementerId: z.uuid("Chọn đơn vị thực hiện."), amount: trieu });
export const RemoveItemInputSchema = z.object({ planId: z.uuid(), itemId: z.uuid() });

/** Số, ký hiệu, ngày, người ký: stored apart, a number is unique only with year and issuer (reference §7). */
export const DecisionInputSchema = z.object({
  number: text({ max: 20 }).min(1, "Nhập số quyết định."),
  symbol: text({ max: 40 }).min(2, "Nhập ký hiệu, ví dụ QĐ-BCT."),
  issuedOn: calendarDate,
  effectiveOn: calendarDate.optional(),
  signer: text({ max: 200 }).min(3, "Nhập người ký."),
  // Hiệu lực trước ngày ký (hồi tố) is allowed only with a stated, confirmed reason (decision 038).
  retroactiveReason: text({ max: 2000, multiline: true }).default(""),
  confirmRetroactive: z.boolean().default(false),
});

export const IssuePlanInputSchema = z.object({
  planId: z.uuid(),
  decision: DecisionInputSchema,
  confirmOverEnvelope: z.boolean().default(false),
  overEnvelopeReason: text({ max: 2000, multiline: true }).default(""),
});

export const RequestAdjustmentInputSchema = z.object({
  planId: z.uuid(),
  kind: z.enum(ADJUSTMENT_KINDS),
  projectId: z.uuid().optional(),
  reason: text({ max: 4000, multiline: true }).min(10, "Ghi rõ lý do (ít nhất 10 ký tự)."),
  amountAfter: trieu.optional(),
});

export const DecideAdjustmentInputSchema = z.discriminatedUnion("outcome", [
  z.object({ adjustmentId: z.uuid(), outcome: z.literal("APPROVE"), decision: DecisionInputSchema }),
  z.object({ adjustmentId: z.uuid(), outcome: z.literal("REJECT"), note: text({ max: 2000, multiline: true }).min(5, "Ghi rõ lý do không chấp thuận.") }),
]);

export type IssuePlanInput = z.input<typeof IssuePlanInputSchema>;
export type DecisionInput = z.infer<typeof DecisionInputSchema>;
