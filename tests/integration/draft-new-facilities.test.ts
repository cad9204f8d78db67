// The đề án editor's new facilities are part of the draft save (issue 10): created in the save's
// transaction and linked as beneficiaries, never left behind by a refused save, kept within the
// actor's provinces; and a refused save names its field errors and reference errors together.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { saveDraft } from "../../lib/projects/draft";
import { withCheckDigit } from "../../lib/facilities/tax-code";
import { parseCalendarDate as day } from "../../lib/calendar";
import { facility, machineryNorm, provinceWorld } from "../fixtures/world";
import { failure } from "../fixtures/failure";
import { testDb as db } from "./db";

type World = Awaited<ReturnType<typeof provinceWorld>>;
let a: World;
let b: World;
let norm: { id: string };
let category: { id: string };

const newTaxCode = () => { let c: string | null = null; while (!c) c = withCheckDigit(String(Math.floor(Math.random() * 1e9)).padStart(9, "0")); return c; };
const newFacility = (provinceId: string, overrides: Record<string, unknown> = {}) => ({
  key: randomUUID(), taxCode: newTaxCode(), name: "HTX Gốm Mới Thêm", kind: "COOPERATIVE", size: "SMALL", industry: "Gốm sứ", provinceId, communeId: null,
  addressLine: "Thôn Gốm", ownerName: "Đinh Thị Chủ", ownerPhone: "0912 345 678", ...overrides,
});
/** An editor payload naming `fresh` as beneficiary and on its budget line, as the editor sends it. */
const draftWith = (w: World, fresh: { key: string }, line: Record<string, unknown> = {}) => ({
  title: "Đề án có cơ sở mới", planYear: 2027, endYear: 2027, fundingSource: "KCQG", kind: "STANDARD", provinceId: w.current.id, contentCategoryIds: [category.id],
  beneficiaries: [{ facilityId: fresh.key }], newFacilities: [fresh],
  budgetLines: [{ item: "Lò nung", supportNormId: norm.id, facilityId: fresh.key, totalCost: "200", supportAmount: "50", ...line }],
});
async function fieldsOf(promise: Promise<unknown>): Promise<Record<string, string>> {
  const error = await failure(promise);
  expect(error.code).toBe("VALIDATION");
  return error.details ?? {};
}
const facilitiesIn = (provinceId: string) => db().facility.count({ where: { provinceId } });

beforeAll(async () => {
  ({ norm, category } = await machineryNorm(db()));
  a = await provinceWorld(db(), "Tỉnh Cơ Sở Mới A");
  b = await provinceWorld(db(), "Tỉnh Cơ Sở Mới B");
});

describe("a new facility typed in the đề án editor", () => {
  it("is not created when the đề án save fails (an invalid amount), and its errors come back with the others", async () => {
    const fresh = newFacility(a.current.id);
    const before = await facilitiesIn(a.current.id);
    const fields = await fieldsOf(saveDraft(a.centre, draftWith(a, fresh, { totalCost: "abc" })));
    expect(Object.keys(fields)).toContain("budgetLines.0.totalCost");
    expect(await facilitiesIn(a.current.id)).toBe(before);
    expect(await db().facility.count({ where: { taxCode: fresh.taxCode } })).toBe(0);
  });

  it("is created with a successful save, linked as beneficiary and on its budget line under its real id", async () => {
    const fresh = newFacility(a.current.id);
    const saved = await saveDraft(a.centre, draftWith(a, fresh));
    const created = await db().facility.findUniqueOrThrow({ where: { taxCode: fresh.taxCode }, select: { id: true, provinceId: true, ownerContact: { select: { ownerName: true } } } });
    expect(created.id).not.toBe(fresh.key);
    expect(saved.createdFacilities).toEqual([{ key: fresh.key, id: created.id }]);
    expect(created.ownerContact?.ownerName).toBe("Đinh Thị Chủ");
    const project = await db().project.findUniqueOrThrow({ where: { id: saved.id }, select: { beneficiaries: { select: { facilityId: true, supportAmount: true } }, budgetLines: { select: { facilityId: true } } } });
    expect(project.beneficiaries).toEqual([{ facilityId: created.id, supportAmount: 50_000_000n }]);
    expect(project.budgetLines).toEqual([{ facilityId: created.id }]);
    expect(await db().auditLog.count({ where: { action: "facility.create", entityId: created.id } })).toBe(1);
  });

  it("keeps the facility rules: a duplicate tax code points to the existing facility, a commune of another province is refused", async () => {
    const existing = await facility(db(), a.current.id);
    const duplicate = newFacility(a.current.id, { taxCode: existing.taxCode });
    expect((await fieldsOf(saveDraft(a.centre, draftWith(a, duplicate))))["newFacilities.0.taxCode"]).toMatch(/đã có trong danh mục: Hộ kinh doanh chế biến chè/);

    const elsewhere = await db().commune.create({ data: { code: `C${randomUUID().slice(0, 8)}`, name: "Xã Tỉnh Khác", kind: "XA", provinceId: b.current.id, validFrom: day("2025-07-01") }, select: { id: true } });
    const wrongCommune = newFacility(a.current.id, { communeId: elsewhere.id });
    expect((await fieldsOf(saveDraft(a.centre, draftWith(a, wrongCommune))))["newFacilities.0.communeId"]).toMatch(/Không thuộc tỉnh/);

    const abolished = newFacility(a.old.id);
    expect(Object.keys(await fieldsOf(saveDraft(a.centre, draftWith(a, abolished))))).toContain("newFacilities.0.provinceId");
    expect(await db().facility.count({ where: { taxCode: { in: [wrongCommune.taxCode, abolished.taxCode] } } })).toBe(0);
  });

  it("cannot be attached by province B's actor in province A", async () => {
    const fresh = newFacility(a.current.id);
    const before = await facilitiesIn(a.current.id);
    const fields = await fieldsOf(saveDraft(b.centre, draftWith(b, fresh)));
    expect(fields["newFacilities.0.provinceId"]).toBe("Ngoài phạm vi.");
    expect(await facilitiesIn(a.current.id)).toBe(before);
    expect(await db().facility.count({ where: { taxCode: fresh.taxCode } })).toBe(0);
  });
});

describe("every error of the đề án form at once", () => {
  it("returns the field errors and the reference errors (facility, norm, content) of one save together", async () => {
    const theirs = await facility(db(), b.current.id);
    const fields = await fieldsOf(saveDraft(a.centre, {
      title: "x", planYear: 2027, endYear: 2027, fundingSource: "KCQG", kind: "STANDARD", provinceId: a.current.id, contentCategoryIds: [randomUUID()],
      beneficiaries: [{ facilityId: theirs.id }],
      budgetLines: [{ item: "Máy", supportNormId: randomUUID(), facilityId: null, totalCost: "abc", supportAmount: "5" }],
    }));
    // Field errors (schema and amounts) ...
    expect(fields).toHaveProperty("title");
    expect(fields).toHaveProperty(["budgetLines.0.totalCost"]);
    // ... and reference errors, in the same answer.
    expect(fields.beneficiaries).toMatch(/không tồn tại hoặc nằm ngoài phạm vi/);
    expect(fields.budgetLines).toBe("Có định mức không tồn tại.");
    expect(fields.contentCategoryIds).toMatch(/không thuộc danh mục/);
  });
});
