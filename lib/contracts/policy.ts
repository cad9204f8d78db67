// Who may sign, amend and read contracts (TT 36/2013 Điều 12.1; docs/decisions/021, 022). Pure.
// Main contracts and task assignments: bên A is the Cục for KCQG, the province's SCT for KCĐP (the
// province takes the Cục's steps, TT 46/2012 Điều 8), so Cục staff or that SCT sign them. Support
// contracts: bên A is the implementer, so the implementer's own staff sign them. Reads follow the
// đề án's scope (Cục all, SCT its province, centres their own đề án).
import { coversProvince } from "../admin-units/scope";
import { hasRole, type Actor } from "../auth/actor";
import { mayAttachToContract } from "../attachments/subjects";
import { projectScopeWhere } from "../auth/policy";
import type { Prisma } from "../db/generated/client";
import type { ContractKind, OrganisationKind } from "../db/generated/enums";

export type ProjectParties = { implementerId: string; provinceId: string | null; fundingSource: { code: string } };

/** The ministry's regional centres are budget units: they get a task assignment, not a contract. */
export function mainContractKind(implementerKind: OrganisationKind): Extract<ContractKind, "CONTRACT" | "TASK_ASSIGNMENT"> {
  return implementerKind === "REGIONAL_CENTRE" ? "TASK_ASSIGNMENT" : "CONTRACT";
}

/** Whether the actor is bên A of the đề án's main contract: the Cục (KCQG) or the province's SCT (KCĐP). */
export function canSignMainContract(actor: Actor, project: ProjectParties): boolean {
  if (project.fundingSource.code === "KCDP") return hasRole(actor, "SCT") && project.provinceId !== null && coversProvince(actor, project.provinceId);
  return hasRole(actor, "CUC_STAFF");
}

/** Whether the actor is the implementer, bên A of the support contracts with beneficiaries. */
export function canSignSupportContract(actor: Actor, project: Pick<ProjectParties, "implementerId">): boolean {
  return actor.organisationIds.includes(project.implementerId) && hasRole(actor, "SCT", "PROVINCIAL_CENTRE", "REGIONAL_CENTRE");
}

/** Amending is for whoever signs that kind of contract. */
export function canAmendContract(actor: Actor, contract: { kind: ContractKind; project: ProjectParties }): boolean {
  return contract.kind === "SUPPORT_CONTRACT" ? canSignSupportContract(actor, contract.project) : canSignMainContract(actor, contract.project);
}

/** The contract list is open to everyone whose scope reaches some đề án. */
export function canReadContracts(actor: Actor): boolean {
  return hasRole(actor, "ADMIN", "CUC_STAFF", "LEADERSHIP", "SCT", "PROVINCIAL_CENTRE", "REGIONAL_CENTRE");
}

/** Contracts the actor may read: those of the đề án in the actor's scope. */
export function contractScopeWhere(actor: Actor): Prisma.ContractWhereInput {
  return { project: projectScopeWhere(actor) };
}

/** Statuses in which a đề án's main contract may be signed (it must be in the plan, Điều 12.1). */
export const SIGNABLE_PROJECT_STATUSES = ["IN_PLAN", "GROUP_PLAN_APPROVED"] as const;
/** Statuses in which a signed contract may still be amended (not once settled, liquidated or stopped). */
export const AMENDABLE_PROJECT_STATUSES = ["CONTRACTED", "IN_PROGRESS", "CARRIED_OVER", "ACCEPTED"] as const;
/** Statuses in which support contracts may still be signed under a signed main contract. */
export const SUPPORT_PROJECT_STATUSES = ["CONTRACTED", "IN_PROGRESS"] as const;

export type ProjectForContracts = ProjectParties & { status: string; contracts: { kind: ContractKind; status: string; beneficiaryId?: string | null }[]; beneficiaries?: { id: string }[] };

/** Beneficiaries still without a live support contract (all of them when the list is not given). */
function beneficiariesLeft(project: ProjectForContracts): boolean {
  if (!project.beneficiaries) return true;
  const taken = new Set(project.contracts.filter((c) => c.kind === "SUPPORT_CONTRACT" && c.status !== "TERMINATED").map((c) => c.beneficiaryId));
  return project.beneficiaries.some((b) => !taken.has(b.id));
}

/** The contracts the actor may sign now on this đề án (what /de-an/[id]/hop-dong/moi offers). */
export function signableRoles(actor: Actor, project: ProjectForContracts): ("MAIN" | "SUPPORT")[] {
  const mainContracts = project.contracts.filter((c) => c.kind !== "SUPPORT_CONTRACT" && c.status !== "TERMINATED");
  const roles: ("MAIN" | "SUPPORT")[] = [];
  if (canSignMainContract(actor, project) && !mainContracts.length && (SIGNABLE_PROJECT_STATUSES as readonly string[]).includes(project.status)) roles.push("MAIN");
  if (canSignSupportContract(actor, project) && mainContracts.some((c) => c.status === "SIGNED") && (SUPPORT_PROJECT_STATUSES as readonly string[]).includes(project.status) && beneficiariesLeft(project)) roles.push("SUPPORT");
  return roles;
}

/** What the contract page offers the actor. */
export function contractActions(actor: Actor, contract: { kind: ContractKind; status: string; partyAId: string; partyBId: string | null; project: ProjectParties & { status: string } }): { amend: boolean; attach: boolean } {
  const open = (AMENDABLE_PROJECT_STATUSES as readonly string[]).includes(contract.project.status);
  return { amend: contract.status === "SIGNED" && open && canAmendContract(actor, contract), attach: mayAttachToContract(actor, contract) };
}
