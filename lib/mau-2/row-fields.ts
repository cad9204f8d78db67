// One sheet row → typed Mẫu 2 values, with an issue for every cell that cannot be read
// (formula, wrong type, negative or absurd money, unknown kind or source).
import { columnLetter, MAU2_COLUMNS, type Mau2Key } from "./columns";
import type { ProjectKind } from "../db/generated/enums";
import { toSearchText } from "../search-text";
import { listFrom, moneyFrom, textFrom, yearFrom, type CellRead, type Parsed } from "../xlsx/cells";
import type { HeaderMap } from "./headers";
import type { SheetRow } from "./read-workbook";
import type { ImportIssue, Money, RowFields, Severity } from "./types";

/** The header without its hint: "Loại đề án (Điểm/Nhóm/Thường)" → "Loại đề án". */
export const FIELD_LABEL = Object.fromEntries(MAU2_COLUMNS.map((c) => [c.key, c.header.replace(/\s*\(.*\)\s*$/, "")])) as Record<Mau2Key, string>;

const KINDS: Record<string, ProjectKind> = { diem: "FLAGSHIP", "de an diem": "FLAGSHIP", nhom: "GROUP", "de an nhom": "GROUP", thuong: "STANDARD", "de an thuong": "STANDARD", flagship: "FLAGSHIP", group: "GROUP", standard: "STANDARD" };
const SOURCES: Record<string, "KCQG" | "KCDP"> = { kcqg: "KCQG", "khuyen cong quoc gia": "KCQG", "quoc gia": "KCQG", kcdp: "KCDP", "khuyen cong dia phuong": "KCDP", "dia phuong": "KCDP" };

export type IssueAt = (key: Mau2Key | null, message: string, severity?: Severity) => ImportIssue;

/** Makes issues for one row, with the column letter where the header was found. */
export function issueMaker(row: number, header: HeaderMap): IssueAt {
  return (key, message, severity = "ERROR") => {
    const column = key ? header.columns[key] : undefined;
    return { row, column: column ? columnLetter(column) : null, field: key ? FIELD_LABEL[key] : null, message, severity };
  };
}

function pick<T>(cells: SheetRow["cells"], key: Mau2Key, read: (c: CellRead) => Parsed<T>, issues: ImportIssue[], at: IssueAt): T | undefined {
  const cell = cells[key];
  if (!cell) return undefined;
  const parsed = read(cell);
  if (parsed.ok) return parsed.value;
  issues.push(at(key, parsed.message));
  return undefined;
}

function choice<T>(table: Record<string, T>, emptyMessage: string, badMessage: (text: string) => string) {
  return (cell: CellRead): Parsed<T> => {
    const text = textFrom(cell);
    if (!text.ok) return text;
    if (!text.value) return { ok: false, message: emptyMessage };
    const found = table[toSearchText(text.value).replace(/[.:]/g, "").trim()];
    return found ? { ok: true, value: found } : { ok: false, message: badMessage(text.value) };
  };
}

const kindFrom = choice(KINDS, "Chưa nhập loại đề án (Điểm, Nhóm hoặc Thường).", (t) => `"${t.slice(0, 40)}" không phải loại đề án; hãy nhập Điểm, Nhóm hoặc Thường.`);
const sourceFrom = choice(SOURCES, "Chưa nhập nguồn kinh phí (KCQG hoặc KCĐP).", (t) => `"${t.slice(0, 40)}" không phải nguồn kinh phí; hãy nhập KCQG hoặc KCĐP.`);

export function readFields(sheetRow: SheetRow, at: IssueAt): { fields: RowFields; issues: ImportIssue[] } {
  const { cells } = sheetRow;
  const issues: ImportIssue[] = [];
  const text = (key: Mau2Key) => pick(cells, key, textFrom, issues, at);
  const money = (key: Mau2Key): Money | undefined => pick(cells, key, moneyFrom, issues, at);
  // Cells whose value is never used (STT, the note, the counterpart the app recomputes) are refused
  // quietly: a formula there, common in templates (=L6-M6-O6), only earns a warning.
  const informative = (key: Mau2Key) => {
    if (cells[key]?.kind !== "formula") return false;
    issues.push(at(key, "Ô chứa công thức nên được bỏ qua; giá trị này không dùng khi nhập.", "WARNING"));
    return true;
  };
  const planYear = pick(cells, "planYear", yearFrom, issues, at);
  if (planYear === null) issues.push(at("planYear", "Chưa nhập năm bắt đầu (năm kế hoạch)."));
  const fields: RowFields = {
    code: text("code") ?? "",
    title: text("title"),
    implementer: text("implementer"),
    location: text("location"),
    objectives: text("objectives"),
    kind: pick(cells, "kind", kindFrom, issues, at),
    source: pick(cells, "source", sourceFrom, issues, at),
    contentCodes: pick(cells, "contents", listFrom, issues, at),
    taxCodes: pick(cells, "beneficiaries", listFrom, issues, at),
    planYear: planYear ?? undefined,
    endYear: pick(cells, "endYear", yearFrom, issues, at),
    totalCost: money("totalCost"),
    supportAmount: money("supportAmount"),
    counterpartAmount: informative("counterpartAmount") ? undefined : money("counterpartAmount"),
    otherAmount: money("otherAmount"),
  };
  informative("seq");
  informative("note");
  return { fields, issues };
}
