// Norm versions as data, and facility creation with tax-code validation and de-duplication.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { loadActor } from "../../lib/auth/load-actor";
import { withCheckDigit } from "../../lib/facilities/tax-code";
import { searchFacilitiesForPicker } from "../../lib/facilities/queries";
import { addNormVersion } from "../../lib/norms/mutations";
import { applicableNorms } from "../../lib/norms/queries";
import { failure } from "../fixtures/failure";
import { facilityFields, savedFacility } from "../fixtures/new-facility";
import { provinceWorld, referenceBasics } from "../fixtures/world";
import { testDb } from "./db";

let admin: Actor;
let world: Awaited<ReturnType<typeof provinceWorld>>;
let other: Awaited<ReturnType<typeof provinceWorld>>;

beforeAll(async () => {
  const db = testDb();
  await referenceBasics(db);
  world = await provinceWorld(db, "Tỉnh Định Mức");
  other = await provinceWorld(db, "Tỉnh Khác");
  const user = await db.user.create({ data: { email: `${randomUUID()}@test.local`, name: "Quản trị", passwordHash: "x", organisationId: world.sctOrg.id, roles: { create: [{ role: "ADMIN" }] }, scopes: { create: [{ kind: "NATIONAL" }] } } });
  admin = (await loadActor(db, user.id))!;
});

const base = { fundingSource: "KCQG", costItem: "Hỗ trợ thử nghiệm định mức mới", maxRatePercent: "50", capTrieu: "300", capUnit: "PER_FACILITY", severity: "SOFT", status: "BASELINE", legalBasis: "Thông tư thử nghiệm" };

describe("norm versions", () => {
  it("adds a dated version that closes the previous one, and the plan year picks the one in force", async () => {
    const code = `TEST_${randomUUID().slice(0, 6).toUpperCase()}`;
    await addNormVersion(admin, { ...base, code, validFrom: "2020-01-01" });
    await addNormVersion(admin, { ...base, code, capTrieu: "450", severity: "HARD", status: "CONFIRMED", validFrom: "2027-01-01" });
    const versions = await testDb().supportNorm.findMany({ where: { code }, orderBy: { validFrom: "asc" } });
    expect(versions.map((v) => [v.capAmount, v.validTo?.toISOString().slice(0, 10) ?? null])).toEqual([[300_000_000n, "2027-01-01"], [450_000_000n, null]]);
    expect((await applicableNorms(2026, "KCQG", [])).find((n) => n.code === code)?.capAmount).toBe(300_000_000n);
    expect((await applicableNorms(2027, "KCQG", [])).find((n) => n.code === code)).toMatchObject({ capAmount: 450_000_000n, severity: "HARD" });
  });

  it("refuses non-admins and malformed input with field messages", async () => {
    await expect(addNormVersion(world.sct, { ...base, code: "TEST_X", validFrom: "2027-01-01" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(addNormVersion(admin, { ...base, code: "TEST_Y", maxRatePercent: "150", validFrom: "2027-01-01" })).rejects.toThrow(/không quá 100 %/);
    await expect(addNormVersion(admin, { ...base, code: "TEST_Z", capTrieu: "", maxRatePercent: "", validFrom: "2027-01-01" })).rejects.toThrow(/tỷ lệ tối đa hoặc mức trần/);
    await expect(addNormVersion(admin, { ...base, code: "TEST_W", fundingSource: "KCDP", validFrom: "2027-01-01" })).rejects.toThrow(/phải gắn với một tỉnh/);
  });
});

describe("facilities", () => {
  const facility = (taxCode: string, provinceId: string) => ({ taxCode, name: "HTX Mây tre đan Thử Nghiệm", kind: "COOPERATIVE", size: "SMALL", industry: "Mây tre đan", provinceId, addressLine: "Thôn Đông", ownerName: "Nguyễn Văn Chủ", ownerPhone: "0912 345 678" });

  it("creates a facility with a valid tax code, finds it without diacritics, and refuses a duplicate by pointing to it", async () => {
    const taxCode = withCheckDigit(String(Math.floor(Math.random() * 1e9)).padStart(9, "0")) ?? withCheckDigit("010010708")!;
    const created = await savedFacility(world.centre, facility(taxCode, world.current.id));
    const found = await searchFacilitiesForPicker(world.centre, "may tre dan thu nghiem");
    expect(found.map((f) => f.id)).toContain(created.id);
    expect(facilityFields(await failure(savedFacility(world.centre, facility(taxCode, world.current.id)))).taxCode).toMatch(/đã có trong danh mục: HTX Mây tre đan Thử Nghiệm/);
    expect(await testDb().facility.count({ where: { taxCode } })).toBe(1);
  });

  it("refuses a wrong check digit and a province outside the actor's scope", async () => {
    const good = withCheckDigit("123456789")!;
    const bad = good.slice(0, 9) + String((Number(good[9]) + 1) % 10);
    expect(facilityFields(await failure(savedFacility(world.centre, facility(bad, world.current.id)))).taxCode).toMatch(/sai chữ số kiểm tra/);
    expect(facilityFields(await failure(savedFacility(world.centre, facility(withCheckDigit("223456789") ?? good, other.current.id)))).provinceId).toBe("Ngoài phạm vi.");
  });

  it("keeps another province's facilities out of the picker", async () => {
    const taxCode = withCheckDigit(String(Math.floor(Math.random() * 1e9)).padStart(9, "0")) ?? withCheckDigit("323456789")!;
    await savedFacility(other.centre, { ...facility(taxCode, other.current.id), name: "Cơ sở riêng tỉnh khác" });
    expect(await searchFacilitiesForPicker(world.centre, taxCode)).toEqual([]);
    expect((await searchFacilitiesForPicker(other.centre, taxCode)).length).toBe(1);
  });
});
