// Accepts or refuses one uploaded file, with a Vietnamese message that names it. Pure: the
// mutation calls it before anything touches the disk or the database.
import { DomainError, type ErrorKey, message, type MessageParams } from "../errors";
import { formatFileSize } from "../format";
import { detectFileType, extensionOf, FILE_TYPES, MAX_ATTACHMENT_BYTES, sanitizeFileName, type FileType } from "./file-types";

/** Why a file was refused; the route handler maps it to 400, 413 or 415. */
export type RejectionReason = "EMPTY" | "TOO_LARGE" | "UNSUPPORTED_TYPE";

/** A validation error about the file itself (code VALIDATION, so the one error hierarchy holds). */
export class AttachmentRejectedError extends DomainError {
  constructor(
    readonly reason: RejectionReason,
    key: ErrorKey,
    params: MessageParams,
  ) {
    super("VALIDATION", key, params, { file: message(key, params) });
    this.name = "AttachmentRejectedError";
  }
}

/** Size rules alone, so a caller holding only the declared size can refuse early. */
export function checkFileSize(rawName: string, size: number, maxBytes = MAX_ATTACHMENT_BYTES): void {
  const name = sanitizeFileName(rawName);
  if (size === 0) throw new AttachmentRejectedError("EMPTY", "errors.attachments.empty", { name });
  if (size > maxBytes) {
    throw new AttachmentRejectedError("TOO_LARGE", "errors.attachments.tooLarge", { name, size: formatFileSize(size), max: formatFileSize(maxBytes) });
  }
}

export type CheckedFile = { fileName: string; mimeType: string; type: FileType };

export function checkUpload(rawName: string, bytes: Uint8Array, maxBytes = MAX_ATTACHMENT_BYTES): CheckedFile {
  const fileName = sanitizeFileName(rawName);
  checkFileSize(fileName, bytes.length, maxBytes);
  const type = detectFileType(bytes);
  if (!type) {
    throw new AttachmentRejectedError("UNSUPPORTED_TYPE", "errors.attachments.unsupportedType", { name: fileName });
  }
  const ext = extensionOf(fileName);
  const spec = FILE_TYPES[type];
  if (!spec.extensions.includes(ext)) {
    const params = { name: fileName, type: spec.label, extension: ext || "none", expected: spec.extensions[0] ?? "" };
    throw new AttachmentRejectedError("UNSUPPORTED_TYPE", "errors.attachments.extensionMismatch", params);
  }
  return { fileName, mimeType: spec.mimeType, type };
}
