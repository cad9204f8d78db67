// Accepts or refuses one uploaded file, with a Vietnamese message that names it. Pure: the
// mutation calls it before anything touches the disk or the database.
import { DomainError } from "../errors";
import { formatFileSize } from "../format";
import { detectFileType, extensionOf, FILE_TYPES, MAX_ATTACHMENT_BYTES, sanitizeFileName, type FileType } from "./file-types";

/** Why a file was refused; the route handler maps it to 400, 413 or 415. */
export type RejectionReason = "EMPTY" | "TOO_LARGE" | "UNSUPPORTED_TYPE";

/** A validation error about the file itself (code VALIDATION, so the one error hierarchy holds). */
export class AttachmentRejectedError extends DomainError {
  constructor(
    readonly reason: RejectionReason,
    message: string,
  ) {
    super("VALIDATION", message, { file: message });
    this.name = "AttachmentRejectedError";
  }
}

const ACCEPTED_LIST = "PDF, Word (.doc, .docx), Excel (.xls, .xlsx) hoặc ảnh (.jpg, .png)";

/** Size rules alone, so a caller holding only the declared size can refuse early. */
export function checkFileSize(rawName: string, size: number, maxBytes = MAX_ATTACHMENT_BYTES): void {
  const name = sanitizeFileName(rawName);
  if (size === 0) throw new AttachmentRejectedError("EMPTY", `Tệp “${name}” rỗng (0 byte). Hãy chọn lại tệp có nội dung.`);
  if (size > maxBytes) {
    throw new AttachmentRejectedError("TOO_LARGE", `Tệp “${name}” có dung lượng ${formatFileSize(size)}, vượt giới hạn ${formatFileSize(maxBytes)} cho mỗi tệp.`);
  }
}

export type CheckedFile = { fileName: string; mimeType: string; type: FileType };

export function checkUpload(rawName: string, bytes: Uint8Array, maxBytes = MAX_ATTACHMENT_BYTES): CheckedFile {
  const fileName = sanitizeFileName(rawName);
  checkFileSize(fileName, bytes.length, maxBytes);
  const type = detectFileType(bytes);
  if (!type) {
    throw new AttachmentRejectedError(
      "UNSUPPORTED_TYPE",
      `Tệp “${fileName}” không phải là tài liệu được chấp nhận. Chỉ nhận ${ACCEPTED_LIST}; hệ thống kiểm tra nội dung tệp chứ không chỉ phần mở rộng.`,
    );
  }
  const ext = extensionOf(fileName);
  const spec = FILE_TYPES[type];
  if (!spec.extensions.includes(ext)) {
    const shown = ext ? `“.${ext}”` : "trống";
    throw new AttachmentRejectedError(
      "UNSUPPORTED_TYPE",
      `Tệp “${fileName}” có nội dung là ${spec.label} nhưng phần mở rộng là ${shown}. Hãy đặt đúng phần mở rộng (.${spec.extensions[0]}) rồi tải lên lại.`,
    );
  }
  return { fileName, mimeType: spec.mimeType, type };
}
