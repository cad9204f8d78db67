import { describe, expect, it } from "vitest";
import { DomainError } from "../errors";
import { renderMessage } from "../i18n/messages";
import { geographyFromCsv } from "../../tests/fixtures/geography-from-csv";
import { provinceByCode } from "./lookup";
import { parseCalendarDate as day } from "../calendar";

const { provinces } = geographyFromCsv();

function failure(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error("expected a DomainError");
}

describe("a province by GSO code", () => {
  it("resolves code 15 by date: Yên Bái before the merger, Lào Cai from it", () => {
    expect(provinceByCode(provinces, "15", day("2025-06-30")).name).toBe("Yên Bái");
    expect(provinceByCode(provinces, "15", day("2025-07-01")).name).toBe("Lào Cai");
  });

  it("refuses code 15 without a date, naming both meanings, in Vietnamese", () => {
    const e = failure(() => provinceByCode(provinces, "15", null));
    expect(e.code).toBe("VALIDATION");
    expect(e.message).toBe("Mã tỉnh 15 chưa đủ để xác định tỉnh: mã này là Yên Bái (01/08/2008–30/06/2025), Lào Cai (từ 01/07/2025). Hãy cho biết ngày áp dụng.");
  });

  it("words the meanings through the catalogue, so English says “from”", () => {
    const e = failure(() => provinceByCode(provinces, "15", null));
    expect(renderMessage("en", e.key, e.params)).toContain("Yên Bái (01/08/2008–30/06/2025), Lào Cai (from 01/07/2025)");
  });

  it("answers without a date only for a code that was never reused (10 was only the old Lào Cai)", () => {
    expect(provinceByCode(provinces, "10", null).name).toBe("Lào Cai");
  });

  it("refuses an unknown code, and a code that does not exist at the date", () => {
    expect(failure(() => provinceByCode(provinces, "99", day("2026-01-01"))).message).toBe("Không có tỉnh, thành phố nào mang mã 99.");
    const gone = failure(() => provinceByCode(provinces, "10", day("2026-01-01")));
    expect(gone.code).toBe("VALIDATION");
    expect(gone.message).toContain("Ngày 01/01/2026 không có tỉnh nào mang mã 10");
  });
});
