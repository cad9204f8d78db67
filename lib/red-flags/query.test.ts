import { describe, expect, it } from "vitest";
import { parseRedFlagQuery } from "./query";

const NOW = new Date("2026-12-02T03:00:00Z");

describe("parseRedFlagQuery", () => {
  it("defaults to the current plan year, 30 days and dismissed flags hidden", () => {
    expect(parseRedFlagQuery({}, NOW)).toEqual({ query: { year: 2026, acceptanceDays: 30, showDismissed: false }, notes: [] });
  });
  it("reads the year, the days and the toggle within bounds", () => {
    expect(parseRedFlagQuery({ nam: "2022", ngay: "60", daBoQua: "1" }, NOW).query).toEqual({ year: 2022, acceptanceDays: 60, showDismissed: true });
  });
  it("falls back to the defaults with a note for values out of bounds or not numbers", () => {
    const { query, notes } = parseRedFlagQuery({ nam: "99999", ngay: "0" }, NOW);
    expect(query).toMatchObject({ year: 2026, acceptanceDays: 30 });
    expect(notes.map((n) => n.key)).toEqual(["errors.redFlags.badYear", "errors.redFlags.badDays"]);
    expect(parseRedFlagQuery({ ngay: "12.5" }, NOW).notes).toHaveLength(1);
    expect(parseRedFlagQuery({ ngay: "181" }, NOW).notes).toHaveLength(1);
  });
});
