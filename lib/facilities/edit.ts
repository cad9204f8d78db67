import "server-only";
// Correcting a cơ sở CNNT. Optimistic concurrency on Facility.version: a save from a stale page is
// refused with what the other edit changed, field by field, and the user keeps what they typed.
// Every edit leaves an audit entry with before/after of the changed fields (lib/audit).
import type { Actor } from "../auth/actor";
import { facilityScopeWhere } from "../auth/policy";
import { assertCommuneOf } from "../admin-units/communes";
import { assertProvinceInForce } from "../admin-units/load";
import { coversProvince } from "../admin-units/scope";
import { recordAudit } from "../audit/record";
import { vietnamToday } from "../calendar";
import { db, type Tx } from "../db/client";
import { DomainError, ForbiddenError, message, NotFoundError, verbatim, zodFields, type FieldMessages } from "../errors";
import { formatDateTime } from "../format";
import { toSearchText } from "../search-text";
import { changesOf, diffFacility, INPUT_OF, mergeChanges, valueRef, type FacilitySnapshot } from "./changes";
import { canEditFacility } from "./policy";
import { FacilityEditInputSchema } from "./schemas";
import { checkTaxCode } from "./tax-code";

const currentSelect = {
  id: true, version: true, taxCode: true, name: true, kind: true, size: true, industry: true, provinceId: true, communeId: true, addressLine: true,
  inCraftVillage: true, craftVillageName: true, womenOwned: true,
  province: { select: { name: true } }, commune: { select: { name: true } }, ownerContact: { select: { ownerName: true, phone: true } },
} as const;

export async function editFacility(actor: Actor, raw: unknown, now?: Date): Promise<{ id: string; version: number; changed: number }> {
  const parsed = FacilityEditInputSchema.safeParse(raw);
  if (!parsed.success) throw new DomainError("VALIDATION", "errors.facilities.invalid", {}, zodFields(parsed.error.issues));
  const input = parsed.data;
  if (!canEditFacility(actor)) throw new ForbiddenError("errors.facilities.implementerOnly");
  const tax = checkTaxCode(input.taxCode);
  if (!tax.ok) throw new DomainError("VALIDATION", "errors.common.text", { text: tax.reason }, { taxCode: verbatim(tax.reason) });
  return db().$transaction(async (tx) => {
    const current = await tx.facility.findFirst({ where: { AND: [{ id: input.id }, facilityScopeWhere(actor)] }, select: currentSelect });
    if (!current) throw new NotFoundError("facility");
    if (current.version !== input.version) await refuseStale(tx, current.id, input.version);
    const provinceChanged = input.provinceId !== current.provinceId;
    if (provinceChanged) {
      if (!coversProvince(actor, input.provinceId)) throw new DomainError("VALIDATION", "errors.facilities.outOfScope", {}, { provinceId: message("errors.facilities.outOfScopeField") });
      await assertProvinceInForce(tx, input.provinceId, "provinceId", now);
    }
    // A recorded commune stays as it was; a new one must be in force today (the 34-province set).
    if (input.communeId && (provinceChanged || input.communeId !== current.communeId)) await assertCommuneOf(tx, input.communeId, input.provinceId, vietnamToday(now));
    if (tax.normalised !== current.taxCode) await refuseDuplicate(tx, tax.normalised);
    const [province, commune] = await Promise.all([
      provinceChanged ? tx.province.findUnique({ where: { id: input.provinceId }, select: { name: true } }) : current.province,
      input.communeId ? tx.commune.findUnique({ where: { id: input.communeId }, select: { name: true } }) : null,
    ]);
    const before = snapshotOf(current);
    const after: FacilitySnapshot = {
      taxCode: tax.normalised, name: input.name, kind: input.kind, size: input.size, industry: input.industry, province: province?.name ?? "", commune: commune?.name ?? null,
      addressLine: input.addressLine, inCraftVillage: input.inCraftVillage, craftVillageName: input.inCraftVillage ? input.craftVillageName : "", womenOwned: input.womenOwned,
      ownerName: input.ownerName, ownerPhone: input.ownerPhone,
    };
    const changes = diffFacility(before, after);
    if (!changes.length) return { id: current.id, version: current.version, changed: 0 };
    // Compare-and-set on the version: a concurrent save that got in first makes this one stale.
    const updated = await tx.facility.updateMany({
      where: { id: current.id, version: current.version },
      data: {
        taxCode: after.taxCode, name: after.name, searchText: toSearchText(after.name, after.taxCode), kind: input.kind, size: input.size, industry: after.industry,
        provinceId: input.provinceId, communeId: input.communeId, addressLine: after.addressLine, inCraftVillage: after.inCraftVillage,
        craftVillageName: after.craftVillageName || null, womenOwned: after.womenOwned, version: { increment: 1 },
      },
    });
    if (updated.count === 0) await refuseStale(tx, current.id, input.version);
    if (before.ownerName !== after.ownerName || before.ownerPhone !== after.ownerPhone) {
      const contact = { ownerName: after.ownerName, phone: after.ownerPhone || null };
      await tx.facilityOwnerContact.upsert({ where: { facilityId: current.id }, update: contact, create: { facilityId: current.id, ...contact } });
    }
    const version = current.version + 1;
    await recordAudit(tx, actor, { action: "facility.edit", entityType: "Facility", entityId: current.id, data: { fromVersion: current.version, toVersion: version, changes } });
    return { id: current.id, version, changed: changes.length };
  });
}

