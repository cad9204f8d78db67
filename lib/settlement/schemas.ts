// Inputs of the settlement dossier (quyết toán), its decision, and the liquidation (Mẫu 6).
// Amounts are triệu đồng as typed (vi-VN), parsed exactly in the mutation.
import { z } from "zod";
import { calendarDateText } from "../calendar";

export const SubmitSettlementInputSchema = z.object({
  projectId: z.uuid(),
  settledAmount: z.string().trim().min(1, "Hãy nhập số đề nghị quyết toán (triệu đồng).").max(30),
  counterpartAmount: z.string().trim().max(30).default(""),
  note: z.string().trim().max(2000, "Tối đa 2.000 ký tự.").default(""),
});

export const DecideSettlementInputSchema = z.object({
  projectId: z.uuid(),
  decision: z.enum(["APPROVE", "RETURN"]),
  note: z.string().trim().max(2000, "Tối đa 2.000 ký tự.").default(""),
});

export const RecordLiquidationInputSchema = z.object({
  projectId: z.uuid(),
  liquidatedOn: calendarDateText(),
  minutesRef: z.string().trim().min(1, "Hãy nhập số biên bản thanh lý.").max(200),
});
