import "server-only";
// Creating a cơ sở CNNT from the đề án editor. The tax code is validated and unique across the
// country: an existing facility is never duplicated, the user is pointed to it instead.
import { z } from "zod";
import { hasRole, type Actor } from "../auth/actor";
import { coversProvince } from "../admin-units/scope";
import { db } from "../db/client";
import { DomainError, ForbiddenError, message, verbatim, zodFields } from "../errors";
import { recordAudit } from "../audit/record";
import { toSearchText } from "../search-text";
import { checkTaxCode } from "./tax-code";

export const FacilityInputSchema = z.object({
  taxCode: z.string().trim().min(1, "Nhập mã số thuế.").max(20),
  name: z.string().trim().min(3, "Tên cơ sở cần ít nhất 3 ký tự.").max(300),
  kind: z.enum(["SME", "COOPERATIVE", "COOPERATIVE_UNION", "COOPERATIVE_GROUP", "HOUSEHOLD_BUSINESS", "OTHER_ENTERPRISE"], { error: "Chọn loại hình." }),
  size: z.enum(["MICRO", "SMALL", "MEDIUM", "LARGE", "NOT_APPLICABLE"], { error: "Chọn quy mô." }),
  industry: z.string().trim().min(2, "Nhập ngành nghề.").max(200),
  provinceId: z.uuid("Chọn tỉnh."),
  communeId: z.uuid().nullable().default(null),
  addressLine: z.string().trim().min(2, "Nhập địa chỉ.").max(300),
  inCraftVillage: z.boolean().default(false),
  craftVillageName: z.string().trim().max(200).default(""),
  womenOwned: z.boolean().default(false),
  ownerName: z.string().trim().min(2, "Nhập họ tên chủ cơ sở.").max(200),
  ownerPhone: z.string().trim().regex(/^(\+?84|0)[0-9 .]{8,12}$|^$/, "Số điện thoại không hợp lệ.").default(""),
});
export type FacilityInput = z.infer<typeof FacilityInputSchema>;

export async function createFacility(actor: Actor, raw: unknown): Promise<{ id: string; name: string; taxCode: string }> {
  const parsed = FacilityInputSchema.safeParse(raw);
  if (!parsed.success) throw new DomainError("VALIDATION", "errors.facilities.invalid", {}, zodFields(parsed.error.issues));
  const input = parsed.data;
  if (!hasRole(actor, "SCT", "PROVINCIAL_CENTRE", "REGIONAL_CENTRE")) throw new ForbiddenError("errors.facilities.implementerOnly");
  const tax = checkTaxCode(input.taxCode);
  if (!tax.ok) throw new DomainError("VALIDATION", "errors.common.text", { text: tax.reason }, { taxCode: verbatim(tax.reason) });
  if (!coversProvince(actor, input.provinceId)) throw new DomainError("VALIDATION", "errors.facilities.outOfScope", {}, { provinceId: message("errors.facilities.outOfScopeField") });
  return db().$transaction(async (tx) => {
    const existing = await tx.facility.findUnique({ where: { taxCode: tax.normalised }, select: { name: true, province: { select: { name: true } } } });
    if (existing) {
      const duplicate = { taxCode: tax.normalised, name: existing.name, province: existing.province.name };
      throw new DomainError("CONFLICT", "errors.facilities.duplicateTaxCode", duplicate, { taxCode: message("errors.facilities.duplicateTaxCode", duplicate) });
    }
    if (input.communeId && !(await tx.commune.findFirst({ where: { id: input.communeId, provinceId: input.provinceId }, select: { id: true } }))) {
      throw new DomainError("VALIDATION", "errors.facilities.communeNotInProvince", {}, { communeId: message("errors.facilities.communeNotInProvinceField") });
    }
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
