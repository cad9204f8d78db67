import { describe, expect, it } from "vitest";
import { cellRef, matchHeader, unitOfLine } from "./layout";

describe("periodic-report sheet layout", () => {
  it("reads what the unit line says, and nothing from other text", () => {
    expect(unitOfLine("Đơn vị tính: triệu đồng")).toBe("trieu dong");
    expect(unitOfLine("ĐƠN VỊ TÍNH: Triệu đồng.")).toBe("trieu dong");
    expect(unitOfLine("Đơn vị: đồng")).toBe("dong");
    expect(unitOfLine("Đơn vị tính: tỷ đồng")).toBe("ty dong");
    expect(unitOfLine("Kinh phí thực hiện")).toBeNull();
  });
  it("matches headers without diacritics or hints, and names row and column", () => {
    expect(matchHeader("Kinh phí thực hiện (triệu đồng)")).toBe("executedAmount");
    expect(matchHeader("MÃ TỈNH")).toBe("provinceCode");
    expect(cellRef(7, "executedAmount", 8)).toBe("Dòng 7, cột Kinh phí thực hiện (H)");
  });
});
