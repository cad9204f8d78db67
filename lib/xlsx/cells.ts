// What a spreadsheet cell holds, reduced to the few shapes the import understands. Formulas are
// never evaluated or trusted: their cached result may be stale, and a formula is not what the
// user means to register (the import refuses the cell and asks for pasted values instead).
import { unneutraliseText } from "./safe-text";
import { moneyFromNumber } from "./decimal";

export type CellRead =
  | { kind: "empty" }
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  | { kind: "date"; value: Date }
  | { kind: "boolean"; value: boolean }
  | { kind: "formula"; formula: string }
  | { kind: "error"; error: string };

const EMPTY: CellRead = { kind: "empty" };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function textOf(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (isRecord(value) && Array.isArray(value.richText)) return value.richText.map((r: unknown) => (isRecord(r) && typeof r.text === "string" ? r.text : "")).join("");
  return null;
}

/** Reads an exceljs cell value (`cell.value`). */
export function readCellValue(value: unknown): CellRead {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === "number") return Number.isFinite(value) ? { kind: "number", value } : { kind: "error", error: String(value) };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (value instanceof Date) return { kind: "date", value };
  if (typeof value === "string") {
    const text = unneutraliseText(value);
    return text.trim() === "" ? EMPTY : { kind: "text", text };
  }
  if (isRecord(value)) {
    // Plain, shared and array formulas all carry one of these keys (exceljs CellFormulaValue / CellSharedFormulaValue).
    if ("formula" in value || "sharedFormula" in value) {
      const formula = typeof value.formula === "string" ? value.formula : typeof value.sharedFormula === "string" ? `(dùng chung với ${value.sharedFormula})` : "";
      return { kind: "formula", formula };
    }
    if ("error" in value) return { kind: "error", error: String(value.error) };
    // Rich text is fine (its runs are joined); a hyperlink is read as its display text.
    const text = "hyperlink" in value ? textOf(value.text) : textOf(value);
    if (text !== null) return readCellValue(text);
  }
  return { kind: "error", error: "không đọc được" };
}

/** Reads an exceljs cell, also catching formulas that only show on the cell object. */
export function readCell(cell: { value: unknown; formula?: string | undefined }): CellRead {
  if (typeof cell.formula === "string" && cell.formula !== "") return { kind: "formula", formula: cell.formula };
  return readCellValue(cell.value);
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export const FORMULA_MESSAGE = "Ô chứa công thức; hãy dán giá trị (Dán đặc biệt → Giá trị) thay cho công thức.";

function refuse(cell: CellRead, expected: string): Parsed<never> {
  switch (cell.kind) {
    case "formula":
      return { ok: false, message: FORMULA_MESSAGE };
    case "error":
      return { ok: false, message: `Ô đang báo lỗi (${cell.error}); ${expected}.` };
    case "date":
      return { ok: false, message: `Ô đang là ngày tháng; ${expected}.` };
    case "boolean":
      return { ok: false, message: `Ô đang là giá trị đúng/sai; ${expected}.` };
    case "text":
      return { ok: false, message: `Ô đang là chữ ("${cell.text.slice(0, 40)}"); ${expected}.` };
    default:
      return { ok: false, message: `${expected[0]?.toUpperCase()}${expected.slice(1)}.` };
  }
}

/** Text fields: a number typed into a text column is read as its digits. */
export function textFrom(cell: CellRead): Parsed<string> {
  if (cell.kind === "empty") return { ok: true, value: "" };
  if (cell.kind === "text") return { ok: true, value: cell.text.replace(/\r\n?/g, "\n").trim() };
  if (cell.kind === "number") return { ok: true, value: String(cell.value) };
  return refuse(cell, "cần nhập chữ");
}

/**
 * Money in triệu đồng. Only real numbers are accepted: a text such as "1.234" means 1234 in vi-VN
 * but 1,234 in en-US, and we cannot tell which the user meant. Empty is 0.
 */
export function moneyFrom(cell: CellRead): Parsed<{ text: string; dong: bigint }> {
  if (cell.kind === "empty") return { ok: true, value: { text: "", dong: 0n } };
  if (cell.kind !== "number") return refuse(cell, "cần nhập số (triệu đồng) ở dạng số, không phải chữ");
  const money = moneyFromNumber(cell.value);
  return money.ok ? { ok: true, value: { text: money.text, dong: money.dong } } : { ok: false, message: money.message };
}

/** A four-digit year, typed as a number or as text. */
export function yearFrom(cell: CellRead): Parsed<number | null> {
  if (cell.kind === "empty") return { ok: true, value: null };
  const text = cell.kind === "number" ? String(cell.value) : cell.kind === "text" ? cell.text.trim() : null;
  if (text === null) return refuse(cell, "cần nhập năm (4 chữ số)");
  if (!/^\d{4}$/.test(text)) return { ok: false, message: `"${text.slice(0, 20)}" không phải năm (4 chữ số, ví dụ 2027).` };
  return { ok: true, value: Number(text) };
}

/** A list of codes separated by ";" (also "," or line breaks). */
export function listFrom(cell: CellRead): Parsed<string[]> {
  const text = textFrom(cell);
  if (!text.ok) return text;
  return { ok: true, value: [...new Set(text.value.split(/[;,\n]/).map((s) => s.trim().replace(/\s+/g, "")).filter(Boolean))] };
}
