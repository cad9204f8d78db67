// Inputs of the settlement dossier (quyết toán), its decision, and the liquidation (Mẫu 6).
// Amounts are triệu đồng as typed (vi-VN), parsed exactly in the mutation.
import { z } from "zod";
import { text } from "../text";
import { calendarDateText } from "../calendar";

export const SubmitSettlementInputSchema = z.object({
  projectId: z.uuid(),
  settledAmount: z.string().trim().min(1, "Hãy nhập số đề nghị quyết toán (triệu đồng).").max(30),
  counterpartAmount: z.string().trim().max(30).default(""),
  note: text({ max: 2000, multiline: true, tooLong: "Tối đa 2.000 ký tự." }).default(""),
});

export const DecideSettlementInputSchema = z.object({
  projectId: z.uuid(),
  decision: z.enum(["APPROVE", "RETURN"]),
  note: text({ max: 2000, multiline: true, tooLong: "Tối đa 2.000 ký tự." }).default(""),
});

export const RecordLiquidationInputSchema = z.object({
  projectId: z.uuid(),
  liquidatedOn: calendarDateText(),
  minutesRef: text({ max: 200 }).min(1, "Hãy nhập số biên bản thanh lý."),
});
