import "server-only";
// buildReport: the one reporting core (issue #9, docs/decisions/030). Loads the facts of the year
// and of the same cut-off a year earlier (facts.ts), scopes them to the actor (policy.ts), applies
// the filter, groups them by the asked dimension on the asked geography basis (dimensions.ts) and
// adds them up; the total is the sum of the lines, so drilling down always adds up.
import { loadGeography } from "../admin-units/load";
import type { Actor } from "../auth/actor";
import { readDb, type Db, type Tx } from "../db/client";
import { inOneSnapshot } from "../db/snapshot";
import { NotFoundError } from "../errors";
import { asCalendarDay, monthOf } from "../calendar";
import { renderMessage } from "../i18n/messages";
import { dimensionContext, type DimensionContext } from "./dimensions";
import { loadNationalExecutedFacts, loadYearFacts, type Fact, type PeriodicUse } from "./facts";
import { narrowingOf } from "./narrowing";
import { addFact, emptyAccumulator, executedOf, finishLine, markRecordsComplete, mergeAccumulator, type LineAccumulator } from "./lines";
import { reportNotes } from "./notes";
import { sameDayLastYear } from "./period";
import { implementerInReportScope, inReportScope, needsContext, reportScopeOf, requireReportReader } from "./policy";
import type { PeriodUsed, Report, ReportLine, ReportQuery } from "./types";

type Grouped = { order: string[]; lines: Map<string, { acc: LineAccumulator; meta: Pick<ReportLine, "key" | "label" | "href" | "straddling"> }> };

function group(ctx: DimensionContext, current: Fact[], lastYear: Fact[]): Grouped {
  const out: Grouped = { order: [], lines: new Map() };
  const lineOf = (fact: Fact) => {
    const meta = ctx.lineOf(fact);
    let line = out.lines.get(meta.key);
    if (!line) {
      line = { acc: emptyAccumulator(), meta };
      out.lines.set(meta.key, line);
      out.order.push(meta.key);
    }
    return line;
  };
  for (const f of current) addFact(lineOf(f).acc, f, "current");
  for (const f of lastYear) addFact(lineOf(f).acc, f, "lastYear");
  return out;
}

/**
 * The month dimension shows every month to the cut-off's: where records exist, a month without a
 * payment is 0 (the ledger is complete), never an empty row; periodic cumulatives are their own line.
 */
function fillMonths(grouped: Grouped, cutOffMonth: number, current: Fact[], lastYear: Fact[]): void {
  const hasRecords = { current: current.some((f) => f.path === "records"), lastYear: lastYear.some((f) => f.path === "records") };
  for (let month = 1; month <= cutOffMonth; month++) {
    const key = String(month).padStart(2, "0");
    if (!grouped.lines.has(key) && (hasRecords.current || hasRecords.lastYear)) {
      grouped.lines.set(key, { acc: emptyAccumulator(), meta: { key, label: renderMessage("vi", "reports.lines.month", { month }), href: null, straddling: null } });
      grouped.order.push(key);
    }
    const line = grouped.lines.get(key);
    if (!line) continue;
    if (hasRecords.current) markRecordsComplete(line.acc, "current");
    if (hasRecords.lastYear) markRecordsComplete(line.acc, "lastYear");
  }
}

function totalOf(facts: Fact[], lastYear: Fact[]): LineAccumulator {
  const acc = emptyAccumulator();
  facts.forEach((f) => addFact(acc, f, "current"));
  lastYear.forEach((f) => addFact(acc, f, "lastYear"));
  return acc;
}

/**
 * The refusals of buildReport that need no figures: not a report reader (ForbiddenError), or a
 * province or implementer filter outside the scope (NotFoundError). Cheap, so a page can settle
 * them before it streams the report (a refusal after the first byte can no longer be a 404).
 */
export async function requireReportAccess(actor: Actor, query: ReportQuery, client: Db | Tx = readDb()): Promise<void> {
  requireReportReader(actor);
  const scope = reportScopeOf(actor);
  if (query.filter.provinceId && !inReportScope(scope, query.filter.provinceId)) throw new NotFoundError("record");
  if (query.filter.implementerId && !scope.all) {
    const org = await client.organisation.findUnique({ where: { id: query.filter.implementerId }, select: { provinceId: true } });
    if (!org || !implementerInReportScope(scope, org)) throw new NotFoundError("record");
  }
}

/**
 * The report of `query` as `actor` may read it. Scope: policy.ts; a province filter outside the
 * scope, or an implementer filter naming another province's organisation, is NotFoundError. Every figure is read in one REPEATABLE READ snapshot (on two connections, lib/db/snapshot.ts), so the aggregate,
 * the partial month, the plan and the periodic reports are of one instant: `asOf`.
 */
