// Input of the stop decision (ngừng triển khai, TT 36/2013 Điều 11.2.a).
import { z } from "zod";
import { text } from "../text";
import { calendarDateText } from "../calendar";

export const StopProjectInputSchema = z.object({
  projectId: z.uuid(),
  stoppedOn: calendarDateText(),
  decisionRef: text({ max: 200 }).min(1, "Hãy nhập số quyết định ngừng triển khai."),
  reason: text({ max: 4000, multiline: true }).min(5, "Hãy ghi lý do ngừng triển khai (ít nhất 5 ký tự)."),
});
