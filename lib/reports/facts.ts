import "server-only";
// The facts of one year at one cut-off, unscoped (the caller scopes and filters them): every
// figure the report adds up, each at the grain of the dimensions (province as recorded,
// implementer, kind, main content, đề án, status, source, month, data path). Reads are
// proportional to provinces × months: plan items, allocations, main contracts, the LedgerMonthTotal
// aggregate for full months plus the cut-off's partial month from LedgerEntry, and periodic
// reports. Only the status and project dimensions read the ledger through its records (the
// aggregate has no đề án or status; docs/decisions/030). The ledger SQL is ledger-rows.ts, the
// money outside the year's plan outside-plan.ts.
import { Prisma } from "../db/generated/client";
import type { ProjectKind, ProjectStatus, ReportPeriod } from "../db/generated/enums";
import type { Tx } from "../db/client";
import { asCalendarDay, type CalendarDay } from "../calendar";
import { successorOf, type GeographyData } from "../admin-units/basis";
import { unsafeAllocatedSoFar } from "../allocations/figures";
import { DRAFT_VERSION_NO, versionInForce } from "../plans/in-force";
import { cols, inProvinces, iso, ledgerFacts, ledgerRows, mainContentJoin, MAIN_CONTENT, type ProjectCols } from "./ledger-rows";
import { outsidePlanFacts, outsidePlanRows } from "./outside-plan";
import { monthIn, periodAt } from "./period";
import { acceptedProjects, outputFacts, type AcceptedProject } from "./outputs";
import { statusesAt } from "./status-at";
import type { MeasureKey, Outcome, OutcomeKey, OutputKey, TrackCode } from "./types";

export type Fact = {
  provinceId: string | null;
  implementerId: string | null;
  kind: ProjectKind | null;
  /** The đề án's main content (category id as recorded; content.ts continues it across catalogues). */
  contentId: string | null;
  projectId: string | null;
  status: ProjectStatus | null;
  source: TrackCode;
  path: "records" | "periodic";
  /** Month of the year the figure is dated in (ledger, allocation, contract, periodic cut-off); null for the plan. */
  month: number | null;
  measures: Partial<Record<MeasureKey, bigint>>;
  outputs: Partial<Record<OutputKey, number>>;
  /** Output counts this đề án's budget lines cannot give (a unit the classification does not know): not reported. */
  outputsUnknown?: OutputKey[];
  /** Output counts a periodic report left empty: the line's count is then partial (ReportLine.outputsNotReported). */
  outputsNotReported?: OutputKey[];
  /** Outcome indicators at acceptance (outputs.ts). */
  outcomes?: Partial<Record<OutcomeKey, Outcome>>;
  /** A periodic report's cut-off: its cumulative figures are a line of their own on the month dimension, never a month's. */
  periodCutOff?: CalendarDay;
  /** Disbursed in the window on a đề án of another year's plan: never in `measures.executed` (ReportLine.disbursedOutsidePlan). */
  disbursedOutsidePlan?: bigint;
};

export type PeriodicUse = { provinceId: string; period: ReportPeriod; cutOffDate: Date };
/**
 * The provinces whose facts are read (decision 064), or null for the whole country. A superset of
 * what the report's filter can match (the filter still applies): drilling into one province reads
 * that province's records, not the nation's.
 */
export type ProvinceNarrowing = readonly string[] | null;
export type YearFacts = { facts: Fact[]; periodic: PeriodicUse[] };
/** What one year's reads need: the đề án grain (project, status dimensions), the provinces read, and the main content. */
type FactGrain = { perProject: boolean; provinces: ProvinceNarrowing; content: boolean };

async function sourceIds(tx: Tx): Promise<Map<string, TrackCode>> {
  const rows = await tx.fundingSource.findMany({ where: { code: { in: ["KCQG", "KCDP"] } }, select: { id: true, code: true } });
  return new Map(rows.map((r) => [r.id, r.code as TrackCode]));
}

/**
 * Precedence (decision 030): a provincial KCĐP plan in force at the cut-off puts its province's KCĐP
 * on the records path (a plan effective later does not yet replace the periodic report). The
 * caller has checked the version in force; lib/reports/precedence.ts asks the same.
 */
export function putsKcdpOnRecords(plan: { level: string; provinceId: string | null }, source: TrackCode): boolean {
  return plan.level === "PROVINCIAL" && plan.provinceId !== null && source === "KCDP";
}

