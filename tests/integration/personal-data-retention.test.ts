// Retention of owner contact against real PostgreSQL: past the configured years the contact is
// erased (and the erasure logged), while facilities supported recently or recorded recently keep it.
import { describe, expect, it } from "vitest";
import { eraseExpiredOwnerContacts } from "../../lib/facilities/retention";
import { facility, provinceWorld, referenceBasics } from "../fixtures/world";
import { testDb as db } from "./db";

async function withContact(provinceId: string, createdAt?: Date) {
  const f = await facility(db(), provinceId);
  await db().facilityOwnerContact.create({ data: { facilityId: f.id, ownerName: "Chủ Cơ Sở", phone: "0912345678" } });
  if (createdAt) await db().facility.update({ where: { id: f.id }, data: { createdAt } });
  return f.id;
}

describe("owner contact retention", () => {
  it("erases only contacts past the retention, and logs how many", async () => {
    const { kcqg } = await referenceBasics(db());
    const w = await provinceWorld(db(), "Tỉnh Lưu Giữ");
    const longAgo = new Date("2001-03-01T00:00:00Z");
    const expired = await withContact(w.current.id, longAgo);
    const recentlySupported = await withContact(w.current.id, longAgo);
    const recent = await withContact(w.current.id);
    const project = await db().project.create({
      data: { code: `RET-${recentlySupported}`, title: "Đề án gần đây", searchText: "de an gan day", planYear: 2027, endYear: 2027, fundingSourceId: kcqg.id, kind: "STANDARD", status: "LIQUIDATED", implementerId: w.centreOrg.id, provinceId: w.current.id, totalCost: 1n, supportAmount: 1n, counterpartAmount: 0n },
    });
    await db().projectBeneficiary.create({ data: { projectId: project.id, facilityId: recentlySupported } });

    const result = await eraseExpiredOwnerContacts(new Date("2026-12-02T03:00:00Z"), 10);
    expect(result.lastEndYear).toBe(2015);
    const kept = await db().facilityOwnerContact.findMany({ where: { facilityId: { in: [expired, recentlySupported, recent] } }, select: { facilityId: true } });
    expect(kept.map((k) => k.facilityId).sort()).toEqual([recentlySupported, recent].sort());
    expect(await db().facility.count({ where: { id: expired } })).toBe(1);
    const log = await db().auditLog.findFirst({ where: { action: "personalData.erase" }, orderBy: { id: "desc" }, select: { data: true } });
    expect((log?.data as { facilityIds: string[] }).facilityIds).toContain(expired);
  });
});
