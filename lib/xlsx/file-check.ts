// Is an upload really an .xlsx? The extension and the browser's MIME type are the client's word,
// so we look at the bytes: a ZIP archive (magic "PK\x03\x04") whose central directory lists the
// parts every SpreadsheetML package has. The declared uncompressed sizes are summed before any
// inflating, to refuse zip bombs cheaply (defence in depth: exceljs's own reader is the last word).
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
const MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;
const MAX_ENTRIES = 10_000;
const REQUIRED_PARTS = ["[Content_Types].xml", "xl/workbook.xml"];

export type XlsxCheck = { ok: true } | { ok: false; message: string };

const NOT_XLSX = "Tệp không phải bảng tính Excel .xlsx. Nếu là tệp .xls, .csv hoặc .ods, hãy mở bằng Excel và lưu lại dưới dạng \"Excel Workbook (*.xlsx)\".";

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) + b[at + 3]! * 0x1000000;

/** Offset of the End Of Central Directory record, searched backwards over the comment area. */
function findEndOfDirectory(b: Uint8Array): number {
  for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - 0xffff); at--) {
    if (b[at] === 0x50 && b[at + 1] === 0x4b && b[at + 2] === 0x05 && b[at + 3] === 0x06) return at;
  }
  return -1;
}

export function checkXlsxBytes(bytes: Uint8Array): XlsxCheck {
  if (bytes.length === 0) return { ok: false, message: "Tệp rỗng." };
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, message: "Tệp lớn hơn 5 MB. Hãy chia thành nhiều tệp nhỏ hơn." };
  if (bytes.length < 30 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) return { ok: false, message: NOT_XLSX };
  const eocd = findEndOfDirectory(bytes);
  if (eocd < 0) return { ok: false, message: "Tệp .xlsx bị hỏng hoặc chưa tải lên đủ. Hãy lưu lại tệp và thử lại." };
  const entries = u16(bytes, eocd + 10);
  const offset = u32(bytes, eocd + 16);
  // ZIP64 markers: a spreadsheet under 5 MB never needs them.
  if (entries === 0xffff || offset === 0xffffffff) return { ok: false, message: NOT_XLSX };
  if (entries > MAX_ENTRIES) return { ok: false, message: NOT_XLSX };
  const names = new Set<string>();
  let total = 0;
  let at = offset;
  const decoder = new TextDecoder();
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return { ok: false, message: "Tệp .xlsx bị hỏng. Hãy mở bằng Excel, lưu lại và thử lại." };
    const uncompressed = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    if (uncompressed === 0xffffffff) return { ok: false, message: NOT_XLSX };
    total += uncompressed;
    names.add(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  if (total > MAX_UNCOMPRESSED_BYTES) return { ok: false, message: "Nội dung tệp sau khi giải nén quá lớn (trên 100 MB). Hãy chia thành nhiều tệp nhỏ hơn." };
  if (!REQUIRED_PARTS.every((p) => names.has(p))) return { ok: false, message: NOT_XLSX };
  return { ok: true };
}
