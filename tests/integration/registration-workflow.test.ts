// Registration workflow against real PostgreSQL: every step with its allowed and forbidden actors,
// wrong states, the deadline, cross-province attempts, and concurrent decisions.
import { beforeAll, describe, expect, it } from "vitest";
import { saveDraft } from "../../lib/projects/draft";
import { CRITERIA } from "../../lib/appraisals/criteria";
import { appraiseAtProvince } from "../../lib/appraisals/province";
import { extendRegistrationDeadline } from "../../lib/plan-years/mutations";
import { registerWithCuc, submitProject } from "../../lib/projects/workflow";
import { cucStaff, facility, machineryNorm, provinceWorld } from "../fixtures/world";
import { testDb } from "./db";
import { failure } from "../fixtures/failure";
import { COMPLETE, attachDossier as attachDossierTo } from "../fixtures/complete-draft";

type World = Awaited<ReturnType<typeof provinceWorld>>;
let a: World;
let b: World;
let norm: { id: string };
let category: { id: string };

// "Hồ sơ đầy đủ" partly met: these drafts carry no dossier files, which bars "Đạt" (sheet rules).
const allMet = CRITERIA.map((criterion) => ({ criterion, assessment: criterion === "DOSSIER_COMPLETENESS" ? ("PARTLY_MET" as const) : ("MET" as const), comment: "" }));
const staffApproval = (projectId: string, version: number) => ({ projectId, version, outcome: "APPROVE", method: "STAFF", form: "4a", criteria: allMet, conclusion: "Đạt yêu cầu" });

const attachDossier = (projectId: string) => attachDossierTo(testDb(), projectId);

async function draftFor(w: World, supportTrieu = "300", totalTrieu = "700") {
  const f = await facility(testDb(), w.current.id);
  const saved = await saveDraft(w.centre, {
    title: "Hỗ trợ ứng dụng máy sấy chè tiên tiến",
    planYear: 2027,
    endYear: 2027,
    fundingSource: "KCQG",
    kind: "STANDARD",
    provinceId: w.current.id,
    locationText: "Xã Thử Nghiệm",
    needAndBasis: "Cơ sở sấy chè thủ công, chất lượng không đồng đều.",
    objectives: "Nâng năng suất sấy chè lên 2 tấn/ngày.",
    ...COMPLETE,
    contentCategoryIds: [category.id],
    beneficiaries: [{ facilityId: f.id }],
    budgetLines: [{ item: "Máy sấy chè", supportNormId: norm.id, facilityId: f.id, unit: "máy", quantity: 1, totalCost: totalTrieu, supportAmount: supportTrieu }],
  });
  await attachDossier(saved.id);
  return { ...saved, facilityId: f.id };
}

const OPEN = new Date("2026-06-01T03:00:00Z");
const LATE = new Date("2026-06-20T03:00:00Z");

beforeAll(async () => {
  ({ norm, category } = await machineryNorm(testDb()));
  a = await provinceWorld(db(), "Tỉnh A");
  b = await provinceWorld(db(), "Tỉnh B");
});
const db = testDb;

describe("đề án draft", () => {
  it("computes totals from the lines and saves again with the version", async () => {
    const saved = await draftFor(a, "300", "700");
    const row = await db().project.findUniqueOrThrow({ where: { id: saved.id }, select: { totalCost: true, supportAmount: true, counterpartAmount: true, status: true } });
    expect(row).toEqual({ totalCost: 700_000_000n, supportAmount: 300_000_000n, counterpartAmount: 400_000_000n, status: "DRAFT" });
    expect(saved.code).toMatch(/^KCQG-2027-T.{6}-001$/);
  });

  it("refuses a stale version without writing anything", async () => {
    const saved = await draftFor(a);
    const input = { id: saved.id, version: saved.version, title: "Tên mới của đề án", planYear: 2027, endYear: 2027, fundingSource: "KCQG", kind: "STANDARD", provinceId: a.current.id };
    await saveDraft(a.centre, input);
    const error = await failure(saveDraft(a.centre, { ...input, title: "Ghi đè âm thầm" }));
    expect(error.code).toBe("CONFLICT");
    expect((await db().project.findUniqueOrThrow({ where: { id: saved.id } })).title).toBe("Tên mới của đề án");
  });

  it("refuses another province's centre editing it, as not found", async () => {
    const saved = await draftFor(a);
    const error = await failure(saveDraft(b.centre, { id: saved.id, version: saved.version, title: "Chiếm quyền", planYear: 2027, endYear: 2027, fundingSource: "KCQG", kind: "STANDARD", provinceId: b.current.id }));
    expect(error.code).toBe("NOT_FOUND");
  });
});