/**
 * Plan items of the versions in force at the cut-off (planAdjusted) and of the first issued version
 * (planOriginal), on the item's province, else its đề án's, else (a provincial plan's task) the plan's.
 */
async function plansInForce(tx: Tx, year: number, cutOff: CalendarDay, sources: Map<string, TrackCode>) {
  const versions = await tx.planVersion.findMany({
    where: { versionNo: { gt: DRAFT_VERSION_NO }, plan: { planYear: year, status: "ISSUED", fundingSourceId: { in: [...sources.keys()] } } },
    select: { id: true, planId: true, versionNo: true, effectiveOn: true, plan: { select: { fundingSourceId: true, level: true, provinceId: true } } },
  });
  const kcdpPlanProvinces = new Set<string>();
  const byPlan = new Map<string, typeof versions>();
  for (const v of versions) byPlan.set(v.planId, [...(byPlan.get(v.planId) ?? []), v]);
  for (const list of byPlan.values()) {
    const { plan } = list[0]!;
    if (versionInForce(list, cutOff) && putsKcdpOnRecords(plan, sources.get(plan.fundingSourceId)!) && plan.provinceId) kcdpPlanProvinces.add(plan.provinceId);
  }
  return { byPlan, kcdpPlanProvinces };
}

type PlanRow = ProjectCols & { planVersionId: string; amount: bigint; projects: number };

/**
 * The plan facts: per item when a dimension needs the đề án (project, status), else summed in SQL
 * per version and line key with its đề án count (decision 071: a national report's 8 000 plan
 * items a year become about 200 rows). `accepted`, when asked, is the accepted đề án of the
 * versions in force (outputs.ts), read in the same wait.
 */
async function planFacts(tx: Tx, year: number, cutOff: CalendarDay, sources: Map<string, TrackCode>, grain: FactGrain, withAccepted: boolean): Promise<{ facts: Fact[]; kcdpPlanProvinces: Set<string>; accepted: AcceptedProject[] }> {
  const { byPlan, kcdpPlanProvinces } = await plansInForce(tx, year, cutOff, sources);
  const wanted = new Map<string, { measure: "planAdjusted" | "planOriginal"; source: TrackCode }[]>();
  const want = (id: string, measure: "planAdjusted" | "planOriginal", source: TrackCode) => wanted.set(id, [...(wanted.get(id) ?? []), { measure, source }]);
  const inForceSource = new Map<string, TrackCode>();
  for (const list of byPlan.values()) {
    const source = sources.get(list[0]!.plan.fundingSourceId)!;
    const inForce = versionInForce(list, cutOff);
    if (!inForce) continue;
    want(inForce.id, "planAdjusted", source);
    inForceSource.set(inForce.id, source);
    // As first decided: the lowest issued version number (in force by the cut-off).
    const original = list.filter((v) => v.effectiveOn <= cutOff).sort((a, b) => a.versionNo - b.versionNo)[0]!;
    want(original.id, "planOriginal", source);
  }
  if (!wanted.size) return { facts: [], kcdpPlanProvinces, accepted: [] };
  const province = Prisma.sql`COALESCE(i."provinceId", p."provinceId", plan."provinceId")`;
  // Each item's đề án by its key (lateral, OFFSET 0): a year's few thousand items of ~10⁵ đề án,
  // where the planner hash-joined a scan of every đề án (scale 40: 34 → 10 ms, decision 071).
  const from = Prisma.sql`FROM "PlanItem" i LEFT JOIN LATERAL (SELECT x.id, x."provinceId", x.kind, x.status FROM "Project" x WHERE x.id = i."projectId" OFFSET 0) p ON true ${grain.content ? mainContentJoin(Prisma.sql`p.id`) : Prisma.empty}
    JOIN "PlanVersion" v ON v.id = i."planVersionId" JOIN "AnnualPlan" plan ON plan.id = v."planId"`;
  // Narrowed, the item's own province (when it has one) settles it before any đề án is looked up.
  const itemInProvinces = grain.provinces ? Prisma.sql`AND (i."provinceId" IS NULL OR i."provinceId" = ANY(${[...grain.provinces]}::uuid[]))` : Prisma.empty;
  const where = (versions: string[]) => Prisma.sql`WHERE i."planVersionId" = ANY(${versions}::uuid[]) ${itemInProvinces} ${inProvinces(province, grain.provinces)}`;
  const content = grain.content ? MAIN_CONTENT : Prisma.sql`NULL::uuid`;
  const [rows, accepted] = await Promise.all([
    grain.perProject
      ? tx.$queryRaw<PlanRow[]>`
        SELECT i."planVersionId", i.amount, (p.id IS NOT NULL)::int AS projects, ${province} AS "provinceId", i."implementerId", p.kind, ${content} AS "contentId", p.id AS "projectId", p.status
        ${from} ${where([...wanted.keys()])}`
      : tx.$queryRaw<PlanRow[]>`
        SELECT i."planVersionId", SUM(i.amount)::bigint AS amount, COUNT(p.id)::int AS projects, ${province} AS "provinceId", i."implementerId", p.kind, ${content} AS "contentId", NULL::uuid AS "projectId", NULL::"ProjectStatus" AS status
        ${from} ${where([...wanted.keys()])} GROUP BY 1, 4, 5, 6, 7`,
    withAccepted ? acceptedProjects(tx, Prisma.sql`${from} ${where([...inForceSource.keys()])}`, province, content, cutOff) : [],
  ]);
  const facts: Fact[] = [];
  for (const r of rows) {
    for (const { measure, source } of wanted.get(r.planVersionId)!) {
      // The đề án count rides on the plan in force: one item per đề án and version.
      const outputs = measure === "planAdjusted" && r.projects > 0 ? { projects: r.projects } : {};
      const measures = measure === "planAdjusted" ? { planAdjusted: r.amount } : { planOriginal: r.amount };
      facts.push({ provinceId: r.provinceId, implementerId: r.implementerId, kind: r.kind, contentId: r.contentId, projectId: r.projectId, status: r.status, source, path: "records", month: null, measures, outputs });
    }
  }
  return { facts, kcdpPlanProvinces, accepted: accepted.map((a) => ({ ...a, source: inForceSource.get(a.planVersionId)! })) };
}