type Current = { taxCode: string; name: string; kind: string; size: string; industry: string; addressLine: string; inCraftVillage: boolean; craftVillageName: string | null; womenOwned: boolean; province: { name: string }; commune: { name: string } | null; ownerContact: { ownerName: string; phone: string | null } | null };

function snapshotOf(f: Current): FacilitySnapshot {
  return {
    taxCode: f.taxCode, name: f.name, kind: f.kind, size: f.size, industry: f.industry, province: f.province.name, commune: f.commune?.name ?? null,
    addressLine: f.addressLine, inCraftVillage: f.inCraftVillage, craftVillageName: f.craftVillageName ?? "", womenOwned: f.womenOwned,
    ownerName: f.ownerContact?.ownerName ?? "", ownerPhone: f.ownerContact?.phone ?? "",
  };
}

async function refuseDuplicate(tx: Tx, taxCode: string): Promise<void> {
  const existing = await tx.facility.findUnique({ where: { taxCode }, select: { name: true, province: { select: { name: true } } } });
  if (!existing) return;
  const duplicate = { taxCode, name: existing.name, province: existing.province.name };
  throw new DomainError("CONFLICT", "errors.facilities.duplicateTaxCode", duplicate, { taxCode: message("errors.facilities.duplicateTaxCode", duplicate) });
}

/** The edits made since `seenVersion`, from the trail: who, when, and each changed field before → after. */
async function refuseStale(tx: Tx, facilityId: string, seenVersion: number): Promise<never> {
  const entries = await tx.auditLog.findMany({
    where: { entityType: "Facility", entityId: facilityId, action: "facility.edit" },
    orderBy: { id: "asc" },
    select: { at: true, data: true, actor: { select: { name: true } } },
  });
  const later = entries.flatMap((e) => { const c = changesOf(e.data); return c && c.toVersion > seenVersion ? [{ ...c, at: e.at, who: e.actor?.name ?? "—" }] : []; });
  const last = later.at(-1);
  const fields: FieldMessages = {};
  for (const change of mergeChanges(later.map((l) => l.changes))) {
    fields[INPUT_OF[change.field]] = change.before === null && change.after === null
      ? message("errors.facilities.staleFieldPersonal")
      : message("errors.facilities.staleField", { before: valueRef(change, change.before), after: valueRef(change, change.after) });
  }
  throw new DomainError("CONFLICT", "errors.facilities.staleEdit", { who: last?.who ?? "—", when: last ? formatDateTime(last.at) : "—", count: Object.keys(fields).length }, fields);
}
