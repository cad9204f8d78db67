// A new đề án or cơ sở goes on a province in force today: one abolished by the merger (the old
// province of a provinceWorld) is refused with a Vietnamese field message; an existing đề án made
// on the old province keeps it when edited (docs/decisions/014).
import { beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "../../lib/errors";
import { withCheckDigit } from "../../lib/facilities/tax-code";
import { assertDraftProvinceInForce } from "../../lib/projects/draft-province";
import { facilityFields, savedFacility } from "../fixtures/new-facility";
import { draftProject, provinceWorld, referenceBasics } from "../fixtures/world";
import { testDb } from "./db";

let world: Awaited<ReturnType<typeof provinceWorld>>;

beforeAll(async () => {
  await referenceBasics(testDb());
  world = await provinceWorld(testDb(), "Tỉnh Sáp Nhập");
});

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return error;
}

const FIELD = "Tỉnh này không còn tồn tại; hãy chọn tỉnh hiện hành.";

describe("new records on a province abolished by the merger", () => {
  it("refuses a new cơ sở on the old province, with the field message, and creates nothing", async () => {
    const taxCode = withCheckDigit(String(Math.floor(Math.random() * 1e9)).padStart(9, "0")) ?? withCheckDigit("423456789")!;
    const input = { taxCode, name: "HTX Tỉnh cũ", kind: "COOPERATIVE", size: "SMALL", industry: "Mây tre đan", provinceId: world.old.id, addressLine: "Thôn Đông", ownerName: "Nguyễn Văn Chủ", ownerPhone: "0912 345 678" };
    // Created, as in the application, by the đề án save that carries it.
    const error = await refusal(savedFacility(world.centre, input));
    expect(error.code).toBe("VALIDATION");
    expect(facilityFields(error)).toEqual({ provinceId: FIELD });
    expect(await testDb().facility.count({ where: { taxCode } })).toBe(0);
    await expect(savedFacility(world.centre, { ...input, provinceId: world.current.id })).resolves.toMatchObject({ taxCode });
  });

  it("refuses a new đề án, or moving one, onto the old province; an existing one keeps it", async () => {
    const newDraft = await refusal(assertDraftProvinceInForce(world.centre, { provinceId: world.old.id }));
    expect(newDraft.details).toEqual({ provinceId: FIELD });
    await expect(assertDraftProvinceInForce(world.centre, { provinceId: world.current.id })).resolves.toBeUndefined();

    const source = await testDb().fundingSource.findUniqueOrThrow({ where: { code: "KCQG" }, select: { id: true } });
    const onOld = await draftProject(testDb(), { implementerId: world.centreOrg.id, provinceId: world.old.id, fundingSourceId: source.id });
    await expect(assertDraftProvinceInForce(world.centre, { id: onOld.id, provinceId: world.old.id })).resolves.toBeUndefined();
    const onCurrent = await draftProject(testDb(), { implementerId: world.centreOrg.id, provinceId: world.current.id, fundingSourceId: source.id });
    expect((await refusal(assertDraftProvinceInForce(world.centre, { id: onCurrent.id, provinceId: world.old.id }))).code).toBe("VALIDATION");
  });
});
