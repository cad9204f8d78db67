import "server-only";
// Home-page figures per role, all from the database and all through the actor's scope.
import { hasRole, type Actor } from "../auth/actor";
import { facilityScopeWhere, projectScopeWhere } from "../auth/policy";
import { validAtWhere, vietnamToday } from "../calendar";
import { db } from "../db/client";
import type { ProjectStatus } from "../db/generated/enums";

export type StatusCount = { status: ProjectStatus; count: number };

export type HomeSummary = {
  projectCount: number;
  facilityCount: number;
  provinceCount: number;
  organisationCount: number;
  byStatus: StatusCount[];
  /** Đề án waiting for this actor's step. */
  awaitingCount: number;
  awaitingStatuses: ProjectStatus[];
};

/** Statuses in which a đề án waits for a step by someone in this role. */
export function awaitingStatusesFor(actor: Actor): ProjectStatus[] {
  const statuses = new Set<ProjectStatus>();
  if (hasRole(actor, "CUC_STAFF")) ["REGISTERED", "UNDER_CUC_APPRAISAL", "APPROVED_BY_CUC"].forEach((s) => statuses.add(s as ProjectStatus));
  if (hasRole(actor, "SCT")) ["SUBMITTED_TO_SCT", "APPROVED_BY_SCT", "IN_PROGRESS"].forEach((s) => statuses.add(s as ProjectStatus));
  if (hasRole(actor, "PROVINCIAL_CENTRE", "REGIONAL_CENTRE")) ["DRAFT", "RETURNED_BY_SCT", "RETURNED_BY_CUC", "CONTRACTED"].forEach((s) => statuses.add(s as ProjectStatus));
  return [...statuses];
}

export async function getHomeSummary(actor: Actor, now?: Date): Promise<HomeSummary> {
  const today = vietnamToday(now);
  const projectWhere = projectScopeWhere(actor);
  const awaitingStatuses = awaitingStatusesFor(actor);
  const inForce = validAtWhere(today);
  // The đề án count is the sum of the status split: one pass over the đề án, not two (decision 072).
  const [facilityCount, provinceCount, organisationCount, grouped] = await Promise.all([
    db().facility.count({ where: facilityScopeWhere(actor) }),
    db().province.count({ where: inForce }),
    db().organisation.count({ where: inForce }),
    db().project.groupBy({ by: ["status"], where: projectWhere, _count: { _all: true } }),
  ]);
  const byStatus = grouped.map((g) => ({ status: g.status, count: g._count._all })).sort((a, b) => b.count - a.count);
  const projectCount = byStatus.reduce((a, s) => a + s.count, 0);
  const awaitingCount = byStatus.filter((s) => awaitingStatuses.includes(s.status)).reduce((a, s) => a + s.count, 0);
  return { projectCount, facilityCount, provinceCount, organisationCount, byStatus, awaitingCount, awaitingStatuses };
}
