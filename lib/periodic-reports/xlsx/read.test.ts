import { describe, expect, it } from "vitest";
import { locate } from "./read";

describe("locate", () => {
  const columns = { provinceCode: 2, period: 5, executedAmount: 8 };
  it("names the row and the column of a refusal made after reading, without repeating the field", () => {
    expect(locate({ field: "executedAmount", message: "Kinh phí thực hiện: số tiền không được âm." }, 7, columns).message).toBe("Dòng 7, cột Kinh phí thực hiện (H): số tiền không được âm.");
    expect(locate({ field: "province", message: "Tỉnh: không có tỉnh này." }, 9, columns).message).toBe("Dòng 9, cột Mã tỉnh (B): không có tỉnh này.");
  });
  it("keeps a message that already names its cell, and names only the row when no column is to blame", () => {
    expect(locate({ field: "period", message: "Dòng 7, cột Kỳ báo cáo (E): x" }, 7, columns).message).toBe("Dòng 7, cột Kỳ báo cáo (E): x");
    expect(locate({ field: "unit", message: "Đơn vị tính: sai." }, 7, columns).message).toBe("Dòng 7: Đơn vị tính: sai.");
  });
});
