// Issue #10 appraisal rules against real PostgreSQL: the SCT sheet refuses an incomplete sheet with
// every message at once, a failed criterion without a reason and "Hồ sơ đầy đủ: Đạt" without the
// required files; another province's SCT cannot appraise; a council without quorum or with a
// recused secretary cannot conclude until an acting secretary is chosen.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { appraiseAtProvince } from "../../lib/appraisals/province";
import { decideMinistryAppraisal } from "../../lib/appraisals/mutations";
import { assignToCouncil, createCouncil, recordMemberAssessment } from "../../lib/appraisals/councils";
import { CRITERIA } from "../../lib/appraisals/criteria";
import type { Actor } from "../../lib/auth/actor";
import { cucStaff, draftProject, facility, machineryNorm, provinceWorld } from "../fixtures/world";
import { testDb as db } from "./db";
import { failure } from "../fixtures/failure";

type World = Awaited<ReturnType<typeof provinceWorld>>;
let a: World;
let b: World;
let cuc: Actor;
let kcqgId: string;
const met = CRITERIA.map((criterion) => ({ criterion, assessment: "MET" as const, comment: "" }));

async function inStatus(w: World, status: "SUBMITTED_TO_SCT" | "REGISTERED") {
  const p = await draftProject(db(), { implementerId: w.centreOrg.id, provinceId: w.current.id, fundingSourceId: kcqgId, title: `Đề án quy tắc ${randomUUID().slice(0, 6)}` });
  return db().project.update({ where: { id: p.id }, data: { status }, select: { id: true, version: true } });
}
async function attach(projectId: string, kind: "REQUEST_LETTER" | "BENEFICIARY_LETTER") {
  await db().attachment.create({ data: { projectId, kind, fileName: `${kind}.pdf`, mimeType: "application/pdf", sizeBytes: 10, sha256: "0".repeat(64), storageKey: randomUUID() } });
}

beforeAll(async () => {
  await db().councilQuorumRule.upsert({ where: { level_validFrom: { level: "MINISTRY", validFrom: new Date("2014-02-10T00:00:00Z") } }, update: {}, create: { level: "MINISTRY", validFrom: new Date("2014-02-10T00:00:00Z"), minShareBp: 5001, minMembers: 2, chairRequired: true, basis: "Quy định của chương trình (chưa có căn cứ pháp lý xác nhận)", programmeRule: true } });
  ({ kcqg: { id: kcqgId } } = await machineryNorm(db()));
  a = await provinceWorld(db(), "Tỉnh Quy Tắc A");
  b = await provinceWorld(db(), "Tỉnh Quy Tắc B");
  cuc = await cucStaff(db());
});

describe("province appraisal sheet", () => {
  it("refuses an unassessed sheet with every message at once and writes nothing", async () => {
    const p = await inStatus(a, "SUBMITTED_TO_SCT");
    const error = await failure(appraiseAtProvince(a.sct, { projectId: p.id, version: p.version, method: "STAFF", criteria: CRITERIA.map((criterion) => ({ criterion, assessment: "" })) }));
    expect(error.code).toBe("VALIDATION");
    expect(Object.keys((error as unknown as { fields: object }).fields).sort()).toEqual(["criteria.0.assessment", "criteria.1.assessment", "criteria.2.assessment", "criteria.3.assessment", "criteria.4.assessment", "outcome"]);
    expect(await db().appraisal.count({ where: { projectId: p.id } })).toBe(0);
  });

  it("needs a reason to approve with a failed criterion, and stores it", async () => {
    const p = await inStatus(a, "SUBMITTED_TO_SCT");
    await attach(p.id, "REQUEST_LETTER");
    const failed = met.map((c) => (c.criterion === "COMBINATION" ? { ...c, assessment: "NOT_MET" as const } : c));
    const sheet = { projectId: p.id, version: p.version, method: "STAFF", outcome: "APPROVE", criteria: failed, conclusion: "Đạt" };
    const error = await failure(appraiseAtProvince(a.sct, sheet));
    expect((error as unknown as { fields: Record<string, { key: string }> }).fields.failedCriterionReason?.key).toBe("errors.appraisalSheet.failedReasonRequired");
    await appraiseAtProvince(a.sct, { ...sheet, failedCriterionReason: "Địa phương chưa có chương trình lồng ghép" });
    expect((await db().appraisal.findFirstOrThrow({ where: { projectId: p.id } })).failedCriterionReason).toBe("Địa phương chưa có chương trình lồng ghép");
  });

  it("refuses 'Hồ sơ đầy đủ: Đạt' without the required documents, then accepts once they are attached", async () => {
    const p = await inStatus(a, "SUBMITTED_TO_SCT");
    const f = await facility(db(), a.current.id);
    await db().projectBeneficiary.create({ data: { projectId: p.id, facilityId: f.id } });
    await attach(p.id, "REQUEST_LETTER");
    const sheet = { projectId: p.id, version: p.version, method: "STAFF", outcome: "APPROVE", criteria: met, conclusion: "Đạt" };
    const error = await failure(appraiseAtProvince(a.sct, sheet));
    expect(error.code).toBe("VALIDATION");
    expect(error.details?.["criteria.4.assessment"]).toMatch(/Văn bản đề nghị của đơn vị thụ hưởng/);
    await attach(p.id, "BENEFICIARY_LETTER");
    expect((await appraiseAtProvince(a.sct, sheet)).status).toBe("APPROVED_BY_SCT");
  });

  it("gives province B's SCT not found", async () => {
    const p = await inStatus(a, "SUBMITTED_TO_SCT");
    expect((await failure(appraiseAtProvince(b.sct, { projectId: p.id, version: p.version, method: "STAFF", outcome: "REJECT", criteria: met, conclusion: "Không phù hợp quy hoạch" }))).code).toBe("NOT_FOUND");
  });
});

