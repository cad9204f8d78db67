// Which files a đề án dossier accepts. The type is decided by the content (magic bytes and, for
// Office, the container's inside) and must agree with the extension: a renamed .exe, an HTML page
// or an SVG (which can carry script) is refused whatever it is called. Pure, unit-tested.
import { compoundStreamNames, isCompoundFile, zipEntryNames } from "./containers";

/** Per file. The route handler also refuses larger request bodies before reading them. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

export type FileType = "pdf" | "docx" | "xlsx" | "doc" | "xls" | "jpeg" | "png";

export const FILE_TYPES: Record<FileType, { extensions: readonly string[]; mimeType: string; label: string }> = {
  pdf: { extensions: ["pdf"], mimeType: "application/pdf", label: "PDF" },
  docx: { extensions: ["docx"], mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", label: "Word (.docx)" },
  xlsx: { extensions: ["xlsx"], mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", label: "Excel (.xlsx)" },
  doc: { extensions: ["doc"], mimeType: "application/msword", label: "Word (.doc)" },
  xls: { extensions: ["xls"], mimeType: "application/vnd.ms-excel", label: "Excel (.xls)" },
  jpeg: { extensions: ["jpg", "jpeg"], mimeType: "image/jpeg", label: "JPEG" },
  png: { extensions: ["png"], mimeType: "image/png", label: "PNG" },
};

/** For the file input's `accept`: a hint to the picker only, never a check. */
export const ACCEPTED_EXTENSIONS: readonly string[] = Object.values(FILE_TYPES).flatMap((t) => t.extensions.map((e) => `.${e}`));

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

function ooxmlType(bytes: Uint8Array): FileType | null {
  const names = zipEntryNames(bytes);
  // Every OOXML package has [Content_Types].xml; a plain zip (or a .jar/.apk) does not.
  if (!names?.includes("[Content_Types].xml")) return null;
  // Macro-enabled packages (.docm/.xlsm) renamed to .docx/.xlsx carry a VBA project: refused.
  if (names.some((n) => n.toLowerCase().endsWith("vbaproject.bin"))) return null;
  if (names.some((n) => n.startsWith("word/"))) return "docx";
  if (names.some((n) => n.startsWith("xl/"))) return "xlsx";
  return null;
}

function legacyOfficeType(bytes: Uint8Array): FileType | null {
  const streams = compoundStreamNames(bytes);
  if (streams.has("worddocument")) return "doc";
  // BIFF8 writes "Workbook", BIFF5 (Excel 5/95) "Book".
  if (streams.has("workbook") || streams.has("book")) return "xls";
  return null;
}

/** What the bytes are, or null when they are none of the accepted types. */
export function detectFileType(bytes: Uint8Array): FileType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf"; // "%PDF-"
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return ooxmlType(bytes); // "PK\3\4"
  if (isCompoundFile(bytes)) return legacyOfficeType(bytes);
  return null;
}

/** Lower-case extension without the dot, "" when there is none. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : "";
}

const MAX_NAME_LENGTH = 180;

/**
 * The name shown to users and offered on download. Browsers may send a full path (old IE) and
 * anyone may send control or bidi-override characters (U+202E turns "gpj.exe" into "exe.jpg"),
 * so those go; Vietnamese letters stay, normalised to NFC because macOS sends NFD.
 */
export function sanitizeFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  let name = base
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, "")
    .replace(/[<>:"|?*]/g, "_")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "")
    .trim();
  const chars = [...name];
  if (chars.length > MAX_NAME_LENGTH) {
    const found = extensionOf(name);
    const ext = found.length <= 10 ? found : "";
    const keep = ext ? MAX_NAME_LENGTH - ext.length - 1 : MAX_NAME_LENGTH;
    name = chars.slice(0, keep).join("").trimEnd() + (ext ? `.${ext}` : "");
  }
  return name || "tai-lieu";
}