/**
 * Allocations (dự toán giao): the one "allocated by a day" measure (lib/allocations/figures.ts),
 * per receiving unit, placed on the receiver's province (null for the Cục and regional centres).
 * Not by month: on the month dimension they are on the annual line.
 */
async function allocationFacts(tx: Tx, year: number, cutOff: CalendarDay, sources: Map<string, TrackCode>, provinces: ProvinceNarrowing): Promise<Fact[]> {
  const perSource = await Promise.all([...sources].map(async ([id, source]) => ({ source, byUnit: (await unsafeAllocatedSoFar(tx, year, id, cutOff)).byUnit })));
  const receivers = new Set(perSource.flatMap((s) => [...s.byUnit.keys()]));
  const provinceOfReceiver = new Map((await tx.organisation.findMany({ where: { id: { in: [...receivers] } }, select: { id: true, provinceId: true } })).map((o) => [o.id, o.provinceId]));
  const wanted = provinces && new Set(provinces);
  return perSource.flatMap(({ source, byUnit }) =>
    [...byUnit].filter(([receiverId]) => !wanted || wanted.has(provinceOfReceiver.get(receiverId) ?? "")).map(([receiverId, amount]): Fact => ({
      provinceId: provinceOfReceiver.get(receiverId) ?? null, implementerId: receiverId, kind: null, contentId: null, projectId: null, status: null,
      source, path: "records", month: null, measures: { allocated: amount }, outputs: {},
    })),
  );
}

/**
 * Signed main contracts and task assignments (programme money; support contracts pass it on) of the
 * year's đề án, signed by the cut-off, summed per line key and month of signature (a contract
 * signed before the year is on January), per đề án only when a dimension needs it (decision 071).
 */
async function contractFacts(tx: Tx, year: number, cutOff: CalendarDay, sources: Map<string, TrackCode>, grain: FactGrain): Promise<Fact[]> {
  const project = grain.perProject ? Prisma.sql`p.id AS "projectId", p.status` : Prisma.sql`NULL::uuid AS "projectId", NULL::"ProjectStatus" AS status`;
  const rows = await tx.$queryRaw<(ProjectCols & { value: bigint; month: number; sourceId: string })[]>`
    SELECT SUM(c.value)::bigint AS value, CASE WHEN EXTRACT(YEAR FROM c."signedOn") = ${year} THEN EXTRACT(MONTH FROM c."signedOn")::int ELSE 1 END AS month,
      p."fundingSourceId" AS "sourceId", p."provinceId", p."implementerId", p.kind, ${grain.content ? MAIN_CONTENT : Prisma.sql`NULL::uuid`} AS "contentId", ${project}
    FROM "Contract" c JOIN "Project" p ON p.id = c."projectId" ${grain.content ? mainContentJoin(Prisma.sql`p.id`) : Prisma.empty}
    WHERE c.kind IN ('CONTRACT', 'TASK_ASSIGNMENT') AND c.status <> 'DRAFT' AND c."signedOn" <= ${iso(cutOff)}::date AND p."planYear" = ${year} ${inProvinces(Prisma.sql`p."provinceId"`, grain.provinces)}
    GROUP BY 2, 3, 4, 5, 6, 7, 8, 9`;
  return rows.flatMap((r): Fact[] => {
    const source = sources.get(r.sourceId);
    return source ? [{ ...cols(r), source, path: "records", month: r.month, measures: { contracted: r.value }, outputs: {} }] : [];
  });
}

