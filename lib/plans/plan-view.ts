import "server-only";
// Reading plans for the /ke-hoach pages: list, one plan as of a date, its versions and requests,
// totals by province, zone, content and implementer against the envelope, and version diffs.
import type { Actor } from "../auth/actor";
import { validAtWhere, vietnamToday, type CalendarDay } from "../calendar";
import { symbolFromShortName } from "./decision-symbol";
import { projectScopeWhere } from "../auth/policy";
import { db } from "../db/client";
import { groupLineOf, type GroupLine } from "../admin-units/groups";
import { loadGeography } from "../admin-units/load";
import { NotFoundError } from "../errors";
import { nameAt, NAME_HISTORY_SELECT } from "../organisations/names";
import { sumDong } from "../money";
import { candidateWhere, implementerScope } from "./assemble";
import { planItemSelect, unsafePlanItemsAsOf, unsafeVersionsInForce } from "./in-force";
import { adjustmentSteps, canManagePlan, planScopeWhere, planSteps } from "./policy";
import { diffItems, groupTotals } from "./versions";

/** Plans the actor may see, each with the version in force today in Vietnam (drafts: the working lines). */
export async function listPlans(actor: Actor, filter: { year?: number } = {}, now?: Date) {
  const today = vietnamToday(now);
  const where = { AND: [planScopeWhere(actor), filter.year ? { planYear: filter.year } : {}] };
  const [plans, inForce] = await Promise.all([
    db().annualPlan.findMany({
      where,
      orderBy: [{ planYear: "desc" }, { level: "asc" }],
      select: { id: true, planYear: true, level: true, status: true, envelope: true, fundingSource: { select: { code: true } }, province: { select: { name: true } }, versions: { where: { versionNo: 0 }, select: { id: true } } },
    }),
    unsafeVersionsInForce(where, today),
  ]);
  const shownIds = plans.flatMap((p) => (p.status === "DRAFT" ? p.versions.map((v) => v.id) : inForce.has(p.id) ? [inForce.get(p.id)!.id] : []));
  const totals = await db().planItem.groupBy({ by: ["planVersionId"], where: { planVersionId: { in: shownIds } }, _sum: { amount: true } });
  const totalOf = new Map(totals.map((t) => [t.planVersionId, t._sum.amount ?? 0n]));
  return plans.map((p) => {
    const shown = p.status === "DRAFT" ? p.versions[0] : inForce.get(p.id);
    // versionNo null: issued, but no version is in force yet today (say so, do not show 0 đồng).
    const versionNo = p.status === "DRAFT" ? 0 : (inForce.get(p.id)?.versionNo ?? null);
    return { id: p.id, year: p.planYear, level: p.level, status: p.status, envelope: p.envelope, source: p.fundingSource.code, province: p.province?.name ?? null, versionNo, total: shown ? (totalOf.get(shown.id) ?? 0n) : null, today };
  });
}

type Row = Awaited<ReturnType<typeof loadItems>>[number];

async function loadItems(versionId: string) {
  return db().planItem.findMany({ where: { planVersionId: versionId }, select: planItemSelect, orderBy: [{ projectId: { sort: "asc", nulls: "last" } }, { id: "asc" }] });
}

export function itemView(i: Row) {
  return {
    id: i.id,
    projectId: i.projectId,
    code: i.project?.code ?? null,
    title: i.project?.title ?? i.taskTitle ?? "",
    status: i.project?.status ?? null,
    implementerId: i.implementerId,
    implementer: nameAt(i.implementer.names),
    provinceId: i.provinceId,
    province: i.province?.name ?? null,
    location: i.project?.locationText || i.province?.name || "",
    contents: i.project?.contents.map((c) => c.contentCategory.code).sort() ?? [],
    taskTitle: i.taskTitle,
    amount: i.amount,
  };
}
export type PlanItemView = ReturnType<typeof itemView>;

/**
 * Totals by province, zone, content and implementer. Zones come from the one grouping rule
 * (lib/admin-units groupLineOf): a province straddling zones (Lâm Đồng) is its own line listing
 * them (key isStraddlingKey), never put under one zone or under "—".
 */
export function breakdowns(items: readonly PlanItemView[], zoneOf: (provinceId: string) => GroupLine | null) {
  const zone = (i: PlanItemView) => (i.provinceId ? zoneOf(i.provinceId) : null);
  return {
    province: groupTotals(items, (i) => ({ key: i.provinceId ?? "-", label: i.province ?? "—" })),
    zone: groupTotals(items, (i) => {
      const line = zone(i);
      return line ? { key: line.key, label: line.names.join(" + "), marked: line.derived && !line.straddling } : { key: "-", label: "—" };
    }),
    content: groupTotals(items, (i) => (i.projectId ? { key: i.contents.join("; ") || "-", label: i.contents.join("; ") || "—" } : { key: "task", label: "" })),
    implementer: groupTotals(items, (i) => ({ key: i.implementerId, label: i.implementer })),
  };
}

