// Quorum of a hội đồng thẩm định (docs/decisions/037): which dated rule is in force on the day a
// council concludes, and whether the members taking part (not recused) meet it. TT 36/2013 sets
// no quorum, so the seeded rule is the programme's own (prisma/seed/reference/council-quorum.ts).
// Pure: callers load the rules and the council.
import { isValidOn } from "../calendar/validity";

export type QuorumRule = { validFrom: Date; validTo: Date | null; minShareBp: number; minMembers: number; chairRequired: boolean; basis: string; programmeRule: boolean };
export type QuorumFacts = { total: number; present: number; chairPresent: boolean };
export type QuorumStatus = { met: boolean; required: number; present: number; total: number; chairMissing: boolean };

/** The rule in force on `day` (the latest that started, should two overlap). */
export function quorumRuleOn<R extends QuorumRule>(rules: readonly R[], day: Date): R | null {
  return rules.filter((r) => isValidOn(r, day)).sort((a, b) => b.validFrom.getTime() - a.validFrom.getTime())[0] ?? null;
}

/** Members required: the share of the whole council, rounded up, and never fewer than minMembers. */
export function requiredMembers(rule: Pick<QuorumRule, "minShareBp" | "minMembers">, total: number): number {
  return Math.max(rule.minMembers, Math.ceil((total * rule.minShareBp) / 10_000));
}

export function quorumStatus(rule: QuorumRule, facts: QuorumFacts): QuorumStatus {
  const required = requiredMembers(rule, facts.total);
  const chairMissing = rule.chairRequired && !facts.chairPresent;
  return { met: facts.present >= required && !chairMissing, required, present: facts.present, total: facts.total, chairMissing };
}
