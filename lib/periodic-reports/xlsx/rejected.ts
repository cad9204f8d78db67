// The rows an upload refused, in the template's layout plus a "Lý do" column: the user fixes them
// in place and uploads the file again (the reader ignores "Lý do"). Cells go back as they were read.
import ExcelJS from "exceljs";
import { formatDate } from "../../format";
import type { CellRead } from "../../xlsx/cells";
import { BORDER, writeCellRead, writeText } from "../../xlsx/cell-write";
import { FIRST_DATA_ROW, SHEET_COLUMNS, TITLE, type SheetKey } from "./layout";
import { addPeriodicSheet, REASON_HEADER } from "./sheet";

export type RejectedRow = { cells: Partial<Record<SheetKey, CellRead>>; reasons: string };

export async function buildRejectedRowsWorkbook(rows: readonly RejectedRow[], meta: { fileName: string; checkedAt: Date }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const subtitle = `(Tệp: ${meta.fileName} · Kiểm tra ngày ${formatDate(meta.checkedAt)} · Sửa theo cột "${REASON_HEADER}" rồi tải lên lại tệp này)`;
  const ws = addPeriodicSheet(workbook, "Dòng bị từ chối", `${TITLE}: CÁC DÒNG BỊ TỪ CHỐI`, subtitle, [{ header: REASON_HEADER, width: 60 }]);
  rows.forEach((r, i) => {
    const row = ws.getRow(FIRST_DATA_ROW + i);
    SHEET_COLUMNS.forEach((c, j) => {
      const cell = row.getCell(j + 1);
      writeCellRead(cell, r.cells[c.key], Boolean(c.money));
      cell.border = BORDER;
    });
    const reason = row.getCell(SHEET_COLUMNS.length + 1);
    writeText(reason, r.reasons);
    reason.border = BORDER;
    reason.alignment = { vertical: "top", wrapText: true };
    reason.font = { color: { argb: "FFB91C1C" } };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
