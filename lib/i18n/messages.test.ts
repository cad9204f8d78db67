// A message quoting what a client sent never carries markup back (found by the route fuzz test:
// the report query and the API's unknown-parameter refusal echoed "<svg/onload=…>" verbatim).
import { describe, expect, it } from "vitest";
import { reportParams } from "../api/report-params";
import { ApiRefusal } from "../api/errors";
import { message, renderMessage, renderRef, withoutMarkup } from "./messages";

const MARKUP = /<script|<img|<svg|onerror=|onload=/i;

describe("rendering a message with a client's value in it", () => {
  it.each(["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg/onload=alert(1)>", "<svg"])("drops the markup of %j in both locales, nested or not", (value) => {
    for (const locale of ["vi", "en"] as const) {
      expect(renderMessage(locale, "errors.reports.unknownField", { value })).not.toMatch(MARKUP);
      expect(renderRef(locale, message("errors.reports.invalidQuery", { fields: message("errors.reports.unknownField", { value }) }))).not.toMatch(MARKUP);
    }
  });

  it("keeps text that only looks like a comparison", () => {
    expect(withoutMarkup("a < b > c")).toBe("a < b > c");
    expect(renderMessage("vi", "errors.reports.unknownField", { value: "Vùng <3" })).toContain("Vùng <3");
  });

  it("names an unknown API parameter without its markup, in the message and the field", () => {
    const refused = (() => {
      try {
        reportParams(new URL("http://localhost/api/v1/reports/summary?%22%3E%3Csvg%2Fonload%3Dalert(1)%3E=1"));
      } catch (error) {
        return error as ApiRefusal;
      }
    })();
    expect(refused).toBeInstanceOf(ApiRefusal);
    expect(refused!.message).not.toMatch(MARKUP);
    expect(refused!.field).not.toMatch(MARKUP);
  });
});
