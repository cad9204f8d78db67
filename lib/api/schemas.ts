// Request bodies of the API. Rows stay `unknown` here: lib/periodic-reports parses each one with
// the schema every door shares, so a row is judged the same from the form, the file or the API.
import { z } from "zod";
import { MAX_ROWS, SUBMIT_MODES } from "../periodic-reports/schemas";

export const PeriodicSubmissionSchema = z.object({
  mode: z.enum(SUBMIT_MODES, { error: "mode: chỉ nhận ALL_OR_NOTHING (mặc định) hoặc VALID_ONLY." }).default("ALL_OR_NOTHING"),
  rows: z.array(z.unknown(), { error: "rows: cần một mảng các dòng báo cáo." }).min(1, "rows: không có dòng báo cáo nào.").max(MAX_ROWS, `rows: tối đa ${MAX_ROWS} dòng mỗi lần gửi; hãy chia thành nhiều lần.`),
});
export type PeriodicSubmission = z.infer<typeof PeriodicSubmissionSchema>;

/** 2 000 rows of a few hundred bytes each, with room to spare. */
export const MAX_PERIODIC_BODY_BYTES = 1024 * 1024;
