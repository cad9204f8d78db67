import { describe, expect, it } from "vitest";
import { parseCalendarDate as day } from "../calendar";
import { acceptanceDayInRange, acceptanceSums, acceptedWithinCap, everyLocationAccepted, followUpInWindow, organisingParty, parseQuantity, repeatedBudgetLine, unlocksBalance, yearsAfter } from "./rules";

const TRIEU = 1_000_000n;

describe("acceptance rules", () => {
  it("parses vi-VN quantities with at most two decimals", () => {
    expect(parseQuantity("1.234,5")).toBe("1234.5");
    expect(parseQuantity("12")).toBe("12");
    expect(parseQuantity("0,25")).toBe("0.25");
    expect(parseQuantity("007")).toBe("7");
    for (const bad of ["1,234.5", "-1", "1,234", "abc", "", "1.23"]) expect(parseQuantity(bad)).toBeNull();
  });

  it("sums the lines", () => {
    expect(acceptanceSums([{ supportValue: 10n, counterpartValue: 1n }, { supportValue: 5n, counterpartValue: 0n }])).toEqual({ acceptedValue: 15n, counterpartValue: 1n });
  });

  it("caps what is accepted at the contract value and the approved amount, with figures", () => {
    const base = { already: 100n * TRIEU, contractValue: 200n * TRIEU, contractNumber: "HĐ-1", approvedAmount: null };
    expect(acceptedWithinCap({ ...base, adding: 100n * TRIEU })).toBeNull();
    expect(acceptedWithinCap({ ...base, adding: 101n * TRIEU })?.params).toMatchObject({ total: "201 triệu đồng", value: "200 triệu đồng" });
    expect(acceptedWithinCap({ ...base, adding: 60n * TRIEU, approvedAmount: 150n * TRIEU })?.key).toBe("errors.acceptance.overApproved");
  });

  it("refuses a future day and a day before the signature", () => {
    const today = day("2026-12-01");
    expect(acceptanceDayInRange(day("2026-12-01"), today, day("2026-06-01"), "HĐ")).toBeNull();
    expect(acceptanceDayInRange(day("2026-12-02"), today, day("2026-06-01"), "HĐ")?.key).toBe("errors.acceptance.inFuture");
    expect(acceptanceDayInRange(day("2026-05-31"), today, day("2026-06-01"), "HĐ")?.key).toBe("errors.acceptance.beforeContract");
  });

  it("unlocks the balance unless force majeure waits for the SCT", () => {
    expect(unlocksBalance({ forceMajeure: false, confirmedAt: null })).toBe(true);
    expect(unlocksBalance({ forceMajeure: true, confirmedAt: null })).toBe(false);
    expect(unlocksBalance({ forceMajeure: true, confirmedAt: new Date() })).toBe(true);
  });

  it("accepts a group đề án when every location is accepted", () => {
    expect(everyLocationAccepted(["a", "b"], ["a"])).toBe(false);
    expect(everyLocationAccepted(["a", "b"], ["b", null, "a"])).toBe(true);
    expect(everyLocationAccepted([], [])).toBe(false);
  });

  it("keeps follow-ups between one and three years after acceptance", () => {
    const accepted = day("2024-02-29");
    expect(yearsAfter(accepted, 1)).toEqual(day("2025-02-28"));
    expect(followUpInWindow(accepted, day("2025-02-28"))).toBeNull();
    expect(followUpInWindow(accepted, day("2027-02-28"))).toBeNull();
    expect(followUpInWindow(accepted, day("2025-02-27"))?.key).toBe("errors.acceptance.followUpWindow");
    expect(followUpInWindow(accepted, day("2027-03-01"))?.key).toBe("errors.acceptance.followUpWindow");
  });

  it("names the organising party of each form", () => {
    expect(organisingParty("MAU_5A")).toBe("PROVINCE_SCT");
    expect(organisingParty("MAU_5B")).toBe("PROVINCE_SCT");
    expect(organisingParty("MAU_5C")).toBe("CUC");
  });
});

describe("acceptance lines", () => {
  it("finds a budget line named twice, with both rows", () => {
    expect(repeatedBudgetLine(["a", "b", "c"])).toBeNull();
    expect(repeatedBudgetLine(["a", "b", "a", "b"])).toEqual({ row: 3, first: 1 });
    expect(repeatedBudgetLine([])).toBeNull();
  });
});
