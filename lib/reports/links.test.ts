import { describe, expect, it } from "vitest";
import { calendarDay } from "../calendar";
import { reportHref, reportReturnPath } from "./links";
import type { ReportQuery } from "./types";

const query = (filter: ReportQuery["filter"]): ReportQuery => ({ year: 2022, preset: "M9", cutOff: calendarDay(2022, 9, 30), basis: "63", source: "KCQG", by: "project", filter });
const fromOf = (href: string) => new URL(href, "http://x").searchParams.get("from");

describe("reportHref to a đề án", () => {
  it("carries the report it was opened from: the province's or implementer's page (its own filter in the path), else the overview", () => {
    expect(reportHref(query({ provinceId: "p1", kind: "GROUP" }), { to: "project", projectId: "d1" })).toMatch(/^\/de-an\/d1\?from=/);
    expect(fromOf(reportHref(query({ provinceId: "p1", kind: "GROUP" }), { to: "project", projectId: "d1" }))).toBe("/bao-cao/tinh/p1?year=2022&preset=M9&basis=63&source=KCQG&by=project&kind=GROUP");
    expect(fromOf(reportHref(query({ implementerId: "o1", provinceId: "p1" }), { to: "project", projectId: "d1" }))).toBe("/bao-cao/don-vi/o1?year=2022&preset=M9&basis=63&source=KCQG&by=project&province=p1");
    expect(fromOf(reportHref(query({ zoneId: "z1" }), { to: "project", projectId: "d1" }))).toBe("/bao-cao?year=2022&preset=M9&basis=63&source=KCQG&by=project&zone=z1");
  });

  it("gives a from that the đề án page accepts", () => {
    const from = fromOf(reportHref(query({ provinceId: "p1" }), { to: "project", projectId: "d1" }));
    expect(reportReturnPath(from!)).toBe(from);
  });
});

describe("reportReturnPath", () => {
  it("accepts the report pages' relative paths with their query", () => {
    for (const ok of ["/bao-cao", "/bao-cao?year=2022&by=zone", "/bao-cao/tinh/abc?year=2022", "/bao-cao/don-vi/xyz", "/bao-cao/xu-huong?source=KCDP"]) expect(reportReturnPath(ok), ok).toBe(ok);
  });

  it("refuses anything that could leave the site or the reports", () => {
    for (const bad of ["https://evil.example/bao-cao", "//evil.example/bao-cao", "/\\evil.example", "/bao-cao//evil.example", "/bao-cao/../de-an", "/bao-cao/%2e%2e/de-an", "/bao-cao%2F%2Fevil", "/bao-cao-dinh-ky", "/de-an", "bao-cao", "/bao-cao\\x", "/bao-cao\n/x", " /bao-cao", "", "/bao-cao?" + "x".repeat(2001)]) expect(reportReturnPath(bad), JSON.stringify(bad)).toBeNull();
    expect(reportReturnPath(undefined)).toBeNull();
    expect(reportReturnPath(["/bao-cao", "/bao-cao"])).toBeNull();
  });
});
