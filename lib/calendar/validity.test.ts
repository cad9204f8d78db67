import { describe, expect, it } from "vitest";
import { calendarDay } from "./day";
import { isValidOn, validAtWhere, validDuringWhere } from "./validity";

const rec = (from: string, to: string | null) => ({ validFrom: new Date(`${from}T00:00:00Z`), validTo: to ? new Date(`${to}T00:00:00Z`) : null });

describe("validity of dated records", () => {
  it("is the half-open range [validFrom, validTo)", () => {
    const yenBai = rec("2008-08-01", "2025-07-01");
    expect(isValidOn(yenBai, calendarDay(2025, 6, 30))).toBe(true);
    expect(isValidOn(yenBai, calendarDay(2025, 7, 1))).toBe(false);
    expect(isValidOn(yenBai, calendarDay(2008, 7, 31))).toBe(false);
    expect(isValidOn(rec("2025-07-01", null), calendarDay(2099, 1, 1))).toBe(true);
  });

  it("says the same to Prisma", () => {
    const day = calendarDay(2026, 1, 1);
    expect(validAtWhere(day)).toEqual({ validFrom: { lte: day }, OR: [{ validTo: null }, { validTo: { gt: day } }] });
    const [from, until] = [calendarDay(2026, 1, 1), calendarDay(2027, 1, 1)];
    expect(validDuringWhere(from, until)).toEqual({ validFrom: { lt: until }, OR: [{ validTo: null }, { validTo: { gt: from } }] });
  });
});
