// Input schemas of inspections (kiểm tra, giám sát; TT 36/2013 Điều 20.3, 21.1) and of closing a
// finding with its evidence. Dates are calendar days (yyyy-mm-dd, what a date input sends).
import { z } from "zod";
import { text } from "../text";
import { calendarDateText, optionalCalendarDateText } from "../calendar";

const FindingInputSchema = z.object({
  description: text({ max: 2000, multiline: true }).min(3, "Hãy mô tả tồn tại, kiến nghị (ít nhất 3 ký tự)"),
  requiredAction: text({ max: 2000, multiline: true }).min(3, "Hãy ghi yêu cầu khắc phục (ít nhất 3 ký tự)"),
  dueOn: optionalCalendarDateText("Hạn khắc phục không hợp lệ: hãy chọn một ngày có thật."),
});

export const RecordInspectionInputSchema = z.object({
  projectId: z.uuid({ error: "Đề án không hợp lệ" }),
  inspectedOn: calendarDateText("Ngày kiểm tra không hợp lệ: hãy chọn một ngày có thật."),
  /** One member per line ("Nguyễn Văn A — Trưởng đoàn"). */
  team: text({ max: 4000, multiline: true }).min(3, "Hãy ghi thành phần đoàn kiểm tra (mỗi người một dòng)"),
  findings: text({ max: 10_000, multiline: true }).min(3, "Hãy ghi kết quả kiểm tra"),
  conclusion: text({ max: 5000, multiline: true }).default(""),
  items: z.array(FindingInputSchema).max(50, "Tối đa 50 kiến nghị mỗi lần kiểm tra").default([]),
});
export type RecordInspectionInput = z.infer<typeof RecordInspectionInputSchema>;

export const CloseFindingInputSchema = z.object({
  findingId: z.uuid({ error: "Kiến nghị không hợp lệ" }),
  version: z.number().int().positive(),
  evidence: text({ max: 5000, multiline: true, tooLong: "Minh chứng tối đa 5.000 ký tự" }).default(""),
});
export type CloseFindingInput = z.infer<typeof CloseFindingInputSchema>;