export async function buildReport(actor: Actor, query: ReportQuery, client: Db | Tx = readDb()): Promise<Report> {
  await requireReportAccess(actor, query, client);
  if (!("$transaction" in client)) return readReport(client, client, actor, query);
  // Last year's facts and the nation's executed on a second connection of the same snapshot (decision 073).
  return inOneSnapshot(client as Db, 1, (main, [peer]) => readReport(main, peer!, actor, query));
}

async function readReport(client: Tx, peer: Tx, actor: Actor, query: ReportQuery): Promise<Report> {
  const scope = reportScopeOf(actor);
  const [{ now: asOf }] = await client.$queryRaw<[{ now: Date }]>`SELECT now() AS now`;
  const lastCutOff = sameDayLastYear(query.cutOff);
  const perProject = query.by === "project" || query.by === "status" || query.filter.status !== undefined;
  // Only the content dimension and filter read a fact's main content (decision 069).
  const content = query.by === "content" || query.filter.contentCode !== undefined;
  const geography = await loadGeography(client);
  // A national reader's report on one place reads that place's records, and only the nation's
  // executed total for the share of national (decision 064). A scoped reader's context lines
  // need every national measure, so it reads the nation.
  const provinces = needsContext(actor) ? null : narrowingOf(geography, query.filter);
  const [cur, last, nationalFacts] = await Promise.all([
    loadYearFacts(client, geography, query.year, query.cutOff, { perProject, outsidePlan: true, provinces, content }),
    // Last year's outputs and outcomes are never shown (addFact adds them for the current year only),
    // and each output fact lies on its plan fact's line, already on the records path (decision 069).
    loadYearFacts(peer, geography, query.year - 1, lastCutOff, { perProject, provinces, content, outputs: false }),
    provinces ? loadNationalExecutedFacts(peer, geography, query.year, query.cutOff) : null,
  ]);
  const ctx = await dimensionContext(client, geography, query, [cur.facts, last.facts], !scope.all);
  const ofSource = (facts: Fact[]) => (query.source === "ALL" ? facts : facts.filter((f) => f.source === query.source));
  const allCurrent = ofSource(cur.facts);
  const allLast = ofSource(last.facts);
  const visible = (f: Fact) => inReportScope(scope, f.provinceId) && ctx.matches(f);
  const current = allCurrent.filter(visible);
  const lastYear = allLast.filter(visible);

  // Only the national context line needs the whole national accumulator; share of national needs only its executed (decision 069).
  const nationalAcc = needsContext(actor) ? totalOf(allCurrent, allLast) : null;
  const nationalExecuted = nationalFacts ? executedOf(ofSource(nationalFacts)) : nationalAcc ? nationalAcc.current.executed : executedOf(allCurrent);

  const grouped = group(ctx, current, lastYear);
  if (query.by === "month") fillMonths(grouped, monthOf(query.cutOff), current, lastYear);
  const lines = ctx.sort(grouped.order.map((k) => grouped.lines.get(k)!)).map(({ acc, meta }) => finishLine(acc, meta, nationalExecuted));
  const totalAcc = emptyAccumulator();
  for (const { acc } of grouped.lines.values()) mergeAccumulator(totalAcc, acc);
  const total = finishLine(totalAcc, { key: "total", label: ctx.totalLabel, href: null, straddling: null }, nationalExecuted);

  let context: Report["context"] = null;
  if (needsContext(actor)) {
    // Totals only, without the query's filters: no filter can narrow a context total to another province.
    const national = finishLine(nationalAcc!, { key: "national", label: ctx.nationalLabel, href: null, straddling: null }, nationalExecuted);
    const zone = ctx.actorZone(scope);
    let zoneLine: ReportLine | null = null;
    if (zone) {
      const inZone = (f: Fact) => zone.matches(f);
      zoneLine = finishLine(totalOf(allCurrent.filter(inZone), allLast.filter(inZone)), { key: `zone:${zone.key}`, label: zone.label, href: null, straddling: null }, nationalExecuted);
    }
    context = { zone: zoneLine, national };
  }

  const used = (periodic: PeriodicUse[], shown: Fact[], year: number): PeriodUsed[] => {
    const provinces = new Set(shown.map((f) => f.provinceId));
    return periodic
      .filter((p) => provinces.has(p.provinceId) && query.source !== "KCQG")
      .map((p) => ({ provinceId: p.provinceId, source: "KCDP" as const, period: p.period, cutOffDate: asCalendarDay(p.cutOffDate), year }));
  };
  const periodsUsed = [...used(cur.periodic, current, query.year), ...used(last.periodic, lastYear, query.year - 1)];
  const notes = reportNotes({ query, total, lines, periodsUsed, geography, lastCutOff, facts: current, asOf });
  return { query, asOf, lines, total, context, periodsUsed, notes };
}
