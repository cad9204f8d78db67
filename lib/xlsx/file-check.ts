// Is an upload really an .xlsx? The extension and the browser's MIME type are the client's word,
// so we look at the bytes: a ZIP archive (magic "PK\x03\x04") whose central directory lists the
// parts every SpreadsheetML package has. Zip bombs: the sizes a zip declares are the sender's word
// too, so after the cheap sum of declared sizes every entry is inflated as a stream whose output
// is counted and dropped, aborting past MAX_UNCOMPRESSED_BYTES (docs/decisions/047). exceljs only
// sees archives whose real content is within that bound.
import { inflatedSize } from "./inflate-count";

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Real inflated bytes of all entries together; a 5 MB workbook of XML inflates to well under this. */
export const MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;
const MAX_ENTRIES = 10_000;
const REQUIRED_PARTS = ["[Content_Types].xml", "xl/workbook.xml"];
const STORED = 0;
const DEFLATED = 8;

export type XlsxCheck = { ok: true } | { ok: false; message: string };

const NOT_XLSX = "Tệp không phải bảng tính Excel .xlsx. Nếu là tệp .xls, .csv hoặc .ods, hãy mở bằng Excel và lưu lại dưới dạng \"Excel Workbook (*.xlsx)\".";
const CORRUPT = "Tệp .xlsx bị hỏng. Hãy mở bằng Excel, lưu lại và thử lại.";
const TOO_LARGE = `Nội dung tệp sau khi giải nén quá lớn (trên ${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB). Hãy chia thành nhiều tệp nhỏ hơn.`;
const SIZE_MISMATCH = "Tệp .xlsx bị hỏng hoặc đã bị sửa: dung lượng giải nén không khớp với dung lượng ghi trong tệp. Hãy mở bằng Excel, lưu lại và thử lại.";

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) + b[at + 3]! * 0x1000000;

type Entry = { name: string; method: number; encrypted: boolean; compressedSize: number; declaredSize: number; localOffset: number };

/** Offset of the End Of Central Directory record, searched backwards over the comment area. */
function findEndOfDirectory(b: Uint8Array): number {
  for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - 0xffff); at--) {
    if (b[at] === 0x50 && b[at + 1] === 0x4b && b[at + 2] === 0x05 && b[at + 3] === 0x06) return at;
  }
  return -1;
}

function readDirectory(bytes: Uint8Array): Entry[] | XlsxCheck {
  const eocd = findEndOfDirectory(bytes);
  if (eocd < 0) return { ok: false, message: "Tệp .xlsx bị hỏng hoặc chưa tải lên đủ. Hãy lưu lại tệp và thử lại." };
  const count = u16(bytes, eocd + 10);
  const offset = u32(bytes, eocd + 16);
  // ZIP64 markers: a spreadsheet under 5 MB never needs them.
  if (count === 0xffff || offset === 0xffffffff || count > MAX_ENTRIES) return { ok: false, message: NOT_XLSX };
  const entries: Entry[] = [];
  const decoder = new TextDecoder();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return { ok: false, message: CORRUPT };
    const declaredSize = u32(bytes, at + 24);
    if (declaredSize === 0xffffffff) return { ok: false, message: NOT_XLSX };
    const nameLength = u16(bytes, at + 28);
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      encrypted: (u16(bytes, at + 8) & 1) === 1,
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      declaredSize,
      localOffset: u32(bytes, at + 42),
    });
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

/** The entry's compressed bytes, located through its local header (whose name/extra lengths may differ from the directory's). */
function entryData(bytes: Uint8Array, entry: Entry): Uint8Array | null {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50) return null;
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + entry.compressedSize;
  return end > bytes.length ? null : bytes.subarray(start, end);
}

/** Inflates every entry for real, counting the output against one budget for the whole archive. */
async function checkRealSizes(bytes: Uint8Array, entries: Entry[]): Promise<XlsxCheck> {
  let remaining = MAX_UNCOMPRESSED_BYTES;
  for (const entry of entries) {
    if (entry.encrypted || (entry.method !== STORED && entry.method !== DEFLATED)) return { ok: false, message: NOT_XLSX };
    const data = entryData(bytes, entry);
    if (!data) return { ok: false, message: CORRUPT };
    const size = entry.method === STORED ? data.byteLength : await inflatedSize(data, remaining);
    if (size === "corrupt") return { ok: false, message: CORRUPT };
    if (size === "over" || size > remaining) return { ok: false, message: TOO_LARGE };
    if (size !== entry.declaredSize) return { ok: false, message: SIZE_MISMATCH };
    remaining -= size;
  }
  return { ok: true };
}

export async function checkXlsxBytes(bytes: Uint8Array): Promise<XlsxCheck> {
  if (bytes.length === 0) return { ok: false, message: "Tệp rỗng." };
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, message: "Tệp lớn hơn 5 MB. Hãy chia thành nhiều tệp nhỏ hơn." };
  if (bytes.length < 30 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) return { ok: false, message: NOT_XLSX };
  const entries = readDirectory(bytes);
  if (!Array.isArray(entries)) return entries;
  // The cheap refusal first: an archive that admits to being too large is not inflated at all.
  if (entries.reduce((sum, e) => sum + e.declaredSize, 0) > MAX_UNCOMPRESSED_BYTES) return { ok: false, message: TOO_LARGE };
  const names = new Set(entries.map((e) => e.name));
  if (!REQUIRED_PARTS.every((p) => names.has(p))) return { ok: false, message: NOT_XLSX };
  return checkRealSizes(bytes, entries);
}