describe("submission", () => {
  it("blocks a hard norm violation with the rule, then accepts the fixed draft", async () => {
    const saved = await draftFor(a, "400", "1000");
    const error = await failure(submitProject(a.centre, { projectId: saved.id, version: saved.version }, OPEN));
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toMatch(/vượt định mức/);
    const project = await db().project.findUniqueOrThrow({ where: { id: saved.id }, select: { status: true } });
    expect(project.status).toBe("DRAFT");
  });

  it("counts the facility's support in other đề án against the cumulative cap", async () => {
    const first = await draftFor(a, "200", "500");
    await submitProject(a.centre, { projectId: first.id, version: first.version }, OPEN);
    const second = await saveDraft(a.centre, {
      title: "Đề án thứ hai cho cùng cơ sở", planYear: 2027, endYear: 2027, fundingSource: "KCQG", kind: "STANDARD", provinceId: a.current.id,
      locationText: "Xã", needAndBasis: "Cần", objectives: "Mục tiêu", ...COMPLETE, contentCategoryIds: [category.id], beneficiaries: [{ facilityId: first.facilityId }],
      budgetLines: [{ item: "Máy thứ hai", supportNormId: norm.id, facilityId: first.facilityId, totalCost: "400", supportAmount: "150" }],
    });
    await attachDossier(second.id);
    const error = await failure(submitProject(a.centre, { projectId: second.id, version: second.version }, OPEN));
    expect(error.message).toMatch(/Cộng dồn không quá 300 triệu đồng\/cơ sở; cơ sở đã được hỗ trợ 200 triệu đồng/);
  });

  it("is only for the implementer", async () => {
    const saved = await draftFor(a);
    expect((await failure(submitProject(a.sct, { projectId: saved.id, version: saved.version }, OPEN))).code).toBe("FORBIDDEN");
    expect((await failure(submitProject(b.centre, { projectId: saved.id, version: saved.version }, OPEN))).code).toBe("NOT_FOUND");
  });
});

describe("direct registration (TT 36/2013 Điều 8.1.b)", () => {
  it("lets a regional centre register its đề án with the Cục itself, before the deadline only", async () => {
    const { randomUUID } = await import("node:crypto");
    const { loadActor } = await import("../../lib/auth/load-actor");
    const centre = await db().organisation.create({ data: { code: `TTKC-VUNG-${randomUUID()}`, kind: "REGIONAL_CENTRE", validFrom: new Date("2025-07-01T00:00:00Z"), searchText: "trung tam vung", names: { create: { name: "Trung tâm vùng thử nghiệm", validFrom: new Date("2025-07-01T00:00:00Z") } } } });
    const user = await db().user.create({ data: { email: `${randomUUID()}@test.local`, name: "Cán bộ trung tâm vùng", passwordHash: "x", organisationId: centre.id, roles: { create: [{ role: "REGIONAL_CENTRE" }] }, scopes: { create: [{ kind: "PROVINCE", provinceId: a.current.id }] } } });
    const regional = (await loadActor(db(), user.id))!;
    const f = await facility(db(), a.current.id);
    const draft = async (title: string) => {
      const saved = await saveDraft(regional, {
        title, planYear: 2027, endYear: 2027, fundingSource: "KCQG", kind: "STANDARD", provinceId: a.current.id, locationText: "Tỉnh A", needAndBasis: "Cần", objectives: "Mục tiêu", ...COMPLETE,
        contentCategoryIds: [category.id], beneficiaries: [{ facilityId: f.id }], budgetLines: [{ item: "Máy", supportNormId: norm.id, facilityId: f.id, totalCost: "200", supportAmount: "50" }],
      });
      await attachDossier(saved.id);
      return saved;
    };
    const onTime = await draft("Đề án của trung tâm vùng đăng ký trực tiếp");
    expect((await submitProject(regional, { projectId: onTime.id, version: onTime.version }, OPEN)).status).toBe("REGISTERED");
    const late = await draft("Đề án của trung tâm vùng nộp muộn");
    expect((await failure(submitProject(regional, { projectId: late.id, version: late.version }, LATE))).code).toBe("DEADLINE_PASSED");
  });
});

