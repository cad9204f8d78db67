import "server-only";
// Norms in force for a plan year and funding source. KCĐP uses the province's own norms (HĐND
// resolutions); where a province has none recorded, the national norms are shown as a reference
// and only warn (docs/decisions/008-registration-rules.md).
import { calendarDay, validAtWhere, type CalendarDay } from "../calendar";
import { db } from "../db/client";
import type { Tx } from "../db/client";
import type { Norm } from "./evaluate";

export type ApplicableNorm = Norm & { contentCategoryId: string | null; reference: boolean; validFrom: Date };

const normSelect = {
  id: true,
  code: true,
  costItem: true,
  maxRateBp: true,
  capAmount: true,
  capUnit: true,
  priorityMultiplierBp: true,
  cumulativePerFacility: true,
  severity: true,
  legalBasis: true,
  contentCategoryId: true,
  validFrom: true,
  provinceId: true,
} as const;

/** The date whose rules apply to a plan year: 1 January of that year. */
export function ruleDate(planYear: number): CalendarDay {
  return calendarDay(planYear, 1, 1);
}

/** Latest version per code among rows already filtered to those in force. */
function latestPerCode<T extends { code: string; validFrom: Date }>(rows: T[]): T[] {
  const byCode = new Map<string, T>();
  for (const r of rows) {
    const seen = byCode.get(r.code);
    if (!seen || seen.validFrom < r.validFrom) byCode.set(r.code, r);
  }
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}

export async function applicableNorms(planYear: number, source: "KCQG" | "KCDP", provinceIds: readonly string[], tx: Tx = db()): Promise<ApplicableNorm[]> {
  const date = ruleDate(planYear);
  const national = async (reference: boolean) =>
    (await tx.supportNorm.findMany({ where: { AND: [validAtWhere(date), { provinceId: null, fundingSource: { code: "KCQG" } }] }, select: normSelect })).map((n) => ({
      ...n,
      reference,
      severity: reference ? ("SOFT" as const) : n.severity,
    }));
  if (source === "KCQG") return latestPerCode(await national(false));
  const local = await tx.supportNorm.findMany({
    where: { AND: [validAtWhere(date), { provinceId: { in: [...provinceIds] }, fundingSource: { code: "KCDP" } }] },
    select: normSelect,
  });
  if (local.length) return latestPerCode(local.map((n) => ({ ...n, reference: false })));
  return latestPerCode(await national(true));
}

export type NormRow = {
  id: string; code: string; source: string; province: string | null; content: string | null; costItem: string; maxRateBp: number | null; capAmount: bigint | null;
  capUnit: string | null; priorityMultiplierBp: number; cumulativePerFacility: boolean; severity: string; status: string; legalBasis: string; validFrom: Date; validTo: Date | null;
};

/** Every version of every norm (reference data, readable by all signed-in users). */
export async function listNorms(): Promise<NormRow[]> {
  const rows = await db().supportNorm.findMany({
    orderBy: [{ fundingSource: { sortOrder: "asc" } }, { code: "asc" }, { validFrom: "desc" }],
    select: {
      id: true, code: true, costItem: true, maxRateBp: true, capAmount: true, capUnit: true, priorityMultiplierBp: true, cumulativePerFacility: true, severity: true, status: true, legalBasis: true, validFrom: true, validTo: true,
      fundingSource: { select: { code: true } }, province: { select: { name: true } }, contentCategory: { select: { code: true } },
    },
  });
  return rows.map((r) => ({ ...r, source: r.fundingSource.code, province: r.province?.name ?? null, content: r.contentCategory?.code ?? null }));
}
