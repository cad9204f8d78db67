import { describe, expect, it } from "vitest";
import { keepsOneLine } from "@/components/ui/table-columns";

describe("keepsOneLine", () => {
  it("keeps code-like columns on one line and lets others wrap", () => {
    expect(keepsOneLine({ key: "code", header: "Mã" })).toBe(true);
    expect(keepsOneLine({ key: "taxCode", header: "MST" })).toBe(true);
    expect(keepsOneLine({ key: "number", header: "Số HĐ" })).toBe(true);
    expect(keepsOneLine({ key: "name", header: "Tên" })).toBe(false);
  });
  it("follows a page's explicit choice", () => {
    expect(keepsOneLine({ key: "code", header: "Mã", nowrap: false })).toBe(false);
    expect(keepsOneLine({ key: "symbol2", header: "Ký hiệu", nowrap: true })).toBe(true);
  });
});
