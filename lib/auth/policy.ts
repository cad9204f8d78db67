// The row scopes several concepts share (Prisma `where` builders for đề án, facilities and
// provincial reports) and the capabilities that belong to no one concept (read-only, administer).
// Each concept's own role gates live in its lib/<concept>/policy.ts (docs/decisions/017).
// Queries and mutations put these into their `where`, so a record outside the actor's scope is
// simply not found: missing and forbidden give the same answer (docs/decisions/002).
import type { Prisma } from "../db/generated/client";
import { hasRole, type Actor } from "./actor";
import { provinceScopeOf } from "../admin-units/scope";

const NOTHING = { id: { in: [] as string[] } };

/** The `provinceId` condition of the actor's geography (lib/admin-units): null for a national actor. */
function provinceCondition(actor: Actor): { in: string[] } | null {
  const scope = provinceScopeOf(actor);
  return scope.all ? null : { in: [...scope.provinceIds] };
}

/** Đề án visible to the actor: national roles all; SCT its provinces; centres their own work. */
export function projectScopeWhere(actor: Actor): Prisma.ProjectWhereInput {
  const provinceId = provinceCondition(actor);
  if (!provinceId) return {};
  const clauses: Prisma.ProjectWhereInput[] = [];
  if (hasRole(actor, "SCT") && provinceId.in.length > 0) clauses.push({ provinceId });
  if (hasRole(actor, "PROVINCIAL_CENTRE", "REGIONAL_CENTRE")) {
    clauses.push({ implementerId: { in: [...actor.organisationIds] } });
  }
  return clauses.length ? { OR: clauses } : NOTHING;
}

/** Facilities visible to the actor: national roles all; others those in their geographic scope. */
export function facilityScopeWhere(actor: Actor): Prisma.FacilityWhereInput {
  const provinceId = provinceCondition(actor);
  if (!provinceId) return {};
  return provinceId.in.length ? { provinceId } : NOTHING;
}

/** Provincial KCĐP reports: national roles all; SCT and provincial centres their provinces. */
export function provincialReportScopeWhere(actor: Actor): Prisma.ProvincialReportWhereInput {
  const provinceId = provinceCondition(actor);
  if (!provinceId) return {};
  return provinceId.in.length ? { provinceId } : NOTHING;
}

/** Leadership reads only. */
export function isReadOnly(actor: Actor): boolean {
  return actor.roles.every((r) => r === "LEADERSHIP");
}

/** Administration of users, catalogues and norms. */
export function canAdminister(actor: Actor): boolean {
  return hasRole(actor, "ADMIN");
}
