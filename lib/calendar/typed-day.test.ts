import { describe, expect, it } from "vitest";
import { isoToTypedDay, typedDayToIso } from "./typed-day";

describe("typed days (dd/mm/yyyy)", () => {
  it("reads day first, with or without leading zeros and with any of / . -", () => {
    expect(typedDayToIso("05/03/2027")).toBe("2027-03-05");
    expect(typedDayToIso("5/3/2027")).toBe("2027-03-05");
    expect(typedDayToIso(" 31.12.2026 ")).toBe("2026-12-31");
    expect(typedDayToIso("29-02-2028")).toBe("2028-02-29");
  });
  it("refuses days that do not exist and other shapes", () => {
    expect(typedDayToIso("29/02/2027")).toBeNull();
    expect(typedDayToIso("31/04/2027")).toBeNull();
    expect(typedDayToIso("13/13/2027")).toBeNull();
    expect(typedDayToIso("2027-03-05")).toBeNull();
    expect(typedDayToIso("")).toBeNull();
  });
  it("shows an ISO day as dd/mm/yyyy and leaves other text alone", () => {
    expect(isoToTypedDay("2027-03-05")).toBe("05/03/2027");
    expect(isoToTypedDay("05/03")).toBe("05/03");
  });
});