describe("council quorum and secretary", () => {
  const decide = (p: { id: string; version: number }, extra = {}) => decideMinistryAppraisal(cuc, { projectId: p.id, version: p.version, outcome: "REJECT", criteria: met.map((c) => ({ ...c, assessment: "PARTLY_MET" as const })), conclusion: "Không phù hợp quy hoạch", ...extra });

  it("refuses to conclude with one of three members after two recusals", async () => {
    const p = await inStatus(a, "REGISTERED");
    const council = await createCouncil(cuc, { planYear: 2027, name: "Hội đồng thiếu số", members: [{ userId: cuc.userId, role: "CHAIR" }, { name: "Thư ký Sở A", role: "SECRETARY", organisationId: a.sctOrg.id }, { name: "Ủy viên Sở A", role: "MEMBER", organisationId: a.sctOrg.id }] });
    const { version } = await assignToCouncil(cuc, { councilId: council.id, projectId: p.id, version: p.version });
    const chair = await db().councilMember.findFirstOrThrow({ where: { councilId: council.id, role: "CHAIR" } });
    await recordMemberAssessment(cuc, { councilId: council.id, projectId: p.id, memberId: chair.id, criteria: met });
    const error = await failure(decide({ id: p.id, version }));
    expect(error.message).toMatch(/1\/3 thành viên tham gia đánh giá, cần ít nhất 2 \(Quy định của chương trình/);
    expect((await db().project.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("UNDER_CUC_APPRAISAL");
  });

  it("refuses a recused secretary until an acting secretary among the others is chosen", async () => {
    const p = await inStatus(a, "REGISTERED");
    const council = await createCouncil(cuc, { planYear: 2027, name: "Hội đồng thư ký rút", members: [{ userId: cuc.userId, role: "CHAIR" }, { name: "Thư ký Sở A", role: "SECRETARY", organisationId: a.sctOrg.id }, { name: "Ủy viên 1", role: "MEMBER", organisationId: cuc.organisationId }, { name: "Ủy viên 2", role: "MEMBER", organisationId: cuc.organisationId }, { name: "Ủy viên 3", role: "MEMBER", organisationId: cuc.organisationId }] });
    const { version } = await assignToCouncil(cuc, { councilId: council.id, projectId: p.id, version: p.version });
    const members = await db().councilMember.findMany({ where: { councilId: council.id } });
    const byName = (n: string) => members.find((m) => m.name === n)!;
    await recordMemberAssessment(cuc, { councilId: council.id, projectId: p.id, memberId: byName("Ủy viên 1").id, criteria: met });
    const refused = await failure(decide({ id: p.id, version }));
    expect(refused.message).toMatch(/chọn thư ký thay thế/);
    expect((await failure(decide({ id: p.id, version }, { actingSecretaryId: byName("Thư ký Sở A").id }))).message).toMatch(/chọn thư ký thay thế/);
    await decide({ id: p.id, version }, { actingSecretaryId: byName("Ủy viên 1").id });
    expect((await db().appraisal.findFirstOrThrow({ where: { projectId: p.id, level: "MINISTRY" } })).actingSecretaryId).toBe(byName("Ủy viên 1").id);
  });
});
