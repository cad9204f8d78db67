import "server-only";
// Before a council concludes on a đề án (docs/decisions/037): the members taking part must meet the
// quorum rule in force that day, and a recused secretary is replaced by an acting secretary chosen
// among the members taking part, who then signs the biên bản.
import type { Tx } from "../db/client";
import { vietnamToday } from "../calendar";
import { formatDate } from "../format";
import { DomainError, message } from "../errors";
import { quorumRuleOn, quorumStatus, type QuorumRule, type QuorumStatus } from "./quorum";

const RULE_SELECT = { validFrom: true, validTo: true, minShareBp: true, minMembers: true, chairRequired: true, basis: true, programmeRule: true } as const;

export async function quorumRules(tx: Pick<Tx, "councilQuorumRule">): Promise<QuorumRule[]> {
  return tx.councilQuorumRule.findMany({ where: { level: "MINISTRY" }, select: RULE_SELECT });
}

export type CouncilQuorum = {
  rule: QuorumRule | null;
  status: QuorumStatus | null;
  secretaryRecused: boolean;
  /** Members taking part, who may act as secretary. */
  eligibleSecretaries: { id: string; name: string }[];
};

type MemberFacts = { id: string; name: string; role: string };

/** Quorum and secretary facts of one đề án before a council, from its members and their recusals. */
export function councilQuorumOf(rules: readonly QuorumRule[], members: readonly MemberFacts[], recusedIds: ReadonlySet<string>, day: Date): CouncilQuorum {
  const present = members.filter((m) => !recusedIds.has(m.id));
  const rule = quorumRuleOn(rules, day);
  const status = rule ? quorumStatus(rule, { total: members.length, present: present.length, chairPresent: present.some((m) => m.role === "CHAIR") }) : null;
  const secretaryRecused = !members.some((m) => m.role === "SECRETARY" && !recusedIds.has(m.id));
  return { rule, status, secretaryRecused, eligibleSecretaries: present.filter((m) => m.role !== "CHAIR").map((m) => ({ id: m.id, name: m.name })) };
}

export async function assertCouncilMayConclude(tx: Tx, a: { councilId: string; projectId: string; actingSecretaryId: string | null }, day: Date = vietnamToday()): Promise<void> {
  const members = await tx.councilMember.findMany({ where: { councilId: a.councilId }, select: { id: true, name: true, role: true } });
  const recusals = await tx.councilRecusal.findMany({ where: { projectId: a.projectId, memberId: { in: members.map((m) => m.id) } }, select: { memberId: true } });
  const q = councilQuorumOf(await quorumRules(tx), members, new Set(recusals.map((r) => r.memberId)), day);
  if (!q.rule || !q.status) throw new DomainError("VALIDATION", "errors.councilQuorum.noRule", { day: formatDate(day, true) });
  if (!q.status.met) {
    const params = { present: q.status.present, total: q.status.total, required: q.status.required, basis: q.rule.basis };
    throw new DomainError("VALIDATION", q.status.chairMissing ? "errors.councilQuorum.chairRecused" : "errors.councilQuorum.notMet", params);
  }
  if (q.secretaryRecused && !q.eligibleSecretaries.some((m) => m.id === a.actingSecretaryId)) {
    throw new DomainError("VALIDATION", "errors.councilQuorum.secretaryRecused", {}, { actingSecretaryId: message("errors.councilQuorum.actingSecretaryField") });
  }
}
