import { describe, expect, it } from "vitest";
import { renderRef, verbatim } from "../../i18n/messages";
import { reason, rowIssue } from "../issues";
import { locate } from "./read";

describe("locate", () => {
  const columns = { provinceCode: 2, period: 5, executedAmount: 8 };
  it("names the row and the column of a refusal made after reading, without repeating the field", () => {
    expect(locate(rowIssue("executedAmount", reason("negative")), 7, columns).message).toBe("Dòng 7, cột Kinh phí thực hiện (H): số tiền không được âm.");
    expect(locate(rowIssue("province", reason("outOfReach")), 9, columns).message).toBe("Dòng 9, cột Mã tỉnh (B): không có tỉnh này, hoặc tỉnh nằm ngoài phạm vi của bạn.");
  });
  it("keeps a message that already names its cell, and names only the row when no column is to blame", () => {
    expect(locate({ field: "period", message: "Dòng 7, cột Kỳ báo cáo (E): x", ref: verbatim("Dòng 7, cột Kỳ báo cáo (E): x") }, 7, columns).message).toBe("Dòng 7, cột Kỳ báo cáo (E): x");
    expect(locate(rowIssue("unit", reason("unitBad")), 7, columns).message).toBe("Dòng 7: Đơn vị tính: số tiền tính theo triệu đồng (hoặc đồng qua API); đơn vị khác không được nhận.");
  });
  it("keeps the catalogue message, so the edge renders it in English too", () => {
    expect(renderRef("en", locate(rowIssue("executedAmount", reason("negative")), 7, columns).ref)).toBe("Dòng 7, cột Kinh phí thực hiện (H): the amount cannot be negative.");
    expect(renderRef("en", locate(rowIssue("unit", reason("unitBad")), 7, columns).ref)).toMatch(/^Dòng 7: Unit: amounts are in triệu đồng/);
  });
});
