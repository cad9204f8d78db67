// Earlier support of beneficiaries as the appraisers see it (lib/facilities/earlier-support.ts),
// against real PostgreSQL: only đề án that reached a plan count, the đề án itself never, and a
// reader outside the province sees nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { earlierSupportOf } from "../../lib/facilities/earlier-support";
import { cucStaff, draftProject, facility, provinceWorld, referenceBasics } from "../fixtures/world";
import { testDb as db } from "./db";

let a: Awaited<ReturnType<typeof provinceWorld>>;
let b: Awaited<ReturnType<typeof provinceWorld>>;
let facilityId: string;
let current: string;

beforeAll(async () => {
  const { kcqg } = await referenceBasics(db());
  a = await provinceWorld(db(), "Tỉnh Hỗ Trợ Trước");
  b = await provinceWorld(db(), "Tỉnh Khác Hỗ Trợ");
  const f = await facility(db(), a.current.id);
  facilityId = f.id;
  const base = { implementerId: a.centreOrg.id, provinceId: a.current.id, fundingSourceId: kcqg.id };
  const [supported, draft, now] = [await draftProject(db(), base), await draftProject(db(), base), await draftProject(db(), base)];
  await db().project.update({ where: { id: supported.id }, data: { status: "IN_PLAN" } });
  for (const [projectId, amount] of [[supported.id, 120_000_000n], [draft.id, 50_000_000n], [now.id, 300_000_000n]] as const) {
    await db().projectBeneficiary.create({ data: { projectId, facilityId: f.id, supportAmount: amount } });
  }
  current = now.id;
});

describe("earlierSupportOf", () => {
  it("counts đề án in a plan or beyond, never the one being appraised nor drafts", async () => {
    for (const reader of [a.sct, await cucStaff(db())]) {
      const got = (await earlierSupportOf(reader, [facilityId], current)).get(facilityId);
      expect(got).toEqual({ count: 1, total: 120_000_000n, years: [2027] });
    }
  });
  it("shows nothing to another province's SCT", async () => {
    expect((await earlierSupportOf(b.sct, [facilityId], current)).size).toBe(0);
  });
});
