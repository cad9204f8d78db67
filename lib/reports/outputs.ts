import "server-only";
// Output counts and outcome indicators of a year's đề án (docs/decisions/030): for each đề án of
// the plan in force that is accepted (nghiệm thu) by the cut-off, its budget lines classified by
// output-rules.ts, its beneficiaries (facilities supported) and the outcome indicators recorded at
// acceptance (OutcomeRecord AT_ACCEPTANCE), before → after over the beneficiaries that reported both.
import { asCalendarDay, formatIsoDay, type CalendarDay } from "../calendar";
import { Prisma } from "../db/generated/client";
import type { Tx } from "../db/client";
import type { Fact } from "./facts";
import type { ProjectCols } from "./ledger-rows";
import { monthIn } from "./period";
import { outputsOfLines } from "./output-rules";
import type { Outcome, OutcomeKey, OutputKey, TrackCode } from "./types";

const iso = (d: Date) => formatIsoDay(asCalendarDay(d));

const INDICATORS: Record<OutcomeKey, string> = {
  productionValue: "productionValue", revenue: "revenue", jobs: "jobs", averageIncome: "averageIncome", products: "products", machinery: "machinery",
};

type OutcomeRow = Record<`${string}Before` | `${string}After`, bigint | number | null> & { projectId: string };

/** Adds one beneficiary's indicator to an outcome: counted only when both values are reported. */
export function addOutcome(o: Outcome, before: bigint | number | null, after: bigint | number | null): Outcome {
  if (before === null || after === null) return { ...o, notReported: o.notReported + 1 };
  return { before: (o.before ?? 0n) + BigInt(before), after: (o.after ?? 0n) + BigInt(after), reported: o.reported + 1, notReported: o.notReported };
}

const emptyOutcome = (): Outcome => ({ before: null, after: null, reported: 0, notReported: 0 });

/** An accepted đề án of the plan in force, with its plan item's dimensions (facts.ts planFacts). */
export type AcceptedProject = ProjectCols & { projectId: string; source: TrackCode; acceptedOn: Date };

/**
 * The đề án of `items` (plan items of the versions in force: FROM … WHERE …, aliases i, p) accepted
 * by the cut-off, one row each with its last acceptance day and its item's dimensions.
 */
export async function acceptedProjects(tx: Tx, items: Prisma.Sql, province: Prisma.Sql, content: Prisma.Sql, cutOff: CalendarDay): Promise<(Omit<AcceptedProject, "source"> & { planVersionId: string })[]> {
  return tx.$queryRaw`
    SELECT x.* FROM (
      SELECT DISTINCT ON (p.id) i."planVersionId", ${province} AS "provinceId", i."implementerId", p.kind, ${content} AS "contentId", p.id AS "projectId", p.status,
        (SELECT MAX(a."acceptedOn") FROM "Acceptance" a WHERE a."projectId" = p.id AND a."acceptedOn" <= ${iso(cutOff)}::date) AS "acceptedOn"
      ${items} AND p.id IS NOT NULL
    ) x WHERE x."acceptedOn" IS NOT NULL`;
}

/** One fact per accepted đề án, with its outputs and outcomes, on its plan item's line. */
export async function outputFacts(tx: Tx, year: number, cutOff: CalendarDay, accepted: readonly AcceptedProject[]): Promise<Fact[]> {
  if (!accepted.length) return [];
  const acceptedIds = accepted.map((a) => a.projectId);
  const [lines, beneficiaries, outcomes] = await Promise.all([
    tx.$queryRaw<{ projectId: string; code: string | null; unit: string; quantity: number }[]>`
      SELECT l."projectId", COALESCE(root.code, cc.code) AS code, l.unit, l.quantity
      FROM "ProjectBudgetLine" l LEFT JOIN "ContentCategory" cc ON cc.id = l."contentCategoryId" LEFT JOIN "ContentCategory" root ON root.id = cc."continuesId"
      WHERE l."projectId" = ANY(${acceptedIds}::uuid[])`,
    tx.$queryRaw<{ projectId: string; count: number }[]>`SELECT "projectId", COUNT(*)::int AS count FROM "ProjectBeneficiary" WHERE "projectId" = ANY(${acceptedIds}::uuid[]) GROUP BY 1`,
    tx.$queryRaw<OutcomeRow[]>`
      SELECT "projectId", "productionValueBefore", "productionValueAfter", "revenueBefore", "revenueAfter", "jobsBefore", "jobsAfter",
        "averageIncomeBefore", "averageIncomeAfter", "productsBefore", "productsAfter", "machineryBefore", "machineryAfter"
      FROM "OutcomeRecord" WHERE timing = 'AT_ACCEPTANCE' AND "recordedOn" <= ${iso(cutOff)}::date AND "projectId" = ANY(${acceptedIds}::uuid[])`,
  ]);
  const linesOf = new Map<string, { contentCode: string | null; unit: string; quantity: number }[]>();
  for (const l of lines) {
    let list = linesOf.get(l.projectId);
    if (!list) linesOf.set(l.projectId, (list = []));
    list.push({ contentCode: l.code, unit: l.unit, quantity: l.quantity });
  }
  const facilities = new Map(beneficiaries.map((b) => [b.projectId, b.count]));
  const outcomesOf = new Map<string, Partial<Record<OutcomeKey, Outcome>>>();
  for (const row of outcomes) {
    const acc = outcomesOf.get(row.projectId) ?? {};
    for (const key of Object.keys(INDICATORS) as OutcomeKey[]) acc[key] = addOutcome(acc[key] ?? emptyOutcome(), row[`${key}Before`] ?? null, row[`${key}After`] ?? null);
    outcomesOf.set(row.projectId, acc);
  }
  return accepted.map((a) => {
    const counts = outputsOfLines(linesOf.get(a.projectId) ?? []);
    const outputs: Fact["outputs"] = { facilities: facilities.get(a.projectId) ?? 0 };
    const unknown: OutputKey[] = [];
    for (const [k, v] of Object.entries(counts) as [OutputKey, number | null][]) {
      if (v === null) unknown.push(k);
      else outputs[k] = v;
    }
    return {
      provinceId: a.provinceId, implementerId: a.implementerId, kind: a.kind, contentId: a.contentId, projectId: a.projectId, status: a.status, source: a.source,
      path: "records" as const, month: monthIn(year, a.acceptedOn),
      measures: {}, outputs, outputsUnknown: unknown, outcomes: outcomesOf.get(a.projectId) ?? {},
    };
  });
}
