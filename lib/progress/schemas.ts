// Input schemas of monthly progress reports (Mẫu 3b). Figures stay text here: quantities and the
// completion percentage are vi-VN decimals ("1,5") and costs money in triệu đồng, parsed exactly in
// the mutation with messages naming the line. The month is what <input type="month"> sends.
import { z } from "zod";
import { text } from "../text";

const LineInputSchema = z.object({
  budgetLineId: z.uuid({ error: "Nội dung báo cáo không hợp lệ" }),
  doneQuantity: z.string().trim().min(1, "Hãy nhập khối lượng lũy kế").max(30),
  /** Triệu đồng, vi-VN. */
  costExecuted: z.string().trim().min(1, "Hãy nhập kinh phí lũy kế (triệu đồng)").max(30),
});

export const SubmitProgressInputSchema = z.object({
  projectId: z.uuid({ error: "Đề án không hợp lệ" }),
  periodMonth: z.string().trim().regex(/^\d{4}-\d{2}$/, "Hãy chọn tháng báo cáo (mm/yyyy)"),
  completion: z.string().trim().min(1, "Hãy nhập tỷ lệ hoàn thành (%)").max(10),
  narrative: text({ max: 5000, multiline: true, tooLong: "Thuyết minh tối đa 5.000 ký tự" }).default(""),
  lines: z.array(LineInputSchema).min(1, "Báo cáo phải có ít nhất một nội dung").max(200),
  /** Editing: the report and the version the user saw; absent for a new report. */
  reportId: z.uuid().optional(),
  version: z.number().int().positive().optional(),
});
export type SubmitProgressInput = z.infer<typeof SubmitProgressInputSchema>;

export const ConfirmProgressInputSchema = z.object({
  reportId: z.uuid({ error: "Báo cáo không hợp lệ" }),
  version: z.number().int().positive(),
  note: text({ max: 2000, multiline: true, tooLong: "Ghi chú tối đa 2.000 ký tự" }).default(""),
});
export type ConfirmProgressInput = z.infer<typeof ConfirmProgressInputSchema>;
