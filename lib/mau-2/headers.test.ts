import { describe, expect, it } from "vitest";
import { MAU2_COLUMNS } from "./columns";
import { findHeaderRow, isNumberingLabel, isTotalsLabel, matchHeader, normaliseHeader } from "./headers";

describe("header matching", () => {
  it("matches every header the export writes to its own column", () => {
    for (const c of MAU2_COLUMNS) expect(matchHeader(c.header)).toBe(c.key);
  });

  it("ignores case, diacritics, hints in parentheses and extra words", () => {
    expect(normaliseHeader("Kinh phí khuyến công hỗ trợ (triệu đồng)")).toBe("kinh phi khuyen cong ho tro");
    expect(matchHeader("KINH PHI KHUYEN CONG HO TRO")).toBe("supportAmount");
    expect(matchHeader("Tổng kinh phí đề án (triệu đồng)")).toBe("totalCost");
    expect(matchHeader("Mã số thuế")).toBe("beneficiaries");
    expect(matchHeader("Mã")).toBe("code");
    expect(matchHeader("Lý do")).toBe("reason");
    expect(matchHeader("Mã bưu chính")).toBeNull();
    expect(matchHeader("")).toBeNull();
  });

  it("finds the header row below a title block, first match winning", () => {
    const rows = [
      { row: 1, texts: new Map([[1, "SỞ CÔNG THƯƠNG"]]) },
      { row: 2, texts: new Map([[1, "BIỂU TỔNG HỢP CHI TIẾT CÁC ĐỀ ÁN"]]) },
      { row: 3, texts: new Map([[2, "Tên đề án"], [5, "Tổng kinh phí"], [6, "Kinh phí KC hỗ trợ"], [9, "Tên đề án"]]) },
    ];
    expect(findHeaderRow(rows)).toEqual({ row: 3, columns: { title: 2, totalCost: 5, supportAmount: 6 } });
    expect(findHeaderRow(rows.slice(0, 2))).toBeNull();
  });

  it("recognises the totals and column-numbering rows", () => {
    expect(isTotalsLabel("Tổng cộng")).toBe(true);
    expect(isTotalsLabel("CỘNG:")).toBe(true);
    expect(isTotalsLabel("Cộng đồng làng nghề")).toBe(false);
    expect(isNumberingLabel("(3)")).toBe(true);
    expect(isNumberingLabel("2027")).toBe(false);
  });
});
