import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { neutraliseText, unneutraliseText } from "./safe-text";
import { checkXlsxBytes, MAX_FILE_BYTES } from "./file-check";

async function realXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("A").getCell("A1").value = "x";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A minimal stored (uncompressed) zip with the given entry names and declared sizes. */
function zip(entries: { name: string; size: number }[]): Uint8Array {
  const enc = new TextEncoder();
  const parts: number[] = [];
  const central: number[] = [];
  const le = (n: number, bytes: number) => Array.from({ length: bytes }, (_, i) => Math.floor(n / 256 ** i) % 256);
  for (const e of entries) {
    const name = [...enc.encode(e.name)];
    const offset = parts.length;
    parts.push(...le(0x04034b50, 4), ...le(20, 2), 0, 0, 0, 0, 0, 0, 0, 0, ...le(0, 4), ...le(0, 4), ...le(e.size, 4), ...le(name.length, 2), 0, 0, ...name);
    central.push(...le(0x02014b50, 4), ...le(20, 2), ...le(20, 2), 0, 0, 0, 0, 0, 0, 0, 0, ...le(0, 4), ...le(0, 4), ...le(e.size, 4), ...le(name.length, 2), 0, 0, 0, 0, 0, 0, 0, 0, ...le(0, 4), ...le(offset, 4), ...name);
  }
  const cdOffset = parts.length;
  const eocd = [...le(0x06054b50, 4), 0, 0, 0, 0, ...le(entries.length, 2), ...le(entries.length, 2), ...le(central.length, 4), ...le(cdOffset, 4), 0, 0];
  return new Uint8Array([...parts, ...central, ...eocd]);
}

describe("checkXlsxBytes", () => {
  it("accepts a real workbook", async () => {
    expect(await checkXlsxBytes(await realXlsx())).toEqual({ ok: true });
  });

  it("refuses what only pretends to be one, whatever its name", async () => {
    expect(await checkXlsxBytes(new Uint8Array())).toMatchObject({ ok: false, message: "Tệp rỗng." });
    expect(await checkXlsxBytes(new TextEncoder().encode("STT;Tên đề án\n1;=cmd|' /C calc'!A0"))).toMatchObject({ ok: false, message: expect.stringMatching(/không phải bảng tính Excel/) });
    expect(await checkXlsxBytes(zip([{ name: "word/document.xml", size: 10 }, { name: "[Content_Types].xml", size: 10 }]))).toMatchObject({ ok: false });
    expect(await checkXlsxBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(40).fill(0)]))).toMatchObject({ ok: false, message: expect.stringMatching(/bị hỏng/) });
  });

  it("refuses files over 5 MB and archives that admit to inflating beyond the limit", async () => {
    expect(await checkXlsxBytes(new Uint8Array(MAX_FILE_BYTES + 1))).toMatchObject({ ok: false, message: expect.stringMatching(/5 MB/) });
    const bomb = zip([{ name: "[Content_Types].xml", size: 100 }, { name: "xl/workbook.xml", size: 100 }, { name: "xl/worksheets/sheet1.xml", size: 200 * 1024 * 1024 }]);
    expect(await checkXlsxBytes(bomb)).toMatchObject({ ok: false, message: expect.stringMatching(/giải nén quá lớn/) });
  });
});

describe("formula-injection neutralising", () => {
  it("prefixes dangerous text and reverses exactly that", () => {
    for (const hostile of ["=1+1", "+84 912", "-5", "@SUM(A1)", "\t=x"]) {
      expect(neutraliseText(hostile)).toBe(`'${hostile}`);
      expect(unneutraliseText(neutraliseText(hostile))).toBe(hostile);
    }
    expect(neutraliseText("Hỗ trợ máy sấy")).toBe("Hỗ trợ máy sấy");
    expect(neutraliseText("a\u0001b")).toBe("ab");
  });
});
