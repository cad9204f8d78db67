import { describe, expect, it } from "vitest";
import { calendarDay } from "../calendar";
import { renderMessage, type CatalogueKey } from "../i18n/messages";
import { line, measures, query, ty } from "../../tests/fixtures/report";
import { reportNotes } from "./notes";

const geography = { provinces: [], successions: [], regions: [], zones: [] };

describe("reportNotes", () => {
  it("writes the same-period and basis dates as the reader's dd/mm/yyyy, never ISO", () => {
    const total = line("total", "Tổng", measures({ planAdjusted: ty("174.28"), executed: ty("73.7") }), measures({ executed: ty("65.34") }));
    for (const basis of ["recorded", "63", "34"] as const) {
      const notes = reportNotes({ query: query({ basis }), total, lines: [total], periodsUsed: [], geography, lastCutOff: calendarDay(2021, 9, 30), facts: [], asOf: new Date("2022-10-05T03:00:00Z") });
      const text = notes.map((n) => renderMessage("vi", n.key as CatalogueKey, n.params)).join("\n");
      expect(text).toContain("Cùng kỳ = cùng ngày chốt năm trước (30/09/2021).");
      expect(text).toContain("Số liệu đến ngày 30/09/2022.");
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
  });
});