describe("province appraisal and registration", () => {
  async function submitted(w: World) {
    const saved = await draftFor(w);
    const s = await submitProject(w.centre, { projectId: saved.id, version: saved.version }, OPEN);
    return { id: saved.id, version: s.version };
  }

  it("lets the SCT return with reasons; the data and history stay; resubmission works", async () => {
    const p = await submitted(a);
    const returned = await appraiseAtProvince(a.sct, { ...staffApproval(p.id, p.version), outcome: "RETURN", conclusion: "Bổ sung báo giá máy sấy" });
    expect(returned.status).toBe("RETURNED_BY_SCT");
    const again = await submitProject(a.centre, { projectId: p.id, version: returned.version }, OPEN);
    expect(again.status).toBe("SUBMITTED_TO_SCT");
    const history = await db().projectTransition.findMany({ where: { projectId: p.id }, orderBy: { at: "asc" }, select: { toStatus: true, comment: true } });
    expect(history.map((h) => h.toStatus)).toEqual(["DRAFT", "SUBMITTED_TO_SCT", "RETURNED_BY_SCT", "SUBMITTED_TO_SCT"]);
    expect(history[2]!.comment).toBe("Bổ sung báo giá máy sấy");
    expect((await db().projectBudgetLine.count({ where: { projectId: p.id } }))).toBe(1);
  });

  it("requires a reason to return or reject, and a council to have a chair and three members", async () => {
    const p = await submitted(a);
    await expect(appraiseAtProvince(a.sct, { ...staffApproval(p.id, p.version), outcome: "REJECT", conclusion: "" })).rejects.toMatchObject({ fields: { conclusion: { key: "errors.appraisalSheet.reasonRequired" } } });
    await expect(appraiseAtProvince(a.sct, { ...staffApproval(p.id, p.version), method: "COUNCIL", members: [{ name: "Ông A", role: "MEMBER" }] })).rejects.toThrow(/Hội đồng cần ít nhất 3 thành viên/);
  });

  it("answers a malformed approved amount as VALIDATION with the field message, writing nothing", async () => {
    const p = await submitted(a);
    const error = await failure(appraiseAtProvince(a.sct, { ...staffApproval(p.id, p.version), approvedAmount: "12,3,4" }));
    expect(error.code).toBe("VALIDATION");
    expect(error.details?.approvedAmount).toMatch(/"12,3,4" không phải số theo định dạng Việt Nam/);
    expect(await db().appraisal.count({ where: { projectId: p.id } })).toBe(0);
  });

  it("records a council appraisal with its members and criteria", async () => {
    const p = await submitted(a);
    const members = [{ name: "Nguyễn Văn An", role: "CHAIR" }, { name: "Lê Thị Bình", role: "SECRETARY" }, { name: "Trần Văn Cường", role: "MEMBER" }];
    await appraiseAtProvince(a.sct, { ...staffApproval(p.id, p.version), method: "COUNCIL", members });
    const appraisal = await db().appraisal.findFirstOrThrow({ where: { projectId: p.id }, select: { outcome: true, council: { select: { members: { select: { name: true } } } }, scores: true } });
    expect(appraisal.outcome).toBe("APPROVE");
    expect(appraisal.council!.members.map((m) => m.name).sort()).toEqual(members.map((m) => m.name).sort());
    expect(appraisal.scores).toHaveLength(5);
  });

  it("forbids the implementer, another province's SCT and the Cục from appraising at province level", async () => {
    const p = await submitted(a);
    expect((await failure(appraiseAtProvince(a.centre, staffApproval(p.id, p.version)))).code).toBe("FORBIDDEN");
    expect((await failure(appraiseAtProvince(b.sct, staffApproval(p.id, p.version)))).code).toBe("NOT_FOUND");
    const cuc = await cucStaff(db());
    expect((await failure(appraiseAtProvince(cuc, staffApproval(p.id, p.version)))).code).toBe("FORBIDDEN");
  });

  it("refuses registration after the deadline with the date, and accepts it after the Cục extends", async () => {
    const p = await submitted(a);
    const approved = await appraiseAtProvince(a.sct, staffApproval(p.id, p.version));
    const late = await failure(registerWithCuc(a.sct, { projectId: p.id, version: approved.version }, LATE));
    expect(late.code).toBe("DEADLINE_PASSED");
    expect(late.message).toContain("hạn là 15/06/2026");
    expect((await failure(extendRegistrationDeadline(a.sct, { year: 2027, until: "2026-06-30", reason: "Xin gia hạn" }))).code).toBe("FORBIDDEN");
    const cuc = await cucStaff(db());
    await extendRegistrationDeadline(cuc, { year: 2027, until: "2026-06-30", reason: "Tỉnh A bị bão lũ" });
    const registered = await registerWithCuc(a.sct, { projectId: p.id, version: approved.version }, LATE);
    expect(registered.status).toBe("REGISTERED");
    await db().planYear.update({ where: { year: 2027 }, data: { registrationExtendedTo: null } });
  });

  it("refuses registration from the wrong state and by the wrong actor", async () => {
    const p = await submitted(a);
    expect((await failure(registerWithCuc(a.sct, { projectId: p.id, version: p.version }, OPEN))).code).toBe("INVALID_TRANSITION");
    const approved = await appraiseAtProvince(a.sct, staffApproval(p.id, p.version));
    expect((await failure(registerWithCuc(a.centre, { projectId: p.id, version: approved.version }, OPEN))).code).toBe("FORBIDDEN");
    expect((await failure(registerWithCuc(b.sct, { projectId: p.id, version: approved.version }, OPEN))).code).toBe("NOT_FOUND");
  });

  it("ends two simultaneous decisions on one đề án with exactly one winner", async () => {
    const p = await submitted(a);
    const results = await Promise.allSettled([
      appraiseAtProvince(a.sct, staffApproval(p.id, p.version)),
      appraiseAtProvince(a.sct, { ...staffApproval(p.id, p.version), outcome: "REJECT", conclusion: "Không phù hợp quy hoạch" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(loser.reason.code).toBe("CONFLICT");
    expect(await db().appraisal.count({ where: { projectId: p.id } })).toBe(1);
  });
});
