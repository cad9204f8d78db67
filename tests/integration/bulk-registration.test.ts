// Registering several đề án with the Cục at once (issue #10): every đề án goes through the single
// registration step in its own transaction, so one refused đề án (another province's, incomplete,
// stale) is reported with its reason and neither blocks nor undoes the others.
import { beforeAll, describe, expect, it } from "vitest";
import { CRITERIA } from "../../lib/appraisals/criteria";
import { appraiseAtProvince } from "../../lib/appraisals/province";
import { registerManyWithCuc } from "../../lib/projects/bulk-register";
import { transitionProject } from "../../lib/projects/mutations";
import { REGISTRATION_OPEN, submittedDraft } from "../fixtures/complete-draft";
import { cucStaff, machineryNorm, provinceWorld } from "../fixtures/world";
import { testDb as db } from "./db";

type World = Awaited<ReturnType<typeof provinceWorld>>;
let a: World;
let b: World;
let norm: { id: string };
let category: { id: string };

// The fixture plan year 2027 (15/06/2026 deadline): saveDraft accepts plan years up to 2100 only,
// and nothing here is counted by year. Each test has its own provinces.
const OPEN = REGISTRATION_OPEN;
const criteria = CRITERIA.map((criterion) => ({ criterion, assessment: criterion === "DOSSIER_COMPLETENESS" ? ("PARTLY_MET" as const) : ("MET" as const), comment: "" }));

/** A đề án of the province, submitted by its centre and approved by its SCT (APPROVED_BY_SCT). */
async function approved(w: World) {
  const submitted = await submittedDraft(db(), w, { norm, category }, "Hỗ trợ máy sấy chè (đăng ký nhiều đề án)");
  const done = await appraiseAtProvince(w.sct, { projectId: submitted.id, version: submitted.version, outcome: "APPROVE", method: "STAFF", form: "4a", criteria, conclusion: "Đạt yêu cầu" });
  return { projectId: submitted.id, version: done.version };
}

const statusOf = async (id: string) => (await db().project.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

beforeAll(async () => {
  ({ norm, category } = await machineryNorm(db()));
  a = await provinceWorld(db(), "Tỉnh Đăng Ký A");
  b = await provinceWorld(db(), "Tỉnh Đăng Ký B");
});

describe("registering several đề án with the Cục at once", () => {
  it("registers each of the SCT's approved đề án, each with its own transition by the SCT", async () => {
    const items = [await approved(a), await approved(a)];
    const outcomes = await registerManyWithCuc(a.sct, { items }, OPEN);
    expect(outcomes).toEqual(items.map((i) => ({ projectId: i.projectId, ok: true, status: "REGISTERED", version: i.version + 1 })));
    for (const i of items) {
      expect(await statusOf(i.projectId)).toBe("REGISTERED");
      expect(await db().projectTransition.count({ where: { projectId: i.projectId, toStatus: "REGISTERED", actorId: a.sct.userId } })).toBe(1);
    }
  });

  it("refuses another province's đề án as not found, leaving it and the others as they are", async () => {
    const mine = await approved(a);
    const theirs = await approved(b);
    const outcomes = await registerManyWithCuc(a.sct, { items: [theirs, mine] }, OPEN);
    expect(outcomes[0]).toMatchObject({ projectId: theirs.projectId, ok: false, error: { code: "NOT_FOUND" } });
    expect(outcomes[1]).toMatchObject({ projectId: mine.projectId, ok: true, status: "REGISTERED" });
    expect(await statusOf(theirs.projectId)).toBe("APPROVED_BY_SCT");
    expect(await statusOf(mine.projectId)).toBe("REGISTERED");
  });

  it("gives an incomplete đề án its reason and registers the complete one", async () => {
    const complete = await approved(a);
    const incomplete = await approved(a);
    // The dossier went missing after the SCT's appraisal: the Cục receives only complete đề án.
    await db().attachment.deleteMany({ where: { projectId: incomplete.projectId } });
    const outcomes = await registerManyWithCuc(a.sct, { items: [incomplete, complete] }, OPEN);
    const refused = outcomes[0]!;
    expect(refused.ok).toBe(false);
    if (refused.ok) throw new Error("unreachable");
    expect(refused.error?.code).toBe("VALIDATION");
    expect(refused.error?.message).toMatch(/^Chưa gửi được: còn \d+ lỗi cần sửa\./);
    expect(outcomes[1]).toMatchObject({ ok: true, status: "REGISTERED" });
    expect(await statusOf(incomplete.projectId)).toBe("APPROVED_BY_SCT");
  });

  it("refuses a stale version and a đề án in the wrong state, each with its own code", async () => {
    const stale = await approved(a);
    const registered = await approved(a);
    await registerManyWithCuc(a.sct, { items: [registered] }, OPEN);
    const outcomes = await registerManyWithCuc(a.sct, { items: [{ ...stale, version: stale.version - 1 }, { projectId: registered.projectId, version: registered.version + 1 }] }, OPEN);
    expect(outcomes.map((o) => (o.ok ? "ok" : o.error?.code))).toEqual(["CONFLICT", "INVALID_TRANSITION"]);
    expect(await statusOf(stale.projectId)).toBe("APPROVED_BY_SCT");
  });

  it("registers again a đề án the Cục returned, together with a first registration", async () => {
    const first = await approved(a);
    const again = await approved(a);
    const [done] = await registerManyWithCuc(a.sct, { items: [again] }, OPEN);
    if (!done?.ok) throw new Error("the first registration should pass");
    const cuc = await cucStaff(db());
    const taken = await transitionProject(cuc, { projectId: again.projectId, to: "UNDER_CUC_APPRAISAL", version: done.version, comment: "" });
    const returned = await transitionProject(cuc, { projectId: again.projectId, to: "RETURNED_BY_CUC", version: taken.version, comment: "Bổ sung báo giá" });
    const outcomes = await registerManyWithCuc(a.sct, { items: [first, { projectId: again.projectId, version: returned.version }] }, OPEN);
    expect(outcomes.map((o) => o.ok)).toEqual([true, true]);
    expect(await statusOf(again.projectId)).toBe("REGISTERED");
  });

  it("lets only the province's SCT register: its centre is refused for every đề án", async () => {
    const p = await approved(a);
    const [outcome] = await registerManyWithCuc(a.centre, { items: [p] }, OPEN);
    expect(outcome).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await statusOf(p.projectId)).toBe("APPROVED_BY_SCT");
  });

  it("refuses an empty or repeated selection before touching any đề án", async () => {
    const p = await approved(a);
    await expect(registerManyWithCuc(a.sct, { items: [] }, OPEN)).rejects.toThrow(/Chọn ít nhất một đề án/);
    await expect(registerManyWithCuc(a.sct, { items: [p, p] }, OPEN)).rejects.toThrow(/Một đề án được chọn hai lần/);
    expect(await statusOf(p.projectId)).toBe("APPROVED_BY_SCT");
  });
});
