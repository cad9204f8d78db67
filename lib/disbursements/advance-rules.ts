// Which dated advance rule applies to a đề án (TT 36/2013 Điều 13 as amended, TTLT 26/2014 Điều
// 8.2.b; docs/decisions/020 and 022). Pure selection plus one unscoped read: the ledger's cap and
// the contracts' payment schedule both ask here, so they never disagree about the rule.
import type { Tx } from "../db/client";
import { validAtWhere, type CalendarDay } from "../calendar";

export type AdvanceRuleRow = {
  id: string;
  code: string;
  contentCode: string | null;
  description: string;
  firstAdvanceBp: number;
  firstAdvanceAfterAcceptance: boolean;
  advanceCapBp: number;
  requiredDocuments: string[];
  balanceDocuments: string[];
  legalBasis: string;
};

export const ADVANCE_RULE_SELECT = {
  id: true,
  code: true,
  contentCode: true,
  description: true,
  firstAdvanceBp: true,
  firstAdvanceAfterAcceptance: true,
  advanceCapBp: true,
  requiredDocuments: true,
  balanceDocuments: true,
  legalBasis: true,
} as const;

/**
 * The rules that apply to a đề án with these content codes: the contents' own rules where there
 * are any (the most specific), else the general rule (content code null).
 */
export function applicableAdvanceRules<R extends { contentCode: string | null }>(rules: readonly R[], contentCodes: readonly string[]): R[] {
  const own = rules.filter((r) => r.contentCode !== null && contentCodes.includes(r.contentCode));
  return own.length ? own : rules.filter((r) => r.contentCode === null);
}

/**
 * The strictest applicable rule, when a đề án has several contents: the lowest cap, then a first
 * advance that waits for acceptance, then the lowest first-advance share; the code breaks ties so
 * the answer never depends on row order. Null when no rule is in force.
 */
export function strictestAdvanceRule<R extends Pick<AdvanceRuleRow, "contentCode" | "code" | "advanceCapBp" | "firstAdvanceAfterAcceptance" | "firstAdvanceBp">>(rules: readonly R[], contentCodes: readonly string[]): R | null {
  const applicable = applicableAdvanceRules(rules, contentCodes);
  const sorted = [...applicable].sort(
    (a, b) => a.advanceCapBp - b.advanceCapBp || Number(b.firstAdvanceAfterAcceptance) - Number(a.firstAdvanceAfterAcceptance) || a.firstAdvanceBp - b.firstAdvanceBp || a.code.localeCompare(b.code),
  );
  return sorted[0] ?? null;
}

/** The advance rule in force on `day` for these contents (unscoped configuration read). */
export async function unsafeAdvanceRuleInForce(tx: Tx, contentCodes: readonly string[], day: CalendarDay): Promise<AdvanceRuleRow | null> {
  const rules = await tx.advanceRule.findMany({ where: { AND: [validAtWhere(day), { OR: [{ contentCode: { in: [...contentCodes] } }, { contentCode: null }] }] }, select: ADVANCE_RULE_SELECT });
  return strictestAdvanceRule(rules, contentCodes);
}
