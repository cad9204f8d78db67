import { describe, expect, it } from "vitest";
import { symbolFromShortName } from "./decision-symbol";

describe("symbolFromShortName", () => {
  it("takes the lead abbreviation of the Cục's short name in force", () => {
    expect(symbolFromShortName("Cục ĐMST, CĐX và KC")).toBe("QĐ-ĐMST");
    expect(symbolFromShortName("Cục CTĐP")).toBe("QĐ-CTĐP");
  });
  it("gives nothing usable for a missing or spelled-out name", () => {
    expect(symbolFromShortName(null)).toBeNull();
    expect(symbolFromShortName("Trung tâm 1")).toBeNull();
  });
});