/** One plan: the draft's working lines, or the version in force on the day `asOf` (Vietnam calendar). */
export async function getPlan(actor: Actor, id: string, asOf: CalendarDay) {
  const plan = await db().annualPlan.findFirst({
    where: { AND: [{ id }, planScopeWhere(actor)] },
    select: {
      id: true, planYear: true, level: true, status: true, envelope: true, provinceId: true, fundingSourceId: true,
      fundingSource: { select: { code: true } }, province: { select: { name: true } },
      versions: { orderBy: { versionNo: "asc" }, select: { id: true, versionNo: true, effectiveOn: true, note: true, decision: { select: { number: true, symbol: true, issuedOn: true, signer: true, retroactiveReason: true } }, adjustment: { select: { kind: true, reason: true } } } },
      adjustments: { orderBy: { requestedAt: "desc" }, select: { id: true, kind: true, authority: true, status: true, reason: true, amountBefore: true, amountAfter: true, requestedAt: true, requestedById: true, project: { select: { code: true, title: true, provinceId: true } }, resultingVersion: { select: { versionNo: true } } } },
    },
  });
  if (!plan) throw new NotFoundError("plan");
  const draft = plan.status === "DRAFT";
  const shown = draft ? { version: plan.versions.find((v) => v.versionNo === 0) ?? null, items: [] as Row[] } : await unsafePlanItemsAsOf(plan.id, asOf);
  const [rows, geography] = await Promise.all([draft && shown.version ? loadItems(shown.version.id) : shown.items, loadGeography()]);
  const items = rows.map(itemView);
  const manage = canManagePlan(actor, plan);
  // Draft: what the manager may include; issued: what may be asked for as ADD_PROJECT (Điều 11).
  const [candidates, implementers] = shown.version && (manage || !draft)
    ? await Promise.all([
        db().project.findMany({ where: { AND: [candidateWhere(plan, shown.version.id), projectScopeWhere(actor)] }, orderBy: { code: "asc" }, select: { id: true, code: true, title: true, approvedAmount: true, supportAmount: true } }),
        draft ? db().organisation.findMany({ where: implementerScope(plan), orderBy: { code: "asc" }, select: { id: true, names: NAME_HISTORY_SELECT } }) : [],
      ])
    : [[], []];
  return {
    ...plan,
    manage,
    cucSymbol: await cucDecisionSymbol(),
    steps: planSteps(actor, plan),
    adjustments: plan.adjustments.map(({ requestedById, ...a }) => {
      const ownRequest = requestedById === actor.userId;
      const steps = ownRequest ? [] : adjustmentSteps(actor, { status: a.status, authority: a.authority, provinceId: plan.provinceId ?? a.project?.provinceId ?? null });
      // The page says why a decider sees no form on their own request (segregation of duties).
      return { ...a, steps, ownRequest: ownRequest && a.status === "REQUESTED" };
    }),
    shownVersionNo: shown.version?.versionNo ?? null,
    // When the first decision takes effect: a day before it has no plan, which is not a plan of 0 đồng.
    firstEffectiveOn: plan.versions.filter((v) => v.versionNo > 0).reduce<Date | null>((first, v) => (!first || v.effectiveOn < first ? v.effectiveOn : first), null),
    items,
    total: sumDong(items.map((i) => i.amount)),
    breakdowns: breakdowns(items, (provinceId) => groupLineOf(geography, "zones", provinceId)),
    candidates: candidates.map((c) => ({ id: c.id, code: c.code, title: c.title, amount: c.approvedAmount ?? c.supportAmount })),
    implementers: implementers.map((o) => ({ id: o.id, name: nameAt(o.names) })),
  };
}

/** The ký hiệu suggested for a Cục decision, from the Cục's name in force today (decision-symbol.ts). */
async function cucDecisionSymbol(): Promise<string> {
  const today = vietnamToday();
  const name = await db().organisationName.findFirst({ where: { AND: [{ organisation: { kind: "CUC" }, shortName: { not: null } }, validAtWhere(today)] }, orderBy: { validFrom: "desc" }, select: { shortName: true } });
  return symbolFromShortName(name?.shortName) ?? "QĐ-";
}

/** Differences between two versions of a plan the actor may see. */
export async function diffPlanVersions(actor: Actor, planId: string, fromNo: number, toNo: number) {
  const plan = await db().annualPlan.findFirst({ where: { AND: [{ id: planId }, planScopeWhere(actor)] }, select: { versions: { where: { versionNo: { in: [fromNo, toNo] } }, select: { id: true, versionNo: true } } } });
  const from = plan?.versions.find((v) => v.versionNo === fromNo);
  const to = plan?.versions.find((v) => v.versionNo === toNo);
  if (!from || !to) throw new NotFoundError("planVersion");
  const [before, after] = await Promise.all([loadItems(from.id), loadItems(to.id)]);
  return diffItems(before.map(itemView), after.map(itemView));
}
