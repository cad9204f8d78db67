// Who reads leadership reports, and over which provinces (docs/decisions/030). National roles
// read everything. An SCT, a provincial centre or a regional centre reads the provinces of its
// scope (succession-expanded, lib/admin-units/scope.ts) in full, and the zone and national totals
// only as totals (Report.context, computed without the query's filters, so no filter can narrow a
// context total down to another province). A geography filter outside the scope is NotFoundError
// (missing and forbidden look the same, decision 002), and so is an implementer filter naming an
// organisation of a province outside the scope; any other filter only narrows the scoped facts, so
// it can never reach another province's figures.
import type { Actor } from "../auth/actor";
import { isNational, provinceScopeOf, type ProvinceScope } from "../admin-units/scope";
import { ForbiddenError } from "../errors";
import type { Dimension } from "./types";

/** Every national role, and SCTs and centres on their scope. */
export function canReadReports(actor: Pick<Actor, "roles">): boolean {
  return isNational(actor) || actor.roles.some((r) => r === "SCT" || r === "PROVINCIAL_CENTRE" || r === "REGIONAL_CENTRE");
}

export function requireReportReader(actor: Pick<Actor, "roles">): void {
  if (!canReadReports(actor)) throw new ForbiddenError();
}

/** The provinces (as recorded, every era) whose figures the actor may read in full. */
export function reportScopeOf(actor: Pick<Actor, "roles" | "scope">): ProvinceScope {
  return provinceScopeOf(actor);
}

/** Whether a figure recorded on `provinceId` (null: a plan task or allocation with no province) is in the actor's scope. */
export function inReportScope(scope: ProvinceScope, provinceId: string | null): boolean {
  if (scope.all) return true;
  return provinceId !== null && scope.provinceIds.includes(provinceId);
}

/**
 * The dimension a report opens on: by zone for a national view; by province otherwise, since a
 * zone line of a scoped reader is only the part of its provinces and would read like a zone total.
 */
export function defaultDimensionOf(actor: Pick<Actor, "roles">): Dimension {
  return isNational(actor) ? "zone" : "province";
}

/** Whether the actor gets context totals (zone, nation) beside its own figures. */
export function needsContext(actor: Pick<Actor, "roles">): boolean {
  return !isNational(actor);
}


/**
 * Whether the actor may name `org` as the implementer filter: an organisation of a province in
 * scope, or one without a province (the Cục, a regional centre), whose work in the actor's
 * provinces is the actor's to read. Another province's organisation is NotFound, like its province.
 */
export function implementerInReportScope(scope: ProvinceScope, org: { provinceId: string | null }): boolean {
  return scope.all || org.provinceId === null || scope.provinceIds.includes(org.provinceId);
}
