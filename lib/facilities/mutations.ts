import "server-only";
// Creating a cơ sở CNNT from the đề án editor. The tax code is validated and unique across the
// country: an existing facility is never duplicated, the user is pointed to it instead.
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { DomainError, ForbiddenError } from "../errors";
import { recordAudit } from "../audit/record";
import { toSearchText } from "../search-text";
import { checkTaxCode } from "./tax-code";
import { canCreateFacility } from "./policy";
import { FacilityInputSchema } from "./schemas";

export async function createFacility(actor: Actor, raw: unknown): Promise<{ id: string; name: string; taxCode: string }> {
  const parsed = FacilityInputSchema.safeParse(raw);
  if (!parsed.success) throw new DomainError("VALIDATION", "Thông tin cơ sở chưa hợp lệ.", Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message])));
  const input = parsed.data;
  if (!canCreateFacility(actor)) throw new ForbiddenError("Chỉ đơn vị thực hiện đề án được thêm cơ sở.");
  const tax = checkTaxCode(input.taxCode);
  if (!tax.ok) throw new DomainError("VALIDATION", tax.reason, { taxCode: tax.reason });
  if (!actor.scope.national && !actor.scope.provinceIds.includes(input.provinceId)) throw new DomainError("VALIDATION", "Tỉnh của cơ sở nằm ngoài phạm vi của bạn.", { provinceId: "Ngoài phạm vi." });
  return db().$transaction(async (tx) => {
    const existing = await tx.facility.findUnique({ where: { taxCode: tax.normalised }, select: { name: true, province: { select: { name: true } } } });
    if (existing) {
      const message = `Mã số thuế ${tax.normalised} đã có trong danh mục: ${existing.name} (${existing.province.name}). Hãy chọn cơ sở này thay vì tạo mới.`;
      throw new DomainError("CONFLICT", message, { taxCode: message });
    }
    if (input.communeId && !(await tx.commune.findFirst({ where: { id: input.communeId, provinceId: input.provinceId }, select: { id: true } }))) {
      throw new DomainError("VALIDATION", "Xã/phường không thuộc tỉnh đã chọn.", { communeId: "Không thuộc tỉnh đã chọn." });
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
