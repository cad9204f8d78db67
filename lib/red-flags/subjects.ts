import "server-only";
// What a flag's subject key names, and whether it lies in the actor's scope. The dismissal asks
// here inside its transaction: a subject of another province is "not found", like any record.
import type { Actor } from "../auth/actor";
import { facilityScopeWhere, projectScopeWhere, provincialReportScopeWhere } from "../auth/policy";
import { canReadNationalAllocations } from "../allocations/policy";
import type { Tx } from "../db/client";
import type { RedFlagRule } from "./types";

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

export const SUBJECT_PATTERN: Record<RedFlagRule, RegExp> = {
  "payment-before-contract": new RegExp(`^LedgerEntry:(${UUID})$`),
  "advance-above-cap": new RegExp(`^Contract:(${UUID})$`),
  "acceptance-missing": new RegExp(`^Project:(${UUID}):\\d{4}$`),
  "facility-cumulative-cap": new RegExp(`^Facility:(${UUID}):[^:]{1,60}$`),
  "unit-cost-outlier": new RegExp(`^ProjectBudgetLine:(${UUID})$`),
  "falling-cumulative": new RegExp(`^ProvincialReport:(${UUID})$`),
  "disbursement-above-allocation": new RegExp(`^Allocation:(${UUID}):\\d{4}:[A-Z_]{2,20}$`),
};

/** The id a subject key names, or null when the key does not fit the rule. */
export function subjectId(rule: RedFlagRule, subjectKey: string): string | null {
  return SUBJECT_PATTERN[rule].exec(subjectKey)?.[1] ?? null;
}

/** Whether the subject exists within the actor's scope. */
export async function subjectInScope(tx: Tx, actor: Actor, rule: RedFlagRule, id: string): Promise<boolean> {
  const project = projectScopeWhere(actor);
  switch (rule) {
    case "payment-before-contract":
      return (await tx.ledgerEntry.count({ where: { id, project } })) > 0;
    case "advance-above-cap":
      return (await tx.contract.count({ where: { id, project } })) > 0;
    case "acceptance-missing":
      return (await tx.project.count({ where: { AND: [{ id }, project] } })) > 0;
    case "facility-cumulative-cap":
      return (await tx.facility.count({ where: { AND: [{ id }, facilityScopeWhere(actor)] } })) > 0;
    case "unit-cost-outlier":
      return (await tx.projectBudgetLine.count({ where: { id, project } })) > 0;
    case "falling-cumulative":
      return (await tx.provincialReport.count({ where: { AND: [{ id }, provincialReportScopeWhere(actor)] } })) > 0;
    case "disbursement-above-allocation":
      return canReadNationalAllocations(actor) && (await tx.organisation.count({ where: { id } })) > 0;
  }
}
