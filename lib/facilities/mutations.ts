import "server-only";
// Creating a cơ sở CNNT from the đề án editor. The tax code is validated and unique across the
// country: an existing facility is never duplicated, the user is pointed to it instead.
import type { Actor } from "../auth/actor";
import { coversProvince } from "../admin-units/scope";
import { assertProvinceInForce } from "../admin-units/load";
import { assertCommuneOf } from "../admin-units/communes";
import { vietnamToday } from "../calendar";
import { db } from "../db/client";
import { DomainError, ForbiddenError, message, verbatim, zodFields } from "../errors";
import { recordAudit } from "../audit/record";
import { toSearchText } from "../search-text";
import { checkTaxCode } from "./tax-code";
import { canCreateFacility } from "./policy";
import { FacilityInputSchema } from "./schemas";

export async function createFacility(actor: Actor, raw: unknown, now?: Date): Promise<{ id: string; name: string; taxCode: string }> {
  const parsed = FacilityInputSchema.safeParse(raw);
  if (!parsed.success) throw new DomainError("VALIDATION", "errors.facilities.invalid", {}, zodFields(parsed.error.issues));
  const input = parsed.data;
  if (!canCreateFacility(actor)) throw new ForbiddenError("errors.facilities.implementerOnly");
  const tax = checkTaxCode(input.taxCode);
  if (!tax.ok) throw new DomainError("VALIDATION", "errors.common.text", { text: tax.reason }, { taxCode: verbatim(tax.reason) });
  if (!coversProvince(actor, input.provinceId)) throw new DomainError("VALIDATION", "errors.facilities.outOfScope", {}, { provinceId: message("errors.facilities.outOfScopeField") });
  return db().$transaction(async (tx) => {
    await assertProvinceInForce(tx, input.provinceId, "provinceId", now);
    const existing = await tx.facility.findUnique({ where: { taxCode: tax.normalised }, select: { name: true, province: { select: { name: true } } } });
    if (existing) {
      const duplicate = { taxCode: tax.normalised, name: existing.name, province: existing.province.name };
      throw new DomainError("CONFLICT", "errors.facilities.duplicateTaxCode", duplicate, { taxCode: message("errors.facilities.duplicateTaxCode", duplicate) });
    }
    // A new facility's commune is one of the province's communes in force today.
    if (input.communeId) await assertCommuneOf(tx, input.communeId, input.provinceId, vietnamToday(now));
    const created = await tx.facility.create({
      data: {
        taxCode: tax.normalised, name: input.name, searchText: toSearchText(input.name, tax.normalised), kind: input.kind, size: input.size, industry: input.industry,
        provinceId: input.provinceId, communeId: input.communeId, addressLine: input.addressLine, inCraftVillage: input.inCraftVillage,
        craftVillageName: input.craftVillageName || null, womenOwned: input.womenOwned,
        ownerContact: { create: { ownerName: input.ownerName, phone: input.ownerPhone || null } },
      },
      select: { id: true, name: true, taxCode: true },
    });
    await recordAudit(tx, actor, { action: "facility.create", entityType: "Facility", entityId: created.id });
    return created;
  });
}
