import { describe, expect, it } from "vitest";
import { zoneReport } from "../../../tests/fixtures/report";
import { percentDecimalText, reportCsv } from "./csv";
import { reportTable } from "./table";

/** A small RFC 4180 reader, enough to check what another program would read. */
function parse(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\r" && text[i + 1] === "\n") row.push(field), rows.push(row), (row = []), (field = ""), i++;
    else field += c;
  }
  return rows;
}

describe("reportCsv", () => {
  const table = reportTable(zoneReport());
  const csv = reportCsv(table);
  const rows = parse(csv.slice(1));
  const header = rows.findIndex((r) => r[0] === "TT");
  const col = (name: string) => rows[header]!.indexOf(name);

  it("starts with a UTF-8 BOM and uses CRLF line ends", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("carries the title, unit, cut-off, as-of and basis before the header", () => {
    expect(rows.slice(0, header).map((r) => r[0])).toEqual([
      "BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH KHUYẾN CÔNG NĂM 2022",
      "Theo Khu vực khuyến công · Nguồn kinh phí: KCQG và KCĐP",
      "Đơn vị tính: tỷ đồng",
      "Kỳ báo cáo: lũy kế từ 01/01/2022 đến ngày 30/09/2022",
      "Số liệu tính đến: 05/10/2022 10:04",
      "Cơ sở địa giới: quy về 63 tỉnh, thành phố trước ngày 01/07/2025",
      expect.stringContaining("Nguồn số liệu"),
      "",
    ]);
  });

  it("writes amounts as exact plain decimals of tỷ and percentages with two places", () => {
    const north = rows[header + 1]!;
    expect(north[col("Khu vực khuyến công")]).toBe("Khu vực phía Bắc");
    expect(north[col("Kế hoạch (điều chỉnh)")]).toBe("174.3");
    expect(north[col("Dự toán đã giao")]).toBe("29.012345678");
    expect(north[col("Đã tạm ứng")]).toBe("0");
    expect(north[col("% KH (điều chỉnh)")]).toBe("42.28");
    expect(rows[header + 2]![col("Thực hiện")]).toBe("chưa báo cáo");
    // A negative amount stays a number: only text is neutralised.
    expect(rows[header + 3]![col("Thực hiện")]).toBe("-0.5");
    expect(rows[header + 4]![col("Khu vực khuyến công")]).toBe("Tổng cộng");
    expect(rows[header + 4]![col("Kế hoạch (điều chỉnh)")]).toBe("245.14");
  });

  it("neutralises text that a spreadsheet would run as a formula, and quotes commas", () => {
    expect(rows[header + 3]![col("Khu vực khuyến công")]).toBe("'=Khu vực phía Nam");
    expect(csv).toContain('"Cơ sở địa giới: quy về 63 tỉnh, thành phố trước ngày 01/07/2025"');
    expect(rows.every((r) => r.length === 1 || r.length === rows[header]!.length)).toBe(true);
  });

  it("writes basis points as a plain percentage", () => {
    expect(percentDecimalText(9170n)).toBe("91.70");
    expect(percentDecimalText(-5n)).toBe("-0.05");
    expect(percentDecimalText(11280n)).toBe("112.80");
  });
});
