import { describe, expect, it } from "vitest";
import { checkEligibility, eligibilityDate, type EligibilityFacts } from "./eligibility";

const household: EligibilityFacts = { kind: "HOUSEHOLD_BUSINESS", size: "MICRO", inCraftVillage: false, communeKind: "XA", provinceIsCentralCity: false };
const y2024 = eligibilityDate(2024);
const y2026 = eligibilityDate(2026);
const normal = { cleanerProduction: false };

describe("checkEligibility", () => {
  it("applies the 2012 definition before 15/10/2025 and NĐ 235/2025 after", () => {
    expect(checkEligibility(household, y2024, normal).definition).toBe("ND45_2012");
    expect(checkEligibility(household, y2026, normal).definition).toBe("ND235_2025");
    expect(checkEligibility(household, new Date(Date.UTC(2025, 9, 14)), normal).definition).toBe("ND45_2012");
    expect(checkEligibility(household, new Date(Date.UTC(2025, 9, 15)), normal).definition).toBe("ND235_2025");
  });

  it("accepts a household business in a commune under both definitions", () => {
    for (const d of [y2024, y2026]) expect(checkEligibility(household, d, normal)).toMatchObject({ eligible: true, reasons: [] });
  });

  it("admits unions of cooperatives only from NĐ 235/2025", () => {
    const union = { ...household, kind: "COOPERATIVE_UNION" as const, size: "SMALL" as const };
    expect(checkEligibility(union, y2024, normal).eligible).toBe(false);
    expect(checkEligibility(union, y2024, normal).reasons[0]).toMatch(/liên hiệp hợp tác xã/);
    expect(checkEligibility(union, y2026, normal).eligible).toBe(true);
  });

  it("refuses large enterprises and explains why", () => {
    const result = checkEligibility({ ...household, kind: "SME", size: "LARGE" }, y2026, normal);
    expect(result.eligible).toBe(false);
    expect(result.reasons.join(" ")).toMatch(/Doanh nghiệp lớn/);
  });

  it("excludes wards of centrally-run cities from 2025 unless in a recognised craft village", () => {
    const ward = { ...household, communeKind: "PHUONG" as const, provinceIsCentralCity: true };
    expect(checkEligibility(ward, y2026, normal).eligible).toBe(false);
    expect(checkEligibility({ ...ward, inCraftVillage: true }, y2026, normal).eligible).toBe(true);
    // A ward of an ordinary province qualifies from 2025.
    expect(checkEligibility({ ...ward, provinceIsCentralCity: false }, y2026, normal).eligible).toBe(true);
  });

  it("asks to confirm a ward of a province under the 2012 definition", () => {
    const result = checkEligibility({ ...household, communeKind: "PHUONG" }, y2024, normal);
    expect(result.eligible).toBe(true);
    expect(result.warnings[0]).toMatch(/thành phố loại 2, 3/);
  });

  it("lets cleaner production through whatever the size or place", () => {
    const big = { ...household, kind: "OTHER_ENTERPRISE" as const, size: "LARGE" as const, communeKind: "PHUONG" as const, provinceIsCentralCity: true };
    expect(checkEligibility(big, y2026, { cleanerProduction: true }).eligible).toBe(true);
    expect(checkEligibility(big, y2026, normal).eligible).toBe(false);
  });

  it("warns when the commune is not recorded", () => {
    expect(checkEligibility({ ...household, communeKind: null }, y2026, normal).warnings).toHaveLength(1);
  });
});
