import "server-only";
// The rules and the write of a new cơ sở CNNT, inside the caller's transaction. The tax code is
// valid and unique across the country (an existing facility is never duplicated: the user is
// pointed to it), the province is in the actor's scope and in force, and the commune is one of
// that province's communes in force today. The đề án save creates the facilities typed in its
// editor with these (lib/projects/draft.ts), so a refused save leaves no facility behind.
import type { Actor } from "../auth/actor";
import { coversProvince } from "../admin-units/scope";
import { assertProvinceInForce } from "../admin-units/load";
import { assertCommuneOf } from "../admin-units/communes";
import { recordAudit } from "../audit/record";
import { vietnamToday } from "../calendar";
import type { Tx } from "../db/client";
import { DomainError, message, verbatim } from "../errors";
import { toSearchText } from "../search-text";
import type { FacilityInput, NewFacilityRules } from "./schemas";
import { checkTaxCode } from "./tax-code";

async function refusalOf(check: Promise<void>): Promise<DomainError | null> {
  try {
    await check;
    return null;
  } catch (error) {
    if (error instanceof DomainError && error.code === "VALIDATION") return error;
    throw error;
  }
}

/**
 * Every rule a list of new facilities breaks, each a refusal whose fields sit at `path(i)` + field
 * ("" for a form of its own, "newFacilities.0." in the đề án editor). Empty fields are the schema's.
 */
export async function newFacilityRefusals(tx: Tx, actor: Actor, facilities: readonly NewFacilityRules[], path: (i: number) => string, now?: Date): Promise<DomainError[]> {
  const refusals: DomainError[] = [];
  const seen = new Set<string>();
  for (const [i, f] of facilities.entries()) {
    const at = path(i);
    if (f.taxCode.trim()) {
      const tax = checkTaxCode(f.taxCode);
      if (!tax.ok) refusals.push(new DomainError("VALIDATION", "errors.common.text", { text: tax.reason }, { [`${at}taxCode`]: verbatim(tax.reason) }));
      else if (seen.has(tax.normalised)) refusals.push(new DomainError("VALIDATION", "errors.facilities.repeatedTaxCode", { taxCode: tax.normalised }, { [`${at}taxCode`]: message("errors.facilities.repeatedTaxCode", { taxCode: tax.normalised }) }));
      else {
        seen.add(tax.normalised);
        const existing = await tx.facility.findUnique({ where: { taxCode: tax.normalised }, select: { name: true, province: { select: { name: true } } } });
        if (existing) {
          const duplicate = { taxCode: tax.normalised, name: existing.name, province: existing.province.name };
          refusals.push(new DomainError("CONFLICT", "errors.facilities.duplicateTaxCode", duplicate, { [`${at}taxCode`]: message("errors.facilities.duplicateTaxCode", duplicate) }));
        }
      }
    }
    if (!f.provinceId) continue;
    if (!coversProvince(actor, f.provinceId)) {
      refusals.push(new DomainError("VALIDATION", "errors.facilities.outOfScope", {}, { [`${at}provinceId`]: message("errors.facilities.outOfScopeField") }));
      continue;
    }
    const province = await refusalOf(assertProvinceInForce(tx, f.provinceId, `${at}provinceId`, now));
    if (province) refusals.push(province);
    // A new facility's commune is one of the province's communes in force today.
    else if (f.communeId) {
      const commune = await refusalOf(assertCommuneOf(tx, f.communeId, f.provinceId, vietnamToday(now), `${at}communeId`));
      if (commune) refusals.push(commune);
    }
  }
  return refusals;
}

/** Writes one facility whose rules hold (newFacilityRefusals was empty), with its audit entry. */
export async function insertFacility(tx: Tx, actor: Actor, input: FacilityInput): Promise<{ id: string; name: string; taxCode: string }> {
  const tax = checkTaxCode(input.taxCode);
  if (!tax.ok) throw new DomainError("VALIDATION", "errors.common.text", { text: tax.reason }, { taxCode: verbatim(tax.reason) });
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
}
