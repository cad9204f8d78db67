// Who reads and who dismisses red flags. National roles read every flag; an SCT reads its
// provinces' flags. Cục staff dismiss any flag, an SCT only the flags of its provinces (the
// subject's scope is checked in the mutation's transaction, lib/red-flags/subjects.ts).
// Leadership reads only. The allocation rule is national: only readers of allocations see it.
import { hasRole, type Actor } from "../auth/actor";
import { isNational } from "../admin-units/scope";
import { canReadNationalAllocations } from "../allocations/policy";
import type { RedFlagRule } from "./types";

export function canReadRedFlags(actor: Actor): boolean {
  return isNational(actor) || hasRole(actor, "SCT");
}

export function canDismissRedFlags(actor: Actor): boolean {
  return hasRole(actor, "CUC_STAFF", "SCT");
}

/** The rules this reader is shown. */
export function rulesFor(actor: Actor, rules: readonly RedFlagRule[]): RedFlagRule[] {
  return rules.filter((r) => r !== "disbursement-above-allocation" || canReadNationalAllocations(actor));
}
