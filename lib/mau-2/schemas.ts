// Inputs of the Mẫu 2 concept: the export's query string and the uploaded file of the import's
// three steps (preview, commit, rejected rows). Whether the bytes really are an .xlsx is decided
// later from the bytes themselves (lib/xlsx/file-check.ts), never from the name or MIME type.
import { z } from "zod";
import { text } from "../text";
import { MAX_FILE_BYTES } from "../xlsx/file-check";

export const Mau2ExportInputSchema = z.object({
  year: z.coerce.number({ error: "Năm kế hoạch phải là số." }).int("Năm kế hoạch phải là số nguyên.").min(2019, "Năm kế hoạch không hợp lệ.").max(2100, "Năm kế hoạch không hợp lệ."),
  source: z.enum(["KCQG", "KCDP"], { error: "Nguồn kinh phí phải là KCQG hoặc KCDP." }).optional(),
  /** Mẫu 2 is a registration request: drafts and rejected đề án are left out unless asked for. */
  includeDraftsAndRejected: z.boolean().default(false),
});
export type Mau2ExportInput = z.infer<typeof Mau2ExportInputSchema>;

const isBlob = (value: unknown): value is Blob => typeof value === "object" && value !== null && typeof (value as Blob).arrayBuffer === "function" && typeof (value as Blob).size === "number";

export const Mau2UploadSchema = z.object({
  file: z.custom<Blob>(isBlob, "Hãy chọn tệp Excel (.xlsx).").refine((f) => f.size <= MAX_FILE_BYTES, "Tệp lớn hơn 5 MB. Hãy chia thành nhiều tệp nhỏ hơn."),
  fileName: text({ max: 255, tooLong: "Tên tệp quá dài (tối đa 255 ký tự)." }).default(""),
});

export const Mau2CommitSchema = Mau2UploadSchema.extend({ mode: z.enum(["ALL_OR_NOTHING", "VALID_ONLY"], { error: "Hãy chọn cách nhập: tất cả hoặc không, hay chỉ các dòng hợp lệ." }) });
