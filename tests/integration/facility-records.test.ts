// Cơ sở CNNT records: the commune on the province's set in force, edits with optimistic
// concurrency and an audited history, list filters, and province A never reaching province B.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCalendarDate as day } from "../../lib/calendar";
import { getFacility } from "../../lib/facilities/detail";
import { editFacility } from "../../lib/facilities/edit";
import { facilityHistory } from "../../lib/facilities/history";
import { canReadOwnerContact } from "../../lib/facilities/policy";
import { listFacilities } from "../../lib/facilities/queries";
import { withCheckDigit } from "../../lib/facilities/tax-code";
import { facilityFields, savedFacility } from "../fixtures/new-facility";
import { cucStaff, draftProject, facility, provinceWorld, referenceBasics } from "../fixtures/world";
import { testDb } from "./db";

let a: Awaited<ReturnType<typeof provinceWorld>>;
let b: Awaited<ReturnType<typeof provinceWorld>>;
let kcqgId: string;
const commune = (provinceId: string, name: string, validFrom: string, validTo: string | null = null) =>
  testDb().commune.create({ data: { code: `C${randomUUID().slice(0, 8)}`, name, kind: "XA", provinceId, validFrom: day(validFrom), validTo: validTo ? day(validTo) : null }, select: { id: true } });
const newTaxCode = () => { let c: string | null = null; while (!c) c = withCheckDigit(String(Math.floor(Math.random() * 1e9)).padStart(9, "0")); return c; };
const input = (provinceId: string, communeId: string | null) => ({ taxCode: newTaxCode(), name: "HTX Dệt Thổ Cẩm Thử", kind: "COOPERATIVE", size: "SMALL", industry: "Dệt thổ cẩm", provinceId, communeId, addressLine: "Bản Lác", ownerName: "Lò Thị Chủ", ownerPhone: "0912 345 678" });
const errorOf = async (p: Promise<unknown>) => p.then(() => { throw new Error("expected a refusal"); }, (e: { code: string; details?: Record<string, string>; message: string }) => e);

beforeAll(async () => {
  const db = testDb();
  kcqgId = (await referenceBasics(db)).kcqg.id;
  a = await provinceWorld(db, "Tỉnh Cơ Sở A");
  b = await provinceWorld(db, "Tỉnh Cơ Sở B");
});

describe("commune of a facility", () => {
  it("accepts a commune of the province in force today and refuses another province's or an abolished one, on the field", async () => {
    const ok = await commune(a.current.id, "Xã Mới", "2025-07-01");
    const created = await savedFacility(a.centre, input(a.current.id, ok.id));
    expect((await testDb().facility.findUniqueOrThrow({ where: { id: created.id } })).communeId).toBe(ok.id);

    const elsewhere = await commune(b.current.id, "Xã Tỉnh Khác", "2025-07-01");
    const wrong = await errorOf(savedFacility(a.centre, input(a.current.id, elsewhere.id)));
    expect(facilityFields(wrong).communeId).toMatch(/Không thuộc tỉnh/);

    // A commune of the 63-province era, abolished on 1/7/2025, is not a choice for a new address.
    const old = await commune(a.current.id, "Xã Cũ", "2008-08-01", "2025-07-01");
    const abolished = await errorOf(savedFacility(a.centre, input(a.current.id, old.id)));
    expect(facilityFields(abolished).communeId).toMatch(/Không còn hiệu lực/);
    expect(await testDb().facility.count({ where: { communeId: { in: [elsewhere.id, old.id] } } })).toBe(0);
  });
});

