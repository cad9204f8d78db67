import "server-only";
// A new dated version of a support norm. The version it replaces stays, closed the day before
// the new one takes effect, so đề án of earlier plan years keep being checked against their rule.
import type { Actor } from "../auth/actor";
import { parseCalendarDate } from "../calendar";
import { db } from "../db/client";
import { DomainError, ForbiddenError, message, zodFields } from "../errors";
import { recordAudit } from "../audit/record";
import { parseMoneyField } from "../money";
import { canAddNormVersion } from "./policy";
import { NormVersionInputSchema } from "./schemas";

/** "50" or "1,5" percent → basis points, exactly. */
function percentToBp(text: string): number | null {
  if (!text) return null;
  if (!/^\d{1,3}(,\d{1,2})?$/.test(text)) throw new DomainError("VALIDATION", "errors.norms.rateFormat", {}, { maxRatePercent: message("errors.norms.rateFormatField") });
  const [whole = "0", frac = ""] = text.split(",");
  const bp = Number(whole) * 100 + Number(frac.padEnd(2, "0"));
  if (bp > 10_000) throw new DomainError("VALIDATION", "errors.norms.rateOver100", {}, { maxRatePercent: message("errors.norms.rateOver100Field") });
  return bp;
}

export async function addNormVersion(actor: Actor, raw: unknown) {
  if (!canAddNormVersion(actor)) throw new ForbiddenError("errors.norms.adminOnly");
  const parsed = NormVersionInputSchema.safeParse(raw);
  if (!parsed.success) throw new DomainError("VALIDATION", "errors.norms.invalid", {}, zodFields(parsed.error.issues));
  const input = parsed.data;
  const maxRateBp = percentToBp(input.maxRatePercent);
  const capAmount = input.capTrieu ? parseMoneyField(input.capTrieu, "capTrieu", "trieu") : null;
  if (maxRateBp === null && capAmount === null) throw new DomainError("VALIDATION", "errors.norms.rateOrCapRequired", {}, { maxRatePercent: message("errors.norms.rateOrCapRequiredField") });
  if (capAmount !== null && !input.capUnit) throw new DomainError("VALIDATION", "errors.norms.capUnitRequired", {}, { capUnit: message("errors.norms.capUnitRequiredField") });
  if (input.fundingSource === "KCDP" && !input.provinceId) throw new DomainError("VALIDATION", "errors.norms.provinceRequired", {}, { provinceId: message("errors.norms.provinceRequiredField") });
  const validFrom = parseCalendarDate(input.validFrom);
  const priorityMultiplierBp = input.priorityMultiplier ? (percentToBp(input.priorityMultiplier) ?? 100) * 100 : 10_000;
  return db().$transaction(async (tx) => {
    const source = await tx.fundingSource.findUniqueOrThrow({ where: { code: input.fundingSource }, select: { id: true } });
    const scope = { code: input.code, fundingSourceId: source.id, provinceId: input.provinceId };
    const later = await tx.supportNorm.findFirst({ where: { ...scope, validFrom: { gte: validFrom } }, select: { validFrom: true } });
    if (later) throw new DomainError("VALIDATION", "errors.norms.laterVersionExists", {}, { validFrom: message("errors.norms.laterVersionExistsField") });
    await tx.supportNorm.updateMany({ where: { ...scope, validFrom: { lt: validFrom }, OR: [{ validTo: null }, { validTo: { gt: validFrom } }] }, data: { validTo: validFrom } });
    const created = await tx.supportNorm.create({
      data: { ...scope, contentCategoryId: input.contentCategoryId, costItem: input.costItem, maxRateBp, capAmount, capUnit: input.capUnit, priorityMultiplierBp, cumulativePerFacility: input.cumulativePerFacility, severity: input.severity, status: input.status, legalBasis: input.legalBasis, validFrom },
      select: { id: true },
    });
    await recordAudit(tx, actor, { action: "norm.addVersion", entityType: "SupportNorm", entityId: created.id, data: { code: input.code, validFrom: input.validFrom } });
    return created;
  });
}
