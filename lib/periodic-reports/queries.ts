import "server-only";
// Reading periodic reports. Every reader is scoped by provincialReportScopeWhere (a province's SCT
// sees its province, in every era; national roles all). The red-flag list reads its own scoped
// facts (lib/red-flags/facts.ts periodicReportFacts) and runs findFallingCumulative over them.
import type { Actor } from "../auth/actor";
import { provinceScopeOf } from "../admin-units/scope";
import { provincesInScope } from "../admin-units/load";
import { provincialReportScopeWhere } from "../auth/policy";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { ForbiddenError } from "../errors";
import { findFallingCumulative, type FallingFinding } from "./falling";
import { REPORT_POINT_SELECT } from "./describe";
import { canReadPeriodicReports, canSubmitPeriodicReports } from "./policy";
import { periodCutOff, type SubmittablePeriod } from "./periods";
import type { PeriodicListFilter } from "./schemas";
import { supersededNotes } from "./superseded";
import type { MessageRef } from "../i18n/messages";
import type { TemplateInput } from "./xlsx/template";

const LIST_SELECT = {
  ...REPORT_POINT_SELECT,
  channel: true,
  note: true,
  submittedAt: true,
  province: { select: { id: true, code: true, name: true } },
  fundingSource: { select: { code: true } },
  submittedBy: { select: { name: true } },
} as const satisfies Prisma.ProvincialReportSelect;

export type PeriodicReportListRow = Prisma.ProvincialReportGetPayload<{ select: typeof LIST_SELECT }> & {
  falling: FallingFinding[];
  /** Stored but not read by the leadership reports (they use the detailed records): why, else null. */
  superseded: MessageRef | null;
};

/** Flags need the neighbouring periods, so the period and flag filters are applied after computing them. */
export async function listPeriodicReports(actor: Actor, filter: PeriodicListFilter = {}): Promise<PeriodicReportListRow[]> {
  if (!canReadPeriodicReports(actor)) throw new ForbiddenError("errors.periodicReports.forbidden");
  const where: Prisma.ProvincialReportWhereInput = {
    AND: [
      provincialReportScopeWhere(actor),
      filter.year ? { year: filter.year } : {},
      filter.provinceId ? { provinceId: filter.provinceId } : {},
      filter.source ? { fundingSource: { code: filter.source } } : {},
    ],
  };
  const rows = await db().provincialReport.findMany({ where, select: LIST_SELECT, orderBy: [{ year: "desc" }, { province: { code: "asc" } }, { cutOffDate: "asc" }, { fundingSource: { sortOrder: "asc" } }] });
  const flags = findFallingCumulative(rows);
  const shown = rows
    .map((r) => ({ ...r, falling: flags.get(r.id) ?? [] }))
    .filter((r) => (!filter.period || r.period === filter.period) && (!filter.flagged || r.falling.length > 0));
  const notes = await supersededNotes(db(), shown.map((r) => ({ provinceId: r.provinceId, year: r.year, source: r.fundingSource.code, cutOffDate: r.cutOffDate })));
  return shown.map((r, i) => ({ ...r, superseded: notes[i] ?? null }));
}

/** Provinces the actor may report for at the period's cut-off (the 63 or the 34, by date). */
export async function reportableProvinces(actor: Actor, year: number, period: SubmittablePeriod): Promise<{ id: string; code: string; name: string }[]> {
  return provincesInScope(actor, periodCutOff(year, period));
}

/** Provinces of any era that the list filter offers (a scoped SCT's own, all for national roles). */
export async function listFilterProvinces(actor: Actor): Promise<{ id: string; code: string; name: string }[]> {
  const scope = provinceScopeOf(actor);
  return db().province.findMany({ where: scope.all ? {} : { id: { in: [...scope.provinceIds] } }, select: { id: true, code: true, name: true }, orderBy: [{ code: "asc" }, { validFrom: "asc" }] });
}

/** What the template route writes: the actor's provinces in force at the cut-off. */
export async function loadTemplate(actor: Actor, year: number, period: SubmittablePeriod): Promise<TemplateInput> {
  if (!canSubmitPeriodicReports(actor)) throw new ForbiddenError("errors.periodicReports.forbidden");
  return { year, period, cutOff: periodCutOff(year, period), provinces: await reportableProvinces(actor, year, period) };
}