/**
 * Periodic reports (KCĐP): per successor province (the 34), the latest cut-off ≤ the cut-off. A
 * 2025 H1 report sits on an old province and M9 on its successor, so grouping as recorded would add
 * both; keyed on the successor, the latest date wins for the whole family: the successor's own
 * report if it has one at that date, else each old province's report of that date (the two H1 of
 * a merged pair both count). A tie within one province goes to the last submitted.
 */
async function periodicReports(tx: Tx, geography: GeographyData, year: number, cutOff: CalendarDay, kcdpId: string | undefined) {
  if (!kcdpId) return [];
  const rows = await tx.provincialReport.findMany({
    where: { year, fundingSourceId: kcdpId, cutOffDate: { lte: cutOff } },
    select: {
      provinceId: true, period: true, cutOffDate: true, submittedAt: true, planAmount: true, executedAmount: true, projectCount: true,
      modelCount: true, facilityCount: true, machineCount: true, cleanerProductionCount: true, traineeCount: true, boothCount: true, typicalProductCount: true, brandCount: true,
    },
  });
  const bySuccessor = new Map<string, typeof rows>();
  for (const r of rows) {
    const successor = successorOf(geography, r.provinceId);
    bySuccessor.set(successor, [...(bySuccessor.get(successor) ?? []), r]);
  }
  return [...bySuccessor].flatMap(([successor, list]) => {
    const latest = periodAt(list, cutOff)!.cutOffDate.getTime();
    const atLatest = list.filter((r) => r.cutOffDate.getTime() === latest);
    const own = atLatest.filter((r) => r.provinceId === successor);
    const byProvince = new Map<string, typeof rows>();
    for (const r of own.length ? own : atLatest) byProvince.set(r.provinceId, [...(byProvince.get(r.provinceId) ?? []), r]);
    return [...byProvince.values()].map((reports) => ({ ...periodAt(reports, cutOff)!, successor }));
  });
}

const nn = (v: number | null): number | undefined => (v === null ? undefined : v);

type PeriodicReport = Awaited<ReturnType<typeof periodicReports>>[number];

/**
 * The data-path precedence per successor province (an old province and its successor are on one
 * path): KCĐP records of a province on the periodic path are left out, never counted twice, and
 * its periodic reports become facts.
 */
function withPrecedence(geography: GeographyData, year: number, kcdpPlanProvinces: Set<string>, reports: readonly PeriodicReport[], records: Fact[]): { records: Fact[]; periodicFacts: Fact[]; periodic: PeriodicUse[]; onRecords: (f: Pick<Fact, "source" | "provinceId">) => boolean } {
  const planSuccessors = new Set([...kcdpPlanProvinces].map((id) => successorOf(geography, id)));
  const periodicSuccessors = new Set(reports.filter((r) => !planSuccessors.has(r.successor)).map((r) => r.successor));
  const onRecords = (f: Pick<Fact, "source" | "provinceId">) => !(f.source === "KCDP" && f.provinceId !== null && periodicSuccessors.has(successorOf(geography, f.provinceId)));
  const kept = records.filter(onRecords);
  const periodic: PeriodicUse[] = [];
  const periodicFacts: Fact[] = [];
  for (const r of reports) {
    if (!periodicSuccessors.has(r.successor)) continue;
    periodic.push({ provinceId: r.provinceId, period: r.period, cutOffDate: r.cutOffDate });
    const base = { provinceId: r.provinceId, implementerId: null, kind: null, contentId: null, projectId: null, status: null, source: "KCDP" as const, path: "periodic" as const, periodCutOff: asCalendarDay(r.cutOffDate) };
    periodicFacts.push({ ...base, month: null, measures: { planOriginal: r.planAmount, planAdjusted: r.planAmount }, outputs: {} });
    const outputs: Fact["outputs"] = {
      projects: r.projectCount, models: nn(r.modelCount), facilities: nn(r.facilityCount), machines: nn(r.machineCount), cleanerProduction: nn(r.cleanerProductionCount),
      trainees: nn(r.traineeCount), booths: nn(r.boothCount), typicalProducts: nn(r.typicalProductCount), brands: nn(r.brandCount),
    };
    const outputsNotReported = (Object.keys(outputs) as OutputKey[]).filter((k) => outputs[k] === undefined);
    periodicFacts.push({ ...base, month: monthIn(year, r.cutOffDate), measures: { executed: r.executedAmount }, outputs, outputsNotReported });
  }
  return { records: kept, periodicFacts, periodic, onRecords };
}

