import "server-only";
// Checks as strings for the editor (no bigint reaches the browser).
import { formatMoney } from "../format";
import type { ProjectCheck } from "./checks";

export type CheckViewDto = {
  issues: ProjectCheck["issues"];
  norms: { lineNo: number; rule: string; limit: string; requested: string; legalBasis: string; severity: "HARD" | "SOFT"; ok: boolean }[];
  beneficiaries: { facilityId: string; name: string; eligible: boolean; definition: string }[];
};

export function toCheckView(check: ProjectCheck): CheckViewDto {
  return {
    issues: check.issues,
    norms: check.norms.map((f) => ({ lineNo: f.lineNo, rule: f.rule, limit: formatMoney(f.limit, "trieu"), requested: formatMoney(f.requested, "trieu"), legalBasis: f.legalBasis, severity: f.severity, ok: f.ok })),
    beneficiaries: check.beneficiaries.map((b) => ({ facilityId: b.facilityId, name: b.name, eligible: b.result.eligible, definition: b.result.legalBasis })),
  };
}
