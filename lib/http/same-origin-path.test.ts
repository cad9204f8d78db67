import { describe, expect, it } from "vitest";
import { sameOriginPath } from "./same-origin-path";

const ORIGIN = "https://khuyencong.example";

describe("sameOriginPath", () => {
  it.each([
    "//evil.com",
    "/\\evil.com",
    "\\\\evil.com",
    "/%5Cevil.com/../",
    "\\/evil.com",
    "/\t/evil.com",
    "/\n/evil.com",
    "\t//evil.com",
    " //evil.com",
    "https://evil.com",
    "http://khuyencong.example/", // same host, other scheme: another origin
    "https://khuyencong.example.evil.com/",
    "https://evil.com@khuyencong.example.evil.com",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "http:evil.com",
    "https:/\\evil.com",
    "",
    undefined,
    null,
  ])("refuses %j", (value) => {
    const path = sameOriginPath(value, ORIGIN);
    expect(path).toBe("/");
    expect(new URL(path, ORIGIN).origin).toBe(ORIGIN);
  });

  it.each([
    ["/de-an?year=2024", "/de-an?year=2024"],
    ["/de-an/abc#files", "/de-an/abc#files"],
    ["/%5Cevil", "/%5Cevil"], // an encoded backslash is a harmless path segment
    [`${ORIGIN}/ke-hoach`, "/ke-hoach"],
    ["/a/../b", "/b"],
  ])("keeps %j as %j", (value, expected) => {
    expect(sameOriginPath(value, ORIGIN)).toBe(expected);
  });

  it("takes the first of repeated query values and works without an origin", () => {
    expect(sameOriginPath(["/de-an", "//evil.com"])).toBe("/de-an");
    expect(sameOriginPath("//evil.com")).toBe("/");
    expect(sameOriginPath("/\\evil.com")).toBe("/");
  });
});
