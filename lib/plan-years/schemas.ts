// Inputs of plan-year changes. Dates arrive as ISO calendar days (yyyy-mm-dd) from the date input.
import { z } from "zod";
import { text } from "../text";
import { calendarDateText } from "../calendar";

export const DeadlineExtensionInputSchema = z.object({
  year: z.number().int().min(2019).max(2100),
  until: calendarDateText("Ngày gia hạn không hợp lệ: hãy chọn một ngày có thật (dd/mm/yyyy)."),
  reason: text({ max: 2000, multiline: true }).min(5, "Ghi lý do gia hạn."),
});
export type DeadlineExtensionInput = z.infer<typeof DeadlineExtensionInputSchema>;
