// The periodic-report sheet: title, the unit line ("Đơn vị tính: triệu đồng"), then one header row
// and one row per province × funding source. Columns are found by header text, never position.
import { columnLetter } from "../../mau-2/columns";
import { toSearchText } from "../../search-text";
import { COUNT_FIELDS, FIELD_LABEL, type RowField } from "../fields";

export type SheetKey = "seq" | "provinceCode" | "provinceName" | Exclude<RowField, "province" | "unit">;
export type SheetColumn = { key: SheetKey; header: string; width: number; money?: boolean };

export const UNIT_LINE = "Đơn vị tính: triệu đồng";
export const TITLE = "BÁO CÁO ĐỊNH KỲ KẾT QUẢ THỰC HIỆN KHUYẾN CÔNG";
export const SUBTITLE = "(Số liệu lũy kế từ ngày 01/01 đến ngày cuối kỳ báo cáo; để trống ô số lượng chưa báo cáo, không ghi 0)";
export const UNIT_ROW = 3;
export const HEADER_ROW = 5;
export const FIRST_DATA_ROW = HEADER_ROW + 1;
export const HEADER_SEARCH_ROWS = 15;

export const SHEET_COLUMNS: readonly SheetColumn[] = [
  { key: "seq", header: "STT", width: 6 },
  { key: "provinceCode", header: "Mã tỉnh", width: 9 },
  { key: "provinceName", header: "Tên tỉnh", width: 22 },
  { key: "year", header: FIELD_LABEL.year, width: 7 },
  { key: "period", header: FIELD_LABEL.period, width: 11 },
  { key: "source", header: FIELD_LABEL.source, width: 10 },
  { key: "planAmount", header: FIELD_LABEL.planAmount, width: 14, money: true },
  { key: "executedAmount", header: FIELD_LABEL.executedAmount, width: 14, money: true },
  { key: "projectCount", header: FIELD_LABEL.projectCount, width: 9 },
  ...COUNT_FIELDS.map((f) => ({ key: f, header: FIELD_LABEL[f], width: 12 })),
  { key: "note", header: FIELD_LABEL.note, width: 30 },
];

export const REQUIRED_KEYS: readonly SheetKey[] = ["provinceCode", "year", "period", "source", "planAmount", "executedAmount", "projectCount"];

export const normaliseHeader = (text: string) => toSearchText(text.replace(/\([^)]*\)/g, " ").replace(/[:*]/g, " "));
const BY_HEADER = new Map(SHEET_COLUMNS.map((c) => [normaliseHeader(c.header), c.key]));

export function matchHeader(text: string): SheetKey | null {
  return BY_HEADER.get(normaliseHeader(text)) ?? null;
}

export function columnOf(key: SheetKey): SheetColumn {
  return SHEET_COLUMNS.find((c) => c.key === key)!;
}

/** "Dòng 7, cột Kinh phí thực hiện (H)": where a refusal points. */
export function cellRef(row: number, key: SheetKey | null, column: number | undefined): string {
  if (!key) return `Dòng ${row}`;
  return `Dòng ${row}, cột ${columnOf(key).header}${column ? ` (${columnLetter(column)})` : ""}`;
}

/** What the unit line says, if it is the unit line: "Đơn vị tính: triệu đồng" → "trieu dong". */
export function unitOfLine(text: string): string | null {
  const m = /^don vi(?: tinh)?\s*:?\s*(.*)$/.exec(toSearchText(text));
  return m ? (m[1] ?? "").replace(/[.)(]/g, "").trim() : null;
}
