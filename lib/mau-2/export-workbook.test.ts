import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readMau2Workbook } from "./read-workbook";
import { issueMaker, readFields } from "./row-fields";
import { collect } from "../xlsx/stream";
import { mau2FileName, mau2Title, mau2WorkbookStream, type Mau2Head, type Mau2Row } from "./export-workbook";

const row = (over: Partial<Mau2Row>): Mau2Row => ({
  code: "KCQG-2027-38-001",
  title: "Hỗ trợ máy sấy chè",
  implementer: "Trung tâm Khuyến công Thanh Hóa",
  location: "Xã Thử Nghiệm",
  kind: "STANDARD",
  source: "KCQG",
  contentCodes: ["03.2", "04.3"],
  taxCodes: ["0101234567", "0101234567-001"],
  planYear: 2027,
  endYear: 2027,
  totalCost: 700_000_000n,
  supportAmount: 300_000_000n,
  counterpartAmount: 400_000_000n,
  otherAmount: 0n,
  objectives: "Mục tiêu",
  note: "Nháp",
  ...over,
});

async function* inBatches(rows: Mau2Row[], size: number): AsyncGenerator<Mau2Row[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

const build = (head: Mau2Head, rows: Mau2Row[], size = 1) => collect(mau2WorkbookStream(head, inBatches(rows, size)));

describe("Mẫu 2 workbook", () => {
  it("reads back exactly what it wrote, to the đồng, through the importer's own reader", async () => {
    const rows = [
      row({ totalCost: 10_000_000_000_000n, supportAmount: 1n, otherAmount: 9_999_999_999_998n, counterpartAmount: 1n }),
      row({ code: "KCQG-2027-38-002", title: "=1+2 không phải công thức", kind: "FLAGSHIP", endYear: 2028, source: "KCDP", totalCost: 123_456_789_012n, supportAmount: 100_000n, objectives: "Dòng 1\nDòng 2", contentCodes: [], taxCodes: [] }),
    ];
    const bytes = await build({ year: 2027, source: null, unitName: "Sở Công Thương Thanh Hóa", provinceName: "Thanh Hóa", exportedAt: new Date("2026-06-01T03:00:00Z") }, rows);
    const sheet = await readMau2Workbook(new Uint8Array(bytes));
    expect(sheet.header.row).toBe(5);
    expect(sheet.rows.map((r) => r.row)).toEqual([6, 7]);
    const fields = sheet.rows.map((r) => readFields(r, issueMaker(r.row, sheet.header)));
    expect(fields.flatMap((f) => f.issues)).toEqual([]);
    expect(fields[0]!.fields).toMatchObject({ code: "KCQG-2027-38-001", kind: "STANDARD", source: "KCQG", contentCodes: ["03.2", "04.3"], taxCodes: ["0101234567", "0101234567-001"], planYear: 2027, endYear: 2027 });
    expect(fields[0]!.fields.totalCost).toEqual({ text: "10000000", dong: 10_000_000_000_000n });
    expect(fields[0]!.fields.supportAmount).toEqual({ text: "0,000001", dong: 1n });
    expect(fields[0]!.fields.otherAmount!.dong).toBe(9_999_999_999_998n);
    expect(fields[1]!.fields).toMatchObject({ title: "=1+2 không phải công thức", kind: "FLAGSHIP", endYear: 2028, source: "KCDP", objectives: "Dòng 1\nDòng 2", contentCodes: [], taxCodes: [] });
    expect(fields[1]!.fields.totalCost).toEqual({ text: "123456,789012", dong: 123_456_789_012n });
  });

  it("names the file and the form after the year and source", () => {
    expect(mau2FileName(2027, null)).toBe("mau-2-dang-ky-2027.xlsx");
    expect(mau2FileName(2027, "KCDP")).toBe("mau-2-dang-ky-2027-kcdp.xlsx");
    expect(mau2Title(2027, "KCQG")).toBe("BIỂU TỔNG HỢP CHI TIẾT CÁC ĐỀ ÁN KHUYẾN CÔNG QUỐC GIA ĐỀ NGHỊ ĐĂNG KÝ KẾ HOẠCH NĂM 2027");
  });

  it("writes an empty list with its totals row, which the importer skips", async () => {
    const bytes = await build({ year: 2027, source: "KCQG", unitName: "Cục", provinceName: null, exportedAt: new Date() }, []);
    expect((await readMau2Workbook(new Uint8Array(bytes))).rows).toEqual([]);
  });

  it("keeps the printed layout through the streaming writer: merged title block, print titles, filter over the rows", async () => {
    const bytes = await build({ year: 2027, source: "KCQG", unitName: "Cục", provinceName: null, exportedAt: new Date() }, [row({}), row({ code: "KCQG-2027-38-002" }), row({ code: "KCQG-2027-38-003" })], 2);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const ws = book.worksheets[0]!;
    expect(ws.getCell("A2").isMerged).toBe(true);
    expect(ws.getCell("Q2").master.address).toBe("A2");
    expect(ws.pageSetup.printTitlesRow).toBe("5:5");
    expect(ws.autoFilter).toBe("A5:Q8");
    expect(ws.getColumn(3).width).toBe(42);
    expect(ws.getRow(9).getCell(3).value).toBe("Tổng cộng");
    expect(ws.getRow(9).getCell(12).font).toMatchObject({ bold: true });
  });
});
