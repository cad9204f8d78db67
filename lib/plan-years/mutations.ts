import "server-only";
// Plan-year changes. The Cục may extend a year's registration deadline (TT 36/2013 Điều 10.2.b);
// the extension is audited with its reason.
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { parseCalendarDate } from "../calendar";
import { DomainError, ForbiddenError, message } from "../errors";
import { recordAudit } from "../audit/record";
import { canExtendDeadline } from "./policy";
import { DeadlineExtensionInputSchema } from "./schemas";

/** Only the Cục extends a plan year's registration deadline. */
export async function extendRegistrationDeadline(actor: Actor, raw: unknown) {
  const input = DeadlineExtensionInputSchema.parse(raw);
  if (!canExtendDeadline(actor)) throw new ForbiddenError("errors.planYears.extendByCucOnly");
  const until = parseCalendarDate(input.until);
  return db().$transaction(async (tx) => {
    const year = await tx.planYear.findUnique({ where: { year: input.year }, select: { registrationDeadline: true } });
    if (!year) throw new DomainError("VALIDATION", "errors.planYears.unknownYear", { year: String(input.year) });
    if (until <= year.registrationDeadline) throw new DomainError("VALIDATION", "errors.planYears.extensionNotLater", {}, { until: message("errors.planYears.extensionNotLaterField") });
    await tx.planYear.update({ where: { year: input.year }, data: { registrationExtendedTo: until } });
    await recordAudit(tx, actor, { action: "planYear.extendRegistration", entityType: "PlanYear", entityId: String(input.year), data: { until: input.until, reason: input.reason } });
    return { year: input.year, until };
  });
}
