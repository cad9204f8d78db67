// The rows an import refused, in the Mẫu 2 layout plus a "Lý do" column, so the user can fix them
// in place and import the file again (the importer ignores "Lý do"). Cells are written back as
// they were read (writeCellRead); a refused formula comes back as neutralised text, never as a formula.
import ExcelJS from "exceljs";
import { formatDate } from "../format";
import type { CellRead } from "../xlsx/cells";
import { HEADER_ROW, MAU2_COLUMNS, REASON_HEADER, type Mau2Key } from "./columns";
import { BORDER, writeCellRead, writeText } from "../xlsx/cell-write";
import { addMau2Sheet } from "./sheet-layout";

export type RejectedRow = { cells: Partial<Record<Mau2Key, CellRead>>; reasons: string };

export async function buildRejectedRowsWorkbook(rows: readonly RejectedRow[], meta: { unitName: string; fileName: string; exportedAt: Date }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = addMau2Sheet(
    workbook,
    "Dòng chưa nhập",
    { unitName: meta.unitName, title: "CÁC ĐỀ ÁN CHƯA NHẬP ĐƯỢC TỪ TỆP MẪU 2", subtitle: `(Tệp: ${meta.fileName} · Kiểm tra ngày ${formatDate(meta.exportedAt)} · Sửa theo cột "${REASON_HEADER}" rồi nhập lại tệp này)` },
    [{ header: REASON_HEADER, width: 60 }],
  );
  const reasonColumn = MAU2_COLUMNS.length + 1;
  rows.forEach((r, i) => {
    const row = ws.getRow(HEADER_ROW + 1 + i);
    MAU2_COLUMNS.forEach((c, j) => {
      const cell = row.getCell(j + 1);
      writeCellRead(cell, r.cells[c.key], Boolean(c.money));
      cell.border = BORDER;
      cell.alignment = { vertical: "top", wrapText: Boolean(c.wrap) };
    });
    const reason = row.getCell(reasonColumn);
    writeText(reason, r.reasons);
    reason.border = BORDER;
    reason.alignment = { vertical: "top", wrapText: true };
    reason.font = { color: { argb: "FFB91C1C" } };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
