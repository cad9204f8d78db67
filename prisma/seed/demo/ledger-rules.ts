// The demo ledger follows the rules the app enforces on every entry (docs/decisions/027): the first
// advance stays within the first-advance share of the đề án's advance rule (30 % for CCN
// infrastructure), and a đề án is settled only after the last payment its settlement covers.
import { strictestAdvanceRule } from "../../../lib/disbursements/advance-rules";
import { addDays } from "../../factories";
import { ADVANCE_RULES } from "../reference/advance-rules";
import type { ProjectSpec } from "./types";

const CAP_BP = 7000;
const RULES = ADVANCE_RULES.map((r) => ({ code: r.code, contentCode: r.contentCode, firstAdvanceBp: r.firstBp, firstAdvanceAfterAcceptance: r.afterAcceptance ?? false, advanceCapBp: CAP_BP }));

/** The largest first advance the đề án's rule allows, in basis points of the contract value. */
export function firstAdvanceBpOf(p: Pick<ProjectSpec, "lines">): number {
  const rule = strictestAdvanceRule(RULES, [...new Set(p.lines.map((l) => l.category))]);
  if (!rule || rule.firstAdvanceAfterAcceptance) return 0;
  return Math.min(rule.firstAdvanceBp, CAP_BP);
}

/** A share of `amount` no larger than the đề án's first-advance share (whole triệu). */
export function withinFirstShare(p: Pick<ProjectSpec, "lines">, amount: bigint, base: bigint): bigint {
  const limit = ((base * BigInt(firstAdvanceBpOf(p))) / 10_000n / 1_000_000n) * 1_000_000n;
  return amount < limit ? amount : limit;
}

/** Moves SETTLED (and a LIQUIDATED not after it) to the day after the last payment, where needed. */
export function settleAfterLastPayment(projects: readonly ProjectSpec[]): void {
  for (const p of projects) {
    const settled = p.transitions.find((t) => t.to === "SETTLED");
    const paidOn = p.ledger.filter((e) => e.kind === "PAYMENT" || e.kind === "ADVANCE").map((e) => e.on.getTime());
    if (!settled || !paidOn.length) continue;
    const afterLast = addDays(new Date(Math.max(...paidOn)), 1);
    if (settled.at.getTime() >= afterLast.getTime()) continue;
    settled.at = new Date(afterLast.getTime() + 3 * 3_600_000); // 10:00 in Vietnam
    const liquidated = p.transitions.find((t) => t.to === "LIQUIDATED");
    if (liquidated && liquidated.at.getTime() <= settled.at.getTime()) liquidated.at = addDays(settled.at, 1);
  }
}
