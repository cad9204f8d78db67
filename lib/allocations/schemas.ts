import { z } from "zod";
import { text } from "../text";
import { calendarDateText } from "../calendar";

export const AllocationViewInputSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  source: z.string().trim().regex(/^[A-Z_]{2,20}$/).optional().catch(undefined),
});
export type AllocationViewInput = z.infer<typeof AllocationViewInputSchema>;

export const RecordAllocationInputSchema = z.object({
  planYear: z.coerce.number({ error: "Năm kế hoạch không hợp lệ" }).int().min(2000).max(2100),
  fundingSource: z.string().trim().regex(/^[A-Z_]{2,20}$/, "Nguồn kinh phí không hợp lệ"),
  receiverId: z.uuid({ error: "Hãy chọn đơn vị nhận dự toán" }),
  /** Triệu đồng, vi-VN ("1.234,5"), parsed exactly by lib/money. */
  amount: z.string().trim().min(1, "Hãy nhập số tiền (triệu đồng)").max(30),
  allocatedOn: calendarDateText("Ngày giao không hợp lệ: hãy chọn một ngày có thật (dd/mm/yyyy)."),
  documentRef: text({ max: 200, tooLong: "Số văn bản tối đa 200 ký tự" }).default(""),
  note: text({ max: 2000, multiline: true, tooLong: "Ghi chú tối đa 2.000 ký tự" }).default(""),
  /** Explicit confirmation of the server's warnings, with a reason. */
  confirmed: z.boolean().default(false),
  reason: text({ max: 2000, multiline: true, tooLong: "Lý do tối đa 2.000 ký tự" }).default(""),
});
export type RecordAllocationInput = z.infer<typeof RecordAllocationInputSchema>;
