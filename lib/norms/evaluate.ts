// Support norms (định mức hỗ trợ, TT 28/2018/TT-BTC Điều 8 as amended) evaluated against one
// budget line. Pure: norms are data chosen by the caller for the plan year and funding source.
import type { NormCapUnit, NormSeverity } from "../db/generated/enums";
import { formatMoney, formatRateBp } from "../format";

export type Norm = {
  id: string;
  code: string;
  costItem: string;
  maxRateBp: number | null;
  capAmount: bigint | null;
  capUnit: NormCapUnit | null;
  /** 15000 = the priority level may reach 1,5× the normal level (TTLT 26/2014 Điều 6.2.t). */
  priorityMultiplierBp: number;
  cumulativePerFacility: boolean;
  severity: NormSeverity;
  legalBasis: string;
};

export type BudgetLineForNorm = {
  lineNo: number;
  totalCost: bigint;
  supportAmount: bigint;
  /** Number of cap units (models, facilities, lines…) the line covers. */
  quantity: number;
  /** Priority area or industry (NĐ 45 Điều 6): the multiplier applies. */
  priority: boolean;
  /** Support already given to the same facility under the same norm in other đề án and years. */
  priorSupportSameFacility: bigint;
};

export type NormCheckKind = "RATE" | "CAP" | "CUMULATIVE";

export type NormFinding = {
  lineNo: number;
  normCode: string;
  kind: NormCheckKind;
  rule: string;
  limit: bigint;
  requested: bigint;
  legalBasis: string;
  severity: NormSeverity;
  ok: boolean;
};

export const CAP_UNIT_LABEL: Record<NormCapUnit, string> = {
  PER_MODEL: "mô hình",
  PER_FACILITY: "cơ sở",
  PER_LINE: "dây chuyền",
  PER_CCN: "cụm công nghiệp",
  PER_BRAND: "nhãn hiệu",
  PER_ROUND: "đợt bình chọn",
  PER_PRODUCT: "sản phẩm",
  PER_ENTERPRISE: "doanh nghiệp",
  PER_CLUSTER: "cụm liên kết",
  PER_ASSOCIATION: "hiệp hội",
  PER_PROJECT: "đề án",
  PER_YEAR_BUDGET: "năm",
};

function scaled(amount: bigint, bp: number): bigint {
  return (amount * BigInt(bp)) / 10_000n;
}

export function evaluateLine(line: BudgetLineForNorm, norm: Norm): NormFinding[] {
  const multiplier = line.priority ? norm.priorityMultiplierBp : 10_000;
  const base = { lineNo: line.lineNo, normCode: norm.code, legalBasis: norm.legalBasis, severity: norm.severity, requested: line.supportAmount };
  const findings: NormFinding[] = [];
  if (norm.maxRateBp !== null) {
    const rateBp = Math.min(10_000, Math.floor((norm.maxRateBp * multiplier) / 10_000));
    const limit = scaled(line.totalCost, rateBp);
    findings.push({ ...base, kind: "RATE", rule: `Hỗ trợ tối đa ${formatRateBp(rateBp)} chi phí (${norm.costItem})`, limit, ok: line.supportAmount <= limit });
  }
  if (norm.capAmount !== null) {
    const unitCap = scaled(norm.capAmount, multiplier);
    const unit = norm.capUnit ? CAP_UNIT_LABEL[norm.capUnit] : "đề án";
    if (norm.cumulativePerFacility) {
      const remaining = unitCap - line.priorSupportSameFacility;
      const limit = remaining > 0n ? remaining : 0n;
      const prior = line.priorSupportSameFacility > 0n ? `; cơ sở đã được hỗ trợ ${formatMoney(line.priorSupportSameFacility, "trieu")} theo định mức này` : "";
      findings.push({ ...base, kind: "CUMULATIVE", rule: `Cộng dồn không quá ${formatMoney(unitCap, "trieu")}/${unit}${prior}`, limit, ok: line.supportAmount <= limit });
    } else {
      const quantity = BigInt(Math.max(1, line.quantity));
      const limit = unitCap * quantity;
      findings.push({ ...base, kind: "CAP", rule: `Không quá ${formatMoney(unitCap, "trieu")}/${unit} × ${quantity}`, limit, ok: line.supportAmount <= limit });
    }
  }
  return findings;
}

/** A hard violation blocks submission; a soft one (e.g. a baseline or newly added rule) warns. */
export function blockingFindings(findings: readonly NormFinding[]): NormFinding[] {
  return findings.filter((f) => !f.ok && f.severity === "HARD");
}

export function warningFindings(findings: readonly NormFinding[]): NormFinding[] {
  return findings.filter((f) => !f.ok && f.severity === "SOFT");
}
