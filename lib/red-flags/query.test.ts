import { describe, expect, it } from "vitest";
import { parseRedFlagQuery } from "./query";

const NOW = new Date("2026-12-02T03:00:00Z");

describe("parseRedFlagQuery", () => {
  it("defaults to the current plan year, 30 days and dismissed flags hidden", () => {
    expect(parseRedFlagQuery({}, NOW)).toEqual({ query: { year: 2026, acceptanceDays: 30, showDismissed: false }, notes: [] });
  });
  it("reads the year, the days and the toggle within bounds", () => {
    expect(parseRedFlagQuery({ year: "2022", days: "60", dismissed: "1" }, NOW).query).toEqual({ year: 2022, acceptanceDays: 60, showDismissed: true });
  });
  it("reads the report pages' parameter names from the page's URL schema (year=2022 is 2022)", async () => {
    const { RedFlagViewInputSchema } = await import("./schemas");
    expect(parseRedFlagQuery(RedFlagViewInputSchema.parse({ year: "2022", days: "45", dismissed: "1" }), NOW).query).toEqual({ year: 2022, acceptanceDays: 45, showDismissed: true });
  });
  it("falls back to the defaults with a note for values out of bounds or not numbers", () => {
    const { query, notes } = parseRedFlagQuery({ year: "99999", days: "0" }, NOW);
    expect(query).toMatchObject({ year: 2026, acceptanceDays: 30 });
    expect(notes.map((n) => n.key)).toEqual(["errors.redFlags.badYear", "errors.redFlags.badDays"]);
    expect(parseRedFlagQuery({ days: "12.5" }, NOW).notes).toHaveLength(1);
    expect(parseRedFlagQuery({ days: "181" }, NOW).notes).toHaveLength(1);
  });
});
