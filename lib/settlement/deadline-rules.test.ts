import { describe, expect, it } from "vitest";
import { parseCalendarDate as day } from "../calendar";
import { dossierDueOn, isOverdue, nextYearDueOn } from "./deadline-rules";

const dossier = { code: "SETTLEMENT_DOSSIER", daysAfter: 15, month: null, dayOfMonth: null, legalBasis: "TT 36/2013 Điều 18.1" };
const liquidation = { code: "LIQUIDATION", daysAfter: null, month: 1, dayOfMonth: 22, legalBasis: "TT 36/2013 Điều 18.2" };

describe("settlement deadlines", () => {
  it("puts the dossier N days after the last acceptance, from the rule", () => {
    expect(dossierDueOn(day("2026-12-20"), dossier)).toEqual(day("2027-01-04"));
    expect(dossierDueOn(day("2026-12-20"), { ...dossier, daysAfter: 30 })).toEqual(day("2027-01-19"));
  });

  it("puts liquidation on the rule's day of the next year", () => {
    expect(nextYearDueOn(2026, liquidation)).toEqual(day("2027-01-22"));
    expect(() => nextYearDueOn(2026, dossier)).toThrow();
  });

  it("flags overdue only after the due day and while not done", () => {
    expect(isOverdue(day("2027-01-22"), day("2027-01-22"), false)).toBe(false);
    expect(isOverdue(day("2027-01-22"), day("2027-01-23"), false)).toBe(true);
    expect(isOverdue(day("2027-01-22"), day("2027-01-23"), true)).toBe(false);
  });
});
