import { describe, expect, it } from "vitest";
import { readAsOfParam } from "../calendar/as-of-param";
import { badAsOfPage } from "./bad-as-of-page";

const at = (path: string) => new URL(path, "http://127.0.0.1:3000");

describe("the asOf parameter", () => {
  it("reads absent and empty as today, one real day as that day", () => {
    expect(readAsOfParam(undefined)).toEqual({ ok: true, day: undefined });
    expect(readAsOfParam("")).toEqual({ ok: true, day: undefined });
    const one = readAsOfParam(["2026-03-10"]);
    expect(one.ok && one.day?.toISOString()).toBe("2026-03-10T00:00:00.000Z");
  });

  it("refuses a malformed day and a repeated parameter, never reading them as today", () => {
    expect(readAsOfParam("2026-99-99")).toEqual({ ok: false, reason: "invalid", value: "2026-99-99" });
    expect(readAsOfParam(["2026-01-01", "2026-02-01"])).toEqual({ ok: false, reason: "repeated", values: ["2026-01-01", "2026-02-01"] });
  });
});

describe("the proxy's 400 page for a bad asOf", () => {
  it("lets absent, empty and real days through", () => {
    for (const path of ["/ke-hoach/x", "/ke-hoach/x?asOf=", "/ke-hoach/x?asOf=2024-02-29&from=1"]) expect(badAsOfPage(at(path), "vi"), path).toBeNull();
  });

  it("answers a malformed day in Vietnamese, naming it, with a link back without asOf", () => {
    for (const bad of ["2026-99-99", "0000-00-00", "2025-02-29", "hôm nay"]) {
      const html = badAsOfPage(at(`/ke-hoach/abc/phu-luc/xlsx?from=2&asOf=${encodeURIComponent(bad)}&to=3`), "vi");
      expect(html, bad).toContain(`Ngày "${bad}" không hợp lệ`);
      expect(html).toContain('<a href="/ke-hoach/abc/phu-luc/xlsx?from=2&amp;to=3">Mở trang theo ngày hôm nay</a>');
      expect(html).toContain('<html lang="vi">');
    }
  });

  it("refuses a repeated asOf even when each value is a real day", () => {
    const html = badAsOfPage(at("/ke-hoach/abc?asOf=2026-01-01&asOf=2026-02-01"), "vi");
    expect(html).toContain("được gửi nhiều lần (2026-01-01, 2026-02-01)");
    expect(html).toContain('<a href="/ke-hoach/abc">');
  });

  it("speaks the request's locale, escapes the value and drops markup from it", () => {
    expect(badAsOfPage(at("/ke-hoach/abc?asOf=2026-99-99"), "en")).toContain('<html lang="en">');
    // Messages never quote a client's tags (lib/i18n/messages.ts withoutMarkup); what is left is escaped.
    const html = badAsOfPage(at("/x?asOf=a%26b<b>"), "vi");
    expect(html).toContain("a&amp;b");
    expect(html).not.toContain("<b>");
  });
});
