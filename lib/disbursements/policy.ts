// Who may record disbursement ledger entries, as a Contract where (docs/decisions/002, 020).
// The Cục is bên A of every main contract and task assignment (TT 36/2013 Điều 12.1): its staff
// record what the Cục advances and pays on them. An implementing centre records on the contracts
// it pays out of its own hands: its support contracts with beneficiaries (where it is bên A) and
// the task assignments it holds as a ministry budget unit (bên B, drawing from the State Treasury
// itself). For KCĐP the SCT is bên A of the main contract (TT 46/2012 Điều 8, decision 021) and
// records on it, and an SCT that implements a đề án records on its own support contracts. On top
// of that the đề án must be visible to the actor (projectScopeWhere). Anything
// else is "not found", like a missing contract.
import type { Prisma } from "../db/generated/client";
import { hasRole, type Actor } from "../auth/actor";
import { projectScopeWhere } from "../auth/policy";

const NOTHING: Prisma.ContractWhereInput = { id: { in: [] } };

/** Whether the actor records ledger entries at all (the menu and the form ask this). */
export function canRecordLedger(actor: Actor): boolean {
  return hasRole(actor, "CUC_STAFF", "SCT", "PROVINCIAL_CENTRE", "REGIONAL_CENTRE");
}

/** Contracts on which the actor may record (and reverse) ledger entries. */
export function ledgerContractWhere(actor: Actor): Prisma.ContractWhereInput {
  const orgs = [...actor.organisationIds];
  const clauses: Prisma.ContractWhereInput[] = [];
  if (hasRole(actor, "CUC_STAFF")) clauses.push({ kind: { in: ["CONTRACT", "TASK_ASSIGNMENT"] }, project: { fundingSource: { code: "KCQG" } } });
  if (hasRole(actor, "SCT")) clauses.push({ kind: "CONTRACT", partyAId: { in: orgs }, project: { fundingSource: { code: "KCDP" } } });
  if (hasRole(actor, "SCT", "PROVINCIAL_CENTRE", "REGIONAL_CENTRE")) clauses.push({ kind: "SUPPORT_CONTRACT", partyAId: { in: orgs } });
  if (hasRole(actor, "PROVINCIAL_CENTRE", "REGIONAL_CENTRE")) clauses.push({ kind: "TASK_ASSIGNMENT", partyBId: { in: orgs } });
  if (!clauses.length) return NOTHING;
  return { AND: [{ project: projectScopeWhere(actor) }, { OR: clauses }] };
}

/** Confirmation is a second pair of eyes: someone allowed to record, other than the recorder. */
export function canConfirmEntry(actor: Actor, entry: { recordedById: string | null }): boolean {
  return canRecordLedger(actor) && entry.recordedById !== actor.userId;
}

/** Whether the actor closes ledger years at all (Mẫu 10 reconciliation: the Cục for KCQG, the SCT for KCĐP). */
export function canCloseLedgerYear(actor: Actor): boolean {
  return hasRole(actor, "CUC_STAFF", "SCT");
}

/**
 * Contracts whose years the actor may close by their Mẫu 10 reconciliation (TT 36/2013 Điều 18.2):
 * the Cục on KCQG đề án, the SCT on KCĐP đề án of its provinces (TT 46/2012 Điều 8: the province
 * takes the Cục's steps). Anything else is "not found".
 */
export function yearClosingContractWhere(actor: Actor): Prisma.ContractWhereInput {
  const sources: string[] = [];
  if (hasRole(actor, "CUC_STAFF")) sources.push("KCQG");
  if (hasRole(actor, "SCT")) sources.push("KCDP");
  if (!sources.length) return NOTHING;
  return { project: { AND: [projectScopeWhere(actor), { fundingSource: { code: { in: sources } } }] } };
}

/** Contracts whose ledger the actor may read: any contract of a đề án the actor sees. */
export function ledgerReadWhere(actor: Actor): Prisma.ContractWhereInput {
  return { project: projectScopeWhere(actor) };
}
