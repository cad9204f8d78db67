// Who counts as a cơ sở công nghiệp nông thôn (reference §3.3). Pure: the caller supplies the
// facility as it was at the plan year, and the definition in force on 1 January of that year
// applies: NĐ 45/2012 Điều 1.2 until 14/10/2025, NĐ 235/2025 Điều 1 khoản 1 from 15/10/2025.
import type { CommuneKind, FacilityKind, FacilitySize } from "../db/generated/enums";

export type EligibilityFacts = {
  kind: FacilityKind;
  size: FacilitySize;
  inCraftVillage: boolean;
  /** Null when the commune is not recorded. */
  communeKind: CommuneKind | null;
  /** Whether the province was a centrally-run city on the date. */
  provinceIsCentralCity: boolean;
};

export type EligibilityResult = {
  eligible: boolean;
  definition: "ND45_2012" | "ND235_2025";
  legalBasis: string;
  /** Why it fails; empty when eligible. */
  reasons: string[];
  /** Facts to confirm by hand; they do not block. */
  warnings: string[];
};

export const ND235_EFFECTIVE = new Date(Date.UTC(2025, 9, 15));

const KIND_LABEL: Record<FacilityKind, string> = {
  SME: "doanh nghiệp nhỏ và vừa",
  COOPERATIVE: "hợp tác xã",
  COOPERATIVE_UNION: "liên hiệp hợp tác xã",
  COOPERATIVE_GROUP: "tổ hợp tác",
  HOUSEHOLD_BUSINESS: "hộ kinh doanh",
  OTHER_ENTERPRISE: "doanh nghiệp khác",
};

/** Plan year → the date whose definition applies. */
export function eligibilityDate(planYear: number): Date {
  return new Date(Date.UTC(planYear, 0, 1));
}

export function checkEligibility(facts: EligibilityFacts, onDate: Date, opts: { cleanerProduction: boolean }): EligibilityResult {
  const modern = onDate >= ND235_EFFECTIVE;
  const definition = modern ? "ND235_2025" : "ND45_2012";
  const legalBasis = modern ? "NĐ 45/2012/NĐ-CP Điều 1.2, sửa đổi bởi NĐ 235/2025/NĐ-CP Điều 1 khoản 1" : "NĐ 45/2012/NĐ-CP Điều 1.2.a; TT 46/2012/TT-BCT Điều 3";
  const reasons: string[] = [];
  const warnings: string[] = [];

  // Cleaner (and, from 2025, sustainable) production: every industrial establishment qualifies, with no size or
  // location limit (NĐ 45 Điều 1.2.b; TT 46/2012 Điều 3.2).
  if (opts.cleanerProduction) return { eligible: true, definition, legalBasis, reasons, warnings };

  const allowedKinds: FacilityKind[] = modern
    ? ["SME", "COOPERATIVE", "COOPERATIVE_UNION", "COOPERATIVE_GROUP", "HOUSEHOLD_BUSINESS"]
    : ["SME", "COOPERATIVE", "COOPERATIVE_GROUP", "HOUSEHOLD_BUSINESS"];
  if (!allowedKinds.includes(facts.kind)) {
    reasons.push(`Loại hình "${KIND_LABEL[facts.kind]}" không thuộc đối tượng cơ sở CNNT theo ${legalBasis}.`);
  }
  if (facts.size === "LARGE") reasons.push("Doanh nghiệp lớn không thuộc đối tượng hỗ trợ (chỉ doanh nghiệp nhỏ và vừa).");

  if (facts.communeKind === null) {
    warnings.push("Chưa ghi xã/phường của cơ sở nên chưa kiểm tra được địa bàn.");
  } else if (modern) {
    // Wards of centrally-run cities are excluded unless in a recognised craft village.
    if (facts.provinceIsCentralCity && facts.communeKind === "PHUONG" && !facts.inCraftVillage) {
      reasons.push("Cơ sở ở phường của thành phố trực thuộc trung ương chỉ được hỗ trợ khi thuộc làng nghề được UBND tỉnh công nhận (NĐ 235/2025).");
    }
  } else if (facts.communeKind === "PHUONG") {
    if (facts.provinceIsCentralCity) {
      reasons.push("Phường của thành phố trực thuộc trung ương không thuộc địa bàn cơ sở CNNT theo định nghĩa năm 2012 (TT 46/2012 Điều 3.1).");
    } else {
      warnings.push("Phường chỉ đủ điều kiện nếu thuộc thành phố loại 2, 3 hoặc mới chuyển từ xã không quá 5 năm (TT 46/2012 Điều 3.1.đ); hãy xác nhận.");
    }
  }
  return { eligible: reasons.length === 0, definition, legalBasis, reasons, warnings };
}
