// Inputs of plan-year changes. Dates arrive as ISO calendar days (yyyy-mm-dd) from the date input.
import { z } from "zod";

export const DeadlineExtensionInputSchema = z.object({
  year: z.number().int().min(2019).max(2100),
  until: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày gia hạn phải có dạng dd/mm/yyyy."),
  reason: z.string().trim().min(5, "Ghi lý do gia hạn.").max(2000),
});
export type DeadlineExtensionInput = z.infer<typeof DeadlineExtensionInputSchema>;
