// The one schema for text a user types (titles, names, notes, addresses...). Invisible characters
// are a spoofing and storage hazard: PostgreSQL refuses NUL in text (a generic error otherwise),
// bidirectional overrides such as U+202E reorder what a reader sees ("Trojan Source", fake file
// extensions), and zero-width characters make two equal-looking names differ. So: zero-width
// marks pasted from Word or the web are stripped silently, control and bidi characters are
// refused with a field message, text is NFC-normalised (macOS types decomposed Vietnamese) and
// trimmed, and the limit is said in vi-VN digits (docs/decisions/047).
import { z } from "zod";
import { formatInteger } from "./format";

/** Zero-width space/joiners, LRM/RLM, word joiner, BOM: invisible and meaningless in Vietnamese. */
const INVISIBLE = /[\u200B-\u200F\u2060\uFEFF]/g;
/** Embeddings, overrides and isolates: they change the order in which text is displayed. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
/** C0 and C1 controls, DEL; multi-line text keeps \t and \n (\r is folded into \n first). */
// eslint-disable-next-line no-control-regex
const CONTROL_SINGLE_LINE = /[\u0000-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex
const CONTROL_MULTI_LINE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

export type TextOptions = {
  max: number;
  /** Notes, reasons, findings: line breaks and tabs are kept. Otherwise they become spaces. */
  multiline?: boolean;
  /** The message past `max`, when the field wants its own label ("Ghi chú tối đa 2.000 ký tự"). */
  tooLong?: string;
};

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** What is wrong with already-cleaned text, or null. Exported for checks outside zod (imports). */
export function invisibleCharProblem(value: string, multiline = false): string | null {
  const control = value.match(multiline ? CONTROL_MULTI_LINE : CONTROL_SINGLE_LINE);
  if (control) return `Có ký tự điều khiển không nhìn thấy (${codePoint(control[0])}), thường do dán từ tệp khác. Hãy xoá đoạn vừa dán và gõ lại.`;
  const bidi = value.match(BIDI_CONTROL);
  if (bidi) return `Có ký tự ẩn đảo chiều hiển thị chữ (${codePoint(bidi[0])}), làm nội dung hiện khác với thực tế. Hãy xoá đoạn vừa dán và gõ lại.`;
  return null;
}

export function cleanText(value: string, multiline = false): string {
  const normalised = value.normalize("NFC").replace(INVISIBLE, "");
  return multiline ? normalised.replace(/\r\n?/g, "\n") : normalised.replace(/\r\n?|[\n\t]/g, " ");
}

/** A user text field: chain .min(n, "…"), .default(""), .regex(…) as on any z.string(). */
export function text({ max, multiline = false, tooLong }: TextOptions) {
  return z
    .string()
    .overwrite((value) => cleanText(value, multiline))
    .trim()
    .max(max, tooLong ?? `Tối đa ${formatInteger(max)} ký tự.`)
    .superRefine((value, ctx) => {
      const problem = invisibleCharProblem(value, multiline);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    });
}
