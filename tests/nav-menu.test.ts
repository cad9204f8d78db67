import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { isCurrent, NavMenu } from "../components/layout/nav-menu";

vi.mock("next/navigation", () => ({ usePathname: () => "/bao-cao/tinh" }));

describe("NavMenu", () => {
  const html = renderToStaticMarkup(createElement(NavMenu, { links: [{ href: "/", label: "Trang chủ" }, { href: "/bao-cao", label: "Báo cáo" }, { href: "/bao-cao-dinh-ky", label: "Báo cáo định kỳ" }], label: "Danh mục chính", openLabel: "Mở danh mục", closeLabel: "Đóng danh mục" }));

  it("starts closed below md: a button that says so and controls the menu, which is hidden until md", () => {
    expect(html).toMatch(/<button[^>]*aria-expanded="false"[^>]*aria-controls="main-nav"/);
    expect(html).toContain("Mở danh mục");
    expect(html).toMatch(/<nav id="main-nav" aria-label="Danh mục chính" class="hidden [^"]*md:block/);
  });

  it("marks the section of the current page, and only that one", () => {
    expect(html.match(/aria-current="page"/g)).toHaveLength(1);
    expect(html).toMatch(/<a aria-current="page"[^>]*href="\/bao-cao"/);
  });
});

describe("isCurrent", () => {
  it("takes a section's sub-pages, not a sibling sharing a prefix, and the home page only itself", () => {
    expect(isCurrent("/bao-cao/tinh", "/bao-cao")).toBe(true);
    expect(isCurrent("/bao-cao-dinh-ky", "/bao-cao")).toBe(false);
    expect(isCurrent("/de-an", "/")).toBe(false);
    expect(isCurrent("/", "/")).toBe(true);
  });
});