describe("editing a facility", () => {
  it("saves with the version seen, records before/after, and refuses a stale save with what changed", async () => {
    const c1 = await commune(a.current.id, "Xã Một", "2025-07-01");
    const c2 = await commune(a.current.id, "Xã Hai", "2025-07-01");
    const form = input(a.current.id, c1.id);
    const { id } = await savedFacility(a.centre, form);
    const seen = (await getFacility(a.sct, id)).version;

    const saved = await editFacility(a.sct, { ...form, id, version: seen, name: "HTX Dệt Thổ Cẩm Đã Sửa", communeId: c2.id });
    expect(saved).toMatchObject({ version: seen + 1, changed: 2 });

    // The centre still holds the page at the old version: refused, with the other edit's values per field.
    const stale = await errorOf(editFacility(a.centre, { ...form, id, version: seen, industry: "Dệt may" }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.details?.name).toBe("Người khác vừa đổi: HTX Dệt Thổ Cẩm Thử → HTX Dệt Thổ Cẩm Đã Sửa.");
    expect(stale.details?.communeId).toBe("Người khác vừa đổi: Xã Một → Xã Hai.");
    expect((await testDb().facility.findUniqueOrThrow({ where: { id } })).industry).toBe("Dệt thổ cẩm");

    // With the version now seen, the same input goes through.
    await editFacility(a.centre, { ...form, id, version: seen + 1, name: "HTX Dệt Thổ Cẩm Đã Sửa", communeId: c2.id, industry: "Dệt may", ownerPhone: "0987 654 321" });
    const history = await facilityHistory(a.sct, id);
    expect(history.map((h) => h.action)).toEqual(["edit", "edit", "create"]);
    expect(history[0]!.changes).toEqual([{ field: "industry", before: "Dệt thổ cẩm", after: "Dệt may" }, { field: "ownerPhone", before: null, after: null }]);
    expect(history[1]!.changes).toEqual([{ field: "name", before: "HTX Dệt Thổ Cẩm Thử", after: "HTX Dệt Thổ Cẩm Đã Sửa" }, { field: "commune", before: "Xã Một", after: "Xã Hai" }]);
    // Owner contact is personal data: the province's implementers see it, and their reading is
    // logged; the Cục sees it masked, and nothing is logged for that.
    const views = () => testDb().auditLog.count({ where: { action: "personalData.view", entityId: id } });
    const seenBefore = await views();
    expect((await getFacility(a.sct, id)).owner).toEqual({ name: "Lò Thị Chủ", phone: "0987 654 321", masked: false });
    expect(await testDb().auditLog.findFirst({ where: { action: "personalData.view", entityId: id }, orderBy: { id: "desc" }, select: { actorId: true } })).toEqual({ actorId: a.sct.userId });
    expect((await getFacility(await cucStaff(testDb()), id)).owner).toEqual({ name: "Lò T. C.", phone: "098•••••21", masked: true });
    expect(await views()).toBe(seenBefore + 1);
    expect((await testDb().facilityOwnerContact.findUniqueOrThrow({ where: { facilityId: id } })).phone).toBe("0987 654 321");
  });

  it("keeps a recorded commune of the old set when it is not changed, but refuses choosing one", async () => {
    const old = await commune(a.current.id, "Xã Trước Sáp Nhập", "2008-08-01", "2025-07-01");
    const f = await facility(testDb(), a.current.id);
    await testDb().facility.update({ where: { id: f.id }, data: { communeId: old.id } });
    const form = { ...input(a.current.id, old.id), taxCode: f.taxCode };
    await expect(editFacility(a.sct, { ...form, id: f.id, version: 1, industry: "Chè búp" })).resolves.toMatchObject({ changed: expect.any(Number) });
    const other = await facility(testDb(), a.current.id);
    const refused = await errorOf(editFacility(a.sct, { ...form, taxCode: other.taxCode, id: other.id, version: 1 }));
    expect(refused.details?.communeId).toMatch(/Không còn hiệu lực/);
  });
});

describe("province A and province B", () => {
  it("hides B's facility from A's SCT: detail, history and edit all answer not found", async () => {
    const fb = await facility(testDb(), b.current.id);
    await expect(getFacility(a.sct, fb.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(facilityHistory(a.sct, fb.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const c = await commune(a.current.id, "Xã A", "2025-07-01");
    await expect(editFacility(a.sct, { ...input(a.current.id, c.id), taxCode: fb.taxCode, id: fb.id, version: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await testDb().facility.findUniqueOrThrow({ where: { id: fb.id } })).provinceId).toBe(b.current.id);
    await expect(getFacility(b.sct, fb.id)).resolves.toMatchObject({ id: fb.id });
  });
});

describe("the list's filters and the support history", () => {
  it("filters by kind, size, supported and year, shows the support history with totals, and never leaves the scope", async () => {
    const supported = await facility(testDb(), a.current.id, { kind: "SME", size: "SMALL" });
    const plain = await facility(testDb(), a.current.id, { kind: "HOUSEHOLD_BUSINESS", size: "MICRO" });
    const inPlan = await draftProject(testDb(), { implementerId: a.centreOrg.id, provinceId: a.current.id, fundingSourceId: kcqgId });
    await testDb().project.update({ where: { id: inPlan.id }, data: { status: "IN_PLAN" } });
    await testDb().projectBeneficiary.create({ data: { projectId: inPlan.id, facilityId: supported.id, supportAmount: 250_000_000n, counterpartAmount: 750_000_000n } });
    const draft = await draftProject(testDb(), { implementerId: a.centreOrg.id, provinceId: a.current.id, fundingSourceId: kcqgId });
    await testDb().projectBeneficiary.create({ data: { projectId: draft.id, facilityId: supported.id, supportAmount: 100_000_000n } });

    const ids = async (filters: Record<string, unknown>) => (await listFacilities(a.sct, { page: 1, ...filters })).rows.map((r) => r.id);
    expect(await ids({ supported: "yes" })).toContain(supported.id);
    expect(await ids({ supported: "yes" })).not.toContain(plain.id);
    expect(await ids({ supported: "no" })).toContain(plain.id);
    expect(await ids({ year: 2027, kind: "SME" })).toEqual(expect.arrayContaining([supported.id]));
    expect(await ids({ year: 2026 })).not.toContain(supported.id);
    expect(await ids({ size: "MICRO" })).not.toContain(supported.id);
    expect(await ids({ q: supported.taxCode })).toEqual([supported.id]);
    // A's old province stands for A; B's province is outside A's scope and yields nothing.
    expect(await ids({ provinceId: a.current.id, q: plain.taxCode })).toEqual([plain.id]);
    const fb = await facility(testDb(), b.current.id);
    expect(await ids({ provinceId: b.current.id })).toEqual([]);
    expect(await ids({ q: fb.taxCode })).toEqual([]);

    const detail = await getFacility(a.sct, supported.id);
    expect(detail.support.map((s) => [s.status, s.supportAmount, s.supported, s.visible])).toEqual(expect.arrayContaining([["IN_PLAN", 250_000_000n, true, true], ["DRAFT", 100_000_000n, false, true]]));
    expect(detail.totals).toEqual({ supportAmount: 250_000_000n, counterpartAmount: 750_000_000n, projects: 1 });
    expect(detail.owner).toBeNull(); // created by the fixture without a contact
    // A national reader sees the đề án in a plan but not the implementer's draft.
    const cuc = await getFacility(await cucStaff(testDb()), supported.id);
    expect(cuc.support.map((s) => s.status)).toEqual(["IN_PLAN"]);
    expect(cuc.owner).toBeNull();
  });
});

describe("owner contact across provinces", () => {
  it("is not for another province's implementers, even asked of the policy helper directly", async () => {
    const { id } = await facility(testDb(), a.current.id);
    const inA = await testDb().facility.findUniqueOrThrow({ where: { id }, select: { provinceId: true } });
    expect(canReadOwnerContact(a.sct, inA)).toBe(true);
    expect(canReadOwnerContact(a.centre, inA)).toBe(true);
    // A record still on the province merged into A stays A's.
    expect(canReadOwnerContact(a.sct, { provinceId: a.old.id })).toBe(true);
    for (const other of [b.sct, b.centre]) expect(canReadOwnerContact(other, inA)).toBe(false);
    // National readers see facilities but not their owners' contact.
    expect(canReadOwnerContact(await cucStaff(testDb()), inA)).toBe(false);
  });
});
