import { describe, expect, it } from "vitest";
import { text } from "./text";

const issue = (schema: ReturnType<typeof text>, value: string) => {
  const result = schema.safeParse(value);
  return result.success ? null : result.error.issues.map((i) => i.message).join(" | ");
};

describe("text()", () => {
  const title = text({ max: 20 });
  const note = text({ max: 2000, multiline: true });

  it("trims, NFC-normalises and strips zero-width characters", () => {
    expect(title.parse("  Máy sấy  ")).toBe("Máy sấy");
    expect(title.parse("Ma\u0301y sa\u0302\u0301y")).toBe("Máy sấy");
    expect(title.parse("\uFEFFMáy\u200B sấy\u200D\u200E")).toBe("Máy sấy");
  });

  it("refuses NUL and other controls with a Vietnamese message naming the character", () => {
    expect(issue(title, "Máy\u0000 sấy")).toMatch(/ký tự điều khiển không nhìn thấy \(U\+0000\)/);
    expect(issue(note, "a\u0007b")).toMatch(/U\+0007/);
    expect(issue(note, "a\u0085b")).toMatch(/U\+0085/);
  });

  it("refuses bidirectional overrides and isolates", () => {
    expect(issue(title, "hoá đơn\u202Excod.exe")).toMatch(/đảo chiều hiển thị chữ \(U\+202E\)/);
    expect(issue(note, "a\u2066b\u2069")).toMatch(/U\+2066/);
  });

  it("keeps line breaks and tabs only in multi-line text", () => {
    expect(note.parse("dòng 1\r\ndòng 2\tx")).toBe("dòng 1\ndòng 2\tx");
    expect(title.parse("dòng 1\ndòng\t2")).toBe("dòng 1 dòng 2");
  });

  it("says the limit in vi-VN digits, or the field's own message, after cleaning", () => {
    expect(issue(note, "x".repeat(2001))).toBe("Tối đa 2.000 ký tự.");
    expect(issue(text({ max: 5, tooLong: "Mã tối đa 5 ký tự" }), "abcdef")).toBe("Mã tối đa 5 ký tự");
    expect(title.parse("x".repeat(20) + "\u200B\u200B")).toHaveLength(20);
  });

  it("chains like z.string()", () => {
    const required = text({ max: 50 }).min(5, "Cần ít nhất 5 ký tự.");
    expect(issue(required, "  ab \u200B ")).toBe("Cần ít nhất 5 ký tự.");
    expect(text({ max: 5 }).default("").parse(undefined)).toBe("");
  });
});
