import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { line, measures, ty, zoneReport } from "../../../tests/fixtures/report";
import { reportTable } from "./table";
import { reportXlsx } from "./xlsx";

async function readBack(report = zoneReport()) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await reportXlsx(reportTable(report))) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0]!;
  const values: { row: number; col: number; value: ExcelJS.CellValue; numFmt: string }[] = [];
  sheet.eachRow((row, r) => row.eachCell((cell, c) => values.push({ row: r, col: c, value: cell.value, numFmt: cell.numFmt })));
  const find = (text: string) => values.find((v) => v.value === text);
  return { sheet, values, find };
}

describe("reportXlsx", () => {
  it("is a real workbook with the title, the unit, the cut-off, the as-of instant and the basis above the header", async () => {
    const { sheet, find } = await readBack();
    expect(sheet.name).toBe("Khu vực khuyến công");
    expect(sheet.getCell("A1").value).toBe("BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH KHUYẾN CÔNG NĂM 2022");
    expect(sheet.getCell("A3").value).toBe("Đơn vị tính: tỷ đồng");
    expect(find("Kỳ báo cáo: lũy kế từ 01/01/2022 đến ngày 30/09/2022")).toBeDefined();
    expect(find("Số liệu tính đến: 05/10/2022 10:04")).toBeDefined();
    expect(find("Cơ sở địa giới: quy về 63 tỉnh, thành phố trước ngày 01/07/2025")).toBeDefined();
    expect(find("% KH (điều chỉnh)")!.row).toBeGreaterThan(find("Đơn vị tính: tỷ đồng")!.row);
  });

  it("writes amounts as exact numbers of tỷ with a number format, percentages as fractions, nulls as 'chưa báo cáo'", async () => {
    const { sheet, find } = await readBack();
    const header = find("TT")!.row;
    const colOf = (text: string) => find(text)!.col;
    const north = sheet.getRow(header + 1);
    expect(north.getCell(colOf("Khu vực khuyến công")).value).toBe("Khu vực phía Bắc");
    expect(north.getCell(colOf("Kế hoạch (điều chỉnh)")).value).toBe(174.3);
    expect(north.getCell(colOf("Kế hoạch (điều chỉnh)")).numFmt).toBe("#,##0.000");
    expect(north.getCell(colOf("Dự toán đã giao")).value).toBe(29.012345678);
    expect(north.getCell(colOf("% KH (điều chỉnh)")).value).toBe(0.4228);
    expect(north.getCell(colOf("% KH (điều chỉnh)")).numFmt).toBe("0.00%");
    expect(north.getCell(colOf("Nguồn số liệu")).value).toBe("Đề án và sổ giải ngân");
    expect(sheet.getRow(header + 2).getCell(colOf("Thực hiện")).value).toBe("chưa báo cáo");
    expect(sheet.getRow(header + 3).getCell(colOf("Khu vực khuyến công")).value).toBe("'=Khu vực phía Nam");
    expect(sheet.getRow(header + 3).getCell(colOf("Thực hiện")).value).toBe(-0.5);
    const total = sheet.getRow(header + 4);
    expect(total.getCell(colOf("Khu vực khuyến công")).value).toBe("Tổng cộng");
    expect(total.getCell(colOf("Thực hiện")).value).toBe(73.2);
    expect(total.getCell(colOf("Thực hiện")).font?.bold).toBe(true);
  });

  it("puts an SCT's context totals and the notes below the table", async () => {
    const national = line("national", "Toàn quốc", measures({ executed: ty("200") }), measures({}));
    const { find } = await readBack(zoneReport({ context: { zone: null, national } }));
    expect(find("Toàn quốc (chỉ số tổng)")!.row).toBeGreaterThan(find("Tổng cộng")!.row);
    expect(find('"chưa báo cáo": tỉnh chưa gửi số liệu; không tính vào mẫu số của các tỷ lệ.')!.row).toBeGreaterThan(find("Toàn quốc (chỉ số tổng)")!.row);
  });
});