/**
 * Every fact of `year` at `cutOff`, with the data-path precedence applied (item 3): KCQG always
 * from records; KCĐP from records where the province has an issued provincial KCĐP plan for the
 * year, else from its latest periodic report ≤ the cut-off, else from whatever records exist.
 * Never both for one province, year and source. `provinces` narrows the records read; precedence
 * is still judged on the whole country's plans and reports. `content: false` leaves every fact's
 * contentId null (a report neither by content nor filtered on it reads none; decision 069).
 * `outputs: false` reads no output counts and outcomes (last year's: a line adds none of them).
 */
export async function loadYearFacts(tx: Tx, geography: GeographyData, year: number, cutOff: CalendarDay, opts: { perProject: boolean; outsidePlan?: boolean; provinces?: ProvinceNarrowing; content?: boolean; outputs?: boolean }): Promise<YearFacts> {
  const grain: FactGrain = { perProject: opts.perProject, provinces: opts.provinces ?? null, content: opts.content ?? true };
  const withOutputs = opts.outputs ?? true;
  const sources = await sourceIds(tx);
  const kcdpId = [...sources].find(([, c]) => c === "KCDP")?.[0];
  const [{ facts: plan, kcdpPlanProvinces, accepted }, allocations, contracts, ledger, outside, reports] = await Promise.all([
    planFacts(tx, year, cutOff, sources, grain, withOutputs),
    allocationFacts(tx, year, cutOff, sources, grain.provinces),
    contractFacts(tx, year, cutOff, sources, grain),
    ledgerRows(tx, year, cutOff, grain.perProject, grain.provinces, grain.content),
    opts.outsidePlan ? outsidePlanRows(tx, year, cutOff, grain.perProject, grain.provinces, grain.content) : [],
    periodicReports(tx, geography, year, cutOff, kcdpId),
  ]);
  const all = [...plan, ...allocations, ...contracts, ...ledgerFacts(ledger, sources), ...outsidePlanFacts(outside, sources)];
  const { records, periodicFacts, periodic, onRecords } = withPrecedence(geography, year, kcdpPlanProvinces, reports, all);
  // Outputs and outcomes of the accepted đề án of the plan (after precedence: same provinces as the money).
  if (withOutputs) records.push(...(await outputFacts(tx, year, cutOff, accepted.filter(onRecords))));
  if (grain.perProject) {
    // The status dimension and filter read the status at the cut-off, never today's (decision 030).
    const ids = [...new Set(records.flatMap((f) => (f.projectId && f.status ? [f.projectId] : [])))];
    const at = await statusesAt(tx, ids, cutOff);
    for (const f of records) if (f.projectId && f.status) f.status = at.get(f.projectId) ?? f.status;
  }
  return { facts: [...records, ...periodicFacts], periodic };
}

/**
 * Only the executed facts of the whole country, with the same precedence (decision 064): the
 * denominator of "share of national" for a report whose records are narrowed to some provinces.
 * Reads the aggregate, the plans in force (not their items) and the periodic reports.
 */
export async function loadNationalExecutedFacts(tx: Tx, geography: GeographyData, year: number, cutOff: CalendarDay): Promise<Fact[]> {
  const sources = await sourceIds(tx);
  const kcdpId = [...sources].find(([, c]) => c === "KCDP")?.[0];
  const [{ kcdpPlanProvinces }, ledger, reports] = await Promise.all([
    plansInForce(tx, year, cutOff, sources),
    ledgerRows(tx, year, cutOff, false, null, false, true),
    periodicReports(tx, geography, year, cutOff, kcdpId),
  ]);
  const { records, periodicFacts } = withPrecedence(geography, year, kcdpPlanProvinces, reports, ledgerFacts(ledger, sources));
  return [...records, ...periodicFacts];
}
