import "server-only";
// Plan-year changes. The Cục may extend an open year's registration deadline (TT 36/2013 Điều
// 10.2.b); an admin opens the next plan year with the default deadlines. Both are audited.
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { lockAdvisory } from "../db/locks";
import { calendarDay, currentPlanYear, formatIsoDay, parseCalendarDate } from "../calendar";
import { DomainError, ForbiddenError, message } from "../errors";
import { recordAudit } from "../audit/record";
import { canAddPlanYear, canExtendDeadline, isPlanYearOpen } from "./policy";
import { DeadlineExtensionInputSchema } from "./schemas";

/** Only the Cục extends a plan year's registration deadline. */
export async function extendRegistrationDeadline(actor: Actor, raw: unknown) {
  const input = DeadlineExtensionInputSchema.parse(raw);
  if (!canExtendDeadline(actor)) throw new ForbiddenError("errors.planYears.extendByCucOnly");
  const until = parseCalendarDate(input.until);
  return db().$transaction(async (tx) => {
    const year = await tx.planYear.findUnique({ where: { year: input.year }, select: { registrationDeadline: true } });
    if (!year) throw new DomainError("VALIDATION", "errors.planYears.unknownYear", { year: String(input.year) });
    const issued = await tx.annualPlan.count({ where: { planYear: input.year, level: "NATIONAL", status: "ISSUED" } });
    if (!isPlanYearOpen(input.year, currentPlanYear(), issued > 0)) throw new DomainError("VALIDATION", "errors.planYears.yearClosed", { year: String(input.year) });
    if (until <= year.registrationDeadline) throw new DomainError("VALIDATION", "errors.planYears.extensionNotLater", {}, { until: message("errors.planYears.extensionNotLaterField") });
    await tx.planYear.update({ where: { year: input.year }, data: { registrationExtendedTo: until } });
    await recordAudit(tx, actor, { action: "planYear.extendRegistration", entityType: "PlanYear", entityId: String(input.year), data: { until: input.until, reason: input.reason } });
    return { year: input.year, until };
  });
}

/** Default deadlines of plan year N: dossiers to the SCT by 20/5 and registration by 15/6 of N−1 (TT 36/2013 Điều 10). */
export function defaultDeadlines(year: number) {
  return { sctSubmissionDeadline: calendarDay(year - 1, 5, 20), registrationDeadline: calendarDay(year - 1, 6, 15) };
}

/**
 * An admin opens the year after the last one recorded (never a gap, never twice), with the
 * default deadlines and the content catalogue in force on 1 January of that year.
 */
export async function addNextPlanYear(actor: Actor) {
  if (!canAddPlanYear(actor)) throw new ForbiddenError("errors.planYears.addByAdminOnly");
  return db().$transaction(async (tx) => {
    // One admin at a time: two clicks must not both compute the same "next" year.
    await lockAdvisory(tx, { kind: "plan-year-add" });
    const last = await tx.planYear.findFirst({ orderBy: { year: "desc" }, select: { year: true } });
    if (!last) throw new DomainError("VALIDATION", "errors.planYears.noYears");
    const year = last.year + 1;
    const firstDay = calendarDay(year, 1, 1);
    const catalogue = await tx.contentCatalogVersion.findFirst({
      where: { validFrom: { lte: firstDay }, OR: [{ validTo: null }, { validTo: { gte: firstDay } }] },
      orderBy: { validFrom: "desc" },
      select: { id: true, name: true },
    });
    if (!catalogue) throw new DomainError("VALIDATION", "errors.planYears.noCatalogue", { year: String(year) });
    const deadlines = defaultDeadlines(year);
    await tx.planYear.create({ data: { year, ...deadlines, contentCatalogVersionId: catalogue.id } });
    await recordAudit(tx, actor, { action: "planYear.add", entityType: "PlanYear", entityId: String(year), data: { sctSubmissionDeadline: formatIsoDay(deadlines.sctSubmissionDeadline), registrationDeadline: formatIsoDay(deadlines.registrationDeadline), catalogue: catalogue.name } });
    return { year };
  });
}
