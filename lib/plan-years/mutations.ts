import "server-only";
// Plan-year changes. The Cục may extend a year's registration deadline (TT 36/2013 Điều 10.2.b);
// the extension is audited with its reason.
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { DomainError, ForbiddenError } from "../errors";
import { recordAudit } from "../audit/record";
import { canExtendDeadline } from "./policy";
import { DeadlineExtensionInputSchema } from "./schemas";

/** Only the Cục extends a plan year's registration deadline. */
export async function extendRegistrationDeadline(actor: Actor, raw: unknown) {
  const input = DeadlineExtensionInputSchema.parse(raw);
  if (!canExtendDeadline(actor)) throw new ForbiddenError("Chỉ Cục được gia hạn đăng ký kế hoạch.");
  const until = new Date(`${input.until}T00:00:00Z`);
  return db().$transaction(async (tx) => {
    const year = await tx.planYear.findUnique({ where: { year: input.year }, select: { registrationDeadline: true } });
    if (!year) throw new DomainError("VALIDATION", `Năm kế hoạch ${input.year} không tồn tại.`);
    if (until <= year.registrationDeadline) throw new DomainError("VALIDATION", "Ngày gia hạn phải sau hạn đăng ký hiện tại.", { until: "Phải sau hạn hiện tại." });
    await tx.planYear.update({ where: { year: input.year }, data: { registrationExtendedTo: until } });
    await recordAudit(tx, actor, { action: "planYear.extendRegistration", entityType: "PlanYear", entityId: String(input.year), data: { until: input.until, reason: input.reason } });
    return { year: input.year, until };
  });
}
