// Column layout of Mẫu số 2 (Biểu tổng hợp chi tiết các đề án khuyến công đề nghị đăng ký kế hoạch,
// TT 36/2013/TT-BCT Phụ lục 1), shared by the export and the import so that an exported file
// imports back unchanged. Headers are matched by meaning, not position: `aliases` are header texts
// without diacritics or parenthesised hints (see headers.ts).
export type Mau2Key =
  | "seq"
  | "code"
  | "title"
  | "implementer"
  | "location"
  | "kind"
  | "source"
  | "contents"
  | "beneficiaries"
  | "planYear"
  | "endYear"
  | "totalCost"
  | "supportAmount"
  | "counterpartAmount"
  | "otherAmount"
  | "objectives"
  | "note";

export type Mau2Column = { key: Mau2Key; header: string; width: number; money?: true; wrap?: true; aliases: readonly string[] };

export const MAU2_COLUMNS: readonly Mau2Column[] = [
  { key: "seq", header: "STT", width: 6, aliases: ["stt", "tt", "so tt", "so thu tu"] },
  { key: "code", header: "Mã đề án", width: 22, aliases: ["ma de an", "ma"] },
  { key: "title", header: "Tên đề án", width: 42, wrap: true, aliases: ["ten de an"] },
  { key: "implementer", header: "Đơn vị thực hiện", width: 28, wrap: true, aliases: ["don vi thuc hien"] },
  { key: "location", header: "Địa điểm thực hiện", width: 28, wrap: true, aliases: ["dia diem thuc hien", "dia diem"] },
  { key: "kind", header: "Loại đề án (Điểm/Nhóm/Thường)", width: 14, aliases: ["loai de an", "loai"] },
  { key: "source", header: "Nguồn (KCQG/KCĐP)", width: 11, aliases: ["nguon", "nguon kinh phi"] },
  { key: "contents", header: "Nội dung khuyến công (mã, cách nhau bởi ;)", width: 16, wrap: true, aliases: ["noi dung khuyen cong", "noi dung"] },
  { key: "beneficiaries", header: "Đơn vị thụ hưởng (mã số thuế, cách nhau bởi ;)", width: 26, wrap: true, aliases: ["don vi thu huong", "co so thu huong", "ma so thue"] },
  { key: "planYear", header: "Năm bắt đầu", width: 9, aliases: ["nam bat dau", "nam ke hoach"] },
  { key: "endYear", header: "Năm kết thúc", width: 9, aliases: ["nam ket thuc"] },
  { key: "totalCost", header: "Tổng kinh phí", width: 14, money: true, aliases: ["tong kinh phi"] },
  { key: "supportAmount", header: "Kinh phí khuyến công hỗ trợ", width: 14, money: true, aliases: ["kinh phi khuyen cong ho tro", "kinh phi kc ho tro", "kinh phi khuyen cong"] },
  { key: "counterpartAmount", header: "Vốn đối ứng", width: 14, money: true, aliases: ["von doi ung"] },
  { key: "otherAmount", header: "Nguồn khác", width: 14, money: true, aliases: ["nguon khac"] },
  { key: "objectives", header: "Mục tiêu", width: 42, wrap: true, aliases: ["muc tieu"] },
  { key: "note", header: "Ghi chú / Trạng thái", width: 22, wrap: true, aliases: ["ghi chu / trang thai", "ghi chu", "trang thai"] },
];

/** The reasons column appended to the rejected-rows file; ignored on import. */
export const REASON_HEADER = "Lý do";

/** Columns an import cannot do without. */
export const REQUIRED_KEYS: readonly Mau2Key[] = ["title", "kind", "source", "planYear", "totalCost", "supportAmount"];

export const KIND_LABELS = { FLAGSHIP: "Điểm", GROUP: "Nhóm", STANDARD: "Thường" } as const;
export const SOURCE_LABELS = { KCQG: "KCQG", KCDP: "KCĐP" } as const;

/** Rows 1–4 carry the title block; headers are on row 5 (frozen), data from row 6. */
export const HEADER_ROW = 5;

/** Excel column letter of a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(column: number): string {
  let n = column;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
