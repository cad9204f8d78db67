// When monthly reporting starts and who hears about it. Unscoped helpers for code that already
// holds a đề án it found through the actor's scope (or the daily sweep, which acts for no one).
import { calendarDay, type CalendarDay } from "../calendar";
import type { Db, Tx } from "../db/client";
import { loadProvinceFamily } from "../admin-units/load";

/**
 * The first reporting month's day: the signature of the main contract or task assignment, else
 * 1 January of the plan year (đề án contracted before the ledger slice have no contract row).
 */
export async function unsafeReportingStart(client: Db | Tx, project: { id: string; planYear: number }): Promise<CalendarDay> {
  const signed = await client.contract.findFirst({
    where: { projectId: project.id, kind: { in: ["CONTRACT", "TASK_ASSIGNMENT"] }, signedOn: { not: null } },
    orderBy: { signedOn: "asc" },
    select: { signedOn: true },
  });
  return (signed?.signedOn as CalendarDay | null | undefined) ?? calendarDay(project.planYear, 1, 1);
}

/** The signed main contract or task assignment a report is about, if any. */
export async function unsafeMainContractId(client: Db | Tx, projectId: string): Promise<string | null> {
  const row = await client.contract.findFirst({ where: { projectId, kind: { in: ["CONTRACT", "TASK_ASSIGNMENT"] }, signedOn: { not: null } }, orderBy: { signedOn: "asc" }, select: { id: true } });
  return row?.id ?? null;
}

/** Active SCT users whose scope covers the province (its predecessors and successors included). */
export async function unsafeProvinceSctUserIds(client: Db | Tx, provinceId: string | null): Promise<string[]> {
  if (!provinceId) return [];
  const family = await loadProvinceFamily(client, [provinceId]);
  const users = await client.user.findMany({
    where: { active: true, roles: { some: { role: "SCT" } }, scopes: { some: { kind: "PROVINCE", provinceId: { in: family } } } },
    select: { id: true },
  });
  return users.map((u) => u.id);
}

/** Active members of the implementing organisation. */
export async function unsafeImplementerUserIds(client: Db | Tx, implementerId: string): Promise<string[]> {
  const users = await client.user.findMany({ where: { active: true, organisationId: implementerId }, select: { id: true } });
  return users.map((u) => u.id);
}
