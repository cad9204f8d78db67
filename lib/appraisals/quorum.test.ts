import { describe, expect, it } from "vitest";
import { quorumRuleOn, quorumStatus, requiredMembers } from "./quorum";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const rule = (from: string, to: string | null, minMembers = 3) => ({ validFrom: d(from), validTo: to ? d(to) : null, minShareBp: 5001, minMembers, chairRequired: true, basis: from, programmeRule: true });

describe("quorum rule in force", () => {
  const rules = [rule("2014-02-10", "2027-01-01"), rule("2027-01-01", null, 5)];
  it("picks the rule valid on the conclusion day, validTo excluded", () => {
    expect(quorumRuleOn(rules, d("2026-12-31"))?.basis).toBe("2014-02-10");
    expect(quorumRuleOn(rules, d("2027-01-01"))?.basis).toBe("2027-01-01");
    expect(quorumRuleOn(rules, d("2030-06-01"))?.minMembers).toBe(5);
  });
  it("has none before the first rule", () => {
    expect(quorumRuleOn(rules, d("2014-02-09"))).toBeNull();
  });
});

describe("quorum status", () => {
  const r = rule("2014-02-10", null);
  it("needs more than half and at least the minimum", () => {
    expect(requiredMembers(r, 3)).toBe(3);
    expect(requiredMembers(r, 4)).toBe(3);
    expect(requiredMembers(r, 6)).toBe(4);
    expect(requiredMembers(r, 7)).toBe(4);
  });
  it("refuses one of three members after two recusals, and a missing chair", () => {
    expect(quorumStatus(r, { total: 3, present: 1, chairPresent: true })).toEqual({ met: false, required: 3, present: 1, total: 3, chairMissing: false });
    expect(quorumStatus(r, { total: 7, present: 5, chairPresent: false }).met).toBe(false);
    expect(quorumStatus(r, { total: 7, present: 4, chairPresent: true }).met).toBe(true);
  });
});
