import "server-only";
// Earlier support of a đề án's beneficiaries, for the appraisers (TT 36/2013 Điều 9: a facility
// supported before weighs on the đề án). Counts only đề án that reached a plan, in the reader's scope.
import type { Actor } from "../auth/actor";
import { projectScopeWhere } from "../auth/policy";
import { db } from "../db/client";
import { SUPPORTED_STATUSES } from "../projects/statuses";

export type EarlierSupport = { count: number; total: bigint; years: number[] };

export async function earlierSupportOf(actor: Actor, facilityIds: readonly string[], exceptProjectId: string): Promise<Map<string, EarlierSupport>> {
  const rows = await db().projectBeneficiary.findMany({
    where: { facilityId: { in: [...facilityIds] }, projectId: { not: exceptProjectId }, project: { AND: [projectScopeWhere(actor), { status: { in: SUPPORTED_STATUSES } }] } },
    select: { facilityId: true, supportAmount: true, project: { select: { planYear: true } } },
  });
  const out = new Map<string, EarlierSupport>();
  for (const r of rows) {
    const e = out.get(r.facilityId) ?? { count: 0, total: 0n, years: [] };
    e.count += 1;
    e.total += r.supportAmount;
    if (!e.years.includes(r.project.planYear)) e.years.push(r.project.planYear);
    out.set(r.facilityId, e);
  }
  for (const e of out.values()) e.years.sort((a, b) => a - b);
  return out;
}
