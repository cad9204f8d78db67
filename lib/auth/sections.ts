// The sections of the app an actor may open, for the menu. Each gate is its concept's policy, the
// same function the section's page asks, so the menu and the page never disagree.
import { canReadAllocations } from "../allocations/policy";
import { canHoldApiTokens } from "../api-tokens/policy";
import { canSearchAudit } from "../audit/policy";
import { canAppraiseAtMinistry } from "../appraisals/policy";
import { canReadContracts } from "../contracts/policy";
import { canReadFacilities } from "../facilities/policy";
import { canReadPeriodicReports } from "../periodic-reports/policy";
import { canReadReports } from "../reports/policy";
import { canManageUsers } from "../users/policy";
import { canReadWorklist } from "../worklist/policy";
import type { Actor } from "./actor";

export const SECTIONS = ["home", "worklist", "projects", "facilities", "provinces", "organisations", "norms", "appraisal", "plans", "planYears", "allocations", "contracts", "reports", "periodicReports", "notifications", "users", "apiTokens", "auditLog"] as const;
export type Section = (typeof SECTIONS)[number];

const GATES: Partial<Record<Section, (actor: Actor) => boolean>> = {
  facilities: canReadFacilities,
  appraisal: canAppraiseAtMinistry,
  allocations: canReadAllocations,
  contracts: canReadContracts,
  worklist: canReadWorklist,
  apiTokens: canHoldApiTokens,
  reports: canReadReports,
  periodicReports: canReadPeriodicReports,
  auditLog: canSearchAudit,
  users: canManageUsers,
};

/** Sections without a gate are open to every signed-in user (reference data, own notices). */
export function sectionsFor(actor: Actor): Section[] {
  return SECTIONS.filter((s) => GATES[s]?.(actor) ?? true);
}
