// Minimal readers for the two container formats Office uses, enough to tell what a file really is:
// OOXML (.docx/.xlsx) is a zip, legacy .doc/.xls is an OLE compound file. Both are parsed
// defensively (bounds checked, never trusted) because the bytes come straight from the upload.

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const MAX_ENTRIES = 20_000;

/**
 * Names of the entries in a zip's central directory, or null when the bytes are not a readable
 * zip. The central directory (not the local headers) is what Office itself reads, so a file that
 * merely starts with "PK" but has no directory is rejected.
 */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  // The end-of-central-directory record sits in the last 22 bytes plus an optional comment ≤ 64 KiB.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (u32(bytes, at) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = u16(bytes, eocd + 10);
  let at = u32(bytes, eocd + 16);
  if (count === 0 || count > MAX_ENTRIES || at >= eocd) return null;
  const decoder = new TextDecoder("utf-8", { fatal: false });
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || u32(bytes, at) !== CENTRAL_SIGNATURE) return null;
    const nameLength = u16(bytes, at + 28);
    const next = at + 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    if (next > eocd) return null;
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at = next;
  }
  return names;
}

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const CFB_HEADER_BYTES = 512;
const DIRECTORY_ENTRY_BYTES = 128;
const STREAM = 2;

export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= CFB_HEADER_BYTES && CFB_SIGNATURE.every((b, i) => bytes[i] === b);
}

/**
 * Lower-cased names of the streams in an OLE compound file. Directory entries are 128-byte
 * records on 128-byte boundaries (sectors are 512 or 4096 bytes), so scanning those boundaries
 * finds them without walking the FAT. The magic bytes alone are shared with .msi installers and
 * other OLE files; the stream names say whether it is a Word or an Excel document.
 */
export function compoundStreamNames(bytes: Uint8Array): Set<string> {
  const names = new Set<string>();
  for (let at = CFB_HEADER_BYTES; at + DIRECTORY_ENTRY_BYTES <= bytes.length; at += DIRECTORY_ENTRY_BYTES) {
    const nameBytes = u16(bytes, at + 64); // UTF-16LE, including the terminating NUL
    if (bytes[at + 66] !== STREAM || nameBytes < 4 || nameBytes > 64 || nameBytes % 2 !== 0) continue;
    if (u16(bytes, at + nameBytes - 2) !== 0) continue;
    let name = "";
    for (let i = 0; i < nameBytes - 2; i += 2) name += String.fromCharCode(u16(bytes, at + i));
    names.add(name.toLowerCase());
  }
  return names;
}
