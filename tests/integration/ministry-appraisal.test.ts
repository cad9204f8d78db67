// Thẩm định cấp Bộ against real PostgreSQL: the queue is the Cục's, each outcome, wrong states,
// forged non-Cục calls, concurrent decisions, council recusals and the biên bản PDF.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { listAppraisalQueue } from "../../lib/appraisals/queries";
import { decideMinistryAppraisal, openMinistryAppraisal } from "../../lib/appraisals/mutations";
import { assignToCouncil, createCouncil, recordMemberAssessment } from "../../lib/appraisals/councils";
import { getCouncil } from "../../lib/appraisals/council-queries";
import { buildMinutesPdf } from "../../lib/appraisals/minutes-pdf";
import { CRITERIA } from "../../lib/appraisals/criteria";
import type { Actor } from "../../lib/auth/actor";
import { cucStaff, draftProject, facility, machineryNorm, provinceWorld } from "../fixtures/world";
import { testDb as db } from "./db";
import { failure } from "../fixtures/failure";

type World = Awaited<ReturnType<typeof provinceWorld>>;
let a: World;
let b: World;
let cuc: Actor;
let cuc2: Actor;
let kcqgId: string;

// "Hồ sơ đầy đủ" partly met: these đề án carry no dossier files, which bars "Đạt" (sheet rules).
const allMet = CRITERIA.map((criterion) => ({ criterion, assessment: criterion === "DOSSIER_COMPLETENESS" ? ("PARTLY_MET" as const) : ("MET" as const), comment: "Đạt yêu cầu" }));

async function registered(w: World, kind: "STANDARD" | "FLAGSHIP" = "STANDARD") {
  const p = await draftProject(db(), { implementerId: w.centreOrg.id, provinceId: w.current.id, fundingSourceId: kcqgId, title: `Đề án thử ${randomUUID().slice(0, 6)}` });
  return db().project.update({ where: { id: p.id }, data: { status: "REGISTERED", kind }, select: { id: true, version: true } });
}

beforeAll(async () => {
  // The quorum rule is reference data (prisma/seed/reference/council-quorum.ts), not in a bare test database.
  await db().councilQuorumRule.upsert({ where: { level_validFrom: { level: "MINISTRY", validFrom: new Date("2014-02-10T00:00:00Z") } }, update: {}, create: { level: "MINISTRY", validFrom: new Date("2014-02-10T00:00:00Z"), minShareBp: 5001, minMembers: 2, chairRequired: true, basis: "Quy định của chương trình (chưa có căn cứ pháp lý xác nhận)", programmeRule: true } });
  ({ kcqg: { id: kcqgId } } = await machineryNorm(db()));
  a = await provinceWorld(db(), "Tỉnh Thẩm Định A");
  b = await provinceWorld(db(), "Tỉnh Thẩm Định B");
  cuc = await cucStaff(db());
  cuc2 = await cucStaff(db());
});

describe("appraisal queue", () => {
  it("lists registered đề án with the Điều 7 ranking for the Cục only", async () => {
    const plain = await registered(a);
    const flagship = await registered(a, "FLAGSHIP");
    const queue = await listAppraisalQueue(cuc, { year: 2027, province: a.current.id, status: "REGISTERED" });
    const ids = queue.rows.map((r) => r.id);
    expect(ids).toContain(plain.id);
    expect(ids.indexOf(flagship.id)).toBeLessThan(ids.indexOf(plain.id));
    expect(queue.rows.find((r) => r.id === flagship.id)?.reasons[0]).toBe("FLAGSHIP");
    expect(queue.counts.kind.FLAGSHIP).toBeGreaterThanOrEqual(1);
    expect(queue.counts.zone.NONE).toBe(queue.rows.length); // test provinces have no zone: "chưa xác định"
    for (const actor of [a.sct, a.centre]) expect((await failure(listAppraisalQueue(actor, { year: 2027 }))).code).toBe("NOT_FOUND");
  });
});

describe("ministry appraisal", () => {
  it("opens, then approves with the requested amount", async () => {
    const p = await registered(a);
    const opened = await openMinistryAppraisal(cuc, { projectId: p.id, version: p.version });
    expect(opened.status).toBe("UNDER_CUC_APPRAISAL");
    const done = await decideMinistryAppraisal(cuc, { projectId: p.id, version: opened.version, outcome: "APPROVE", criteria: allMet, conclusion: "Đạt yêu cầu" });
    expect(done.status).toBe("APPROVED_BY_CUC");
    const row = await db().project.findUniqueOrThrow({ where: { id: p.id }, select: { approvedAmount: true, appraisals: { select: { level: true, outcome: true, scores: true } } } });
    expect(row.approvedAmount).toBe(300_000_000n);
    expect(row.appraisals[0]).toMatchObject({ level: "MINISTRY", outcome: "APPROVE" });
    expect(row.appraisals[0]!.scores).toHaveLength(5);
  });

  it("approves a reduced amount on first save, and refuses an amount not below the request", async () => {
    const p = await registered(a);
    const tooMuch = await failure(decideMinistryAppraisal(cuc, { projectId: p.id, version: p.version, outcome: "APPROVE_REDUCED", approvedAmount: "300", criteria: allMet }));
    expect(tooMuch.code).toBe("VALIDATION");
    const done = await decideMinistryAppraisal(cuc, { projectId: p.id, version: p.version, outcome: "APPROVE_REDUCED", approvedAmount: "250,5", criteria: allMet, conclusion: "Giảm chi phí máy" });
    expect(done.status).toBe("APPROVED_BY_CUC");
    expect((await db().project.findUniqueOrThrow({ where: { id: p.id } })).approvedAmount).toBe(250_500_000n);
  });

  it("returns with a reason (notifying the implementer) and rejects with a reason", async () => {
    const r = await registered(a);
    expect(await failure(decideMinistryAppraisal(cuc, { projectId: r.id, version: r.version, outcome: "RETURN", criteria: allMet }))).toMatchObject({ fields: { conclusion: { key: "errors.appraisalSheet.reasonRequired" } } }); // a field error in the form
    const returned = await decideMinistryAppraisal(cuc, { projectId: r.id, version: r.version, outcome: "RETURN", criteria: allMet, conclusion: "Bổ sung báo giá thiết bị" });
    expect(returned.status).toBe("RETURNED_BY_CUC");
    expect(await db().notification.count({ where: { userId: a.centre.userId, kind: "PROJECT_RETURNED", title: { contains: "Cục" } } })).toBeGreaterThanOrEqual(1);
    const j = await registered(a);
    const rejected = await decideMinistryAppraisal(cuc, { projectId: j.id, version: j.version, outcome: "REJECT", criteria: allMet, conclusion: "Không phù hợp nội dung khuyến công" });
    expect(rejected.status).toBe("REJECTED_BY_CUC");
    expect((await db().project.findUniqueOrThrow({ where: { id: j.id } })).approvedAmount).toBeNull();
  });

  it("refuses a đề án that is not registered, naming its status", async () => {
    const d = await draftProject(db(), { implementerId: a.centreOrg.id, provinceId: a.current.id, fundingSourceId: kcqgId });
    const error = await failure(decideMinistryAppraisal(cuc, { projectId: d.id, version: d.version, outcome: "APPROVE", criteria: allMet, conclusion: "Đạt yêu cầu" }));
    expect(error.code).toBe("INVALID_TRANSITION");
    expect(error.message).toContain("Nháp");
  });

  it("refuses forged requests by non-Cục users", async () => {
    const p = await registered(a);
    for (const actor of [a.sct, a.centre, b.sct]) {
      expect((await failure(decideMinistryAppraisal(actor, { projectId: p.id, version: p.version, outcome: "APPROVE", criteria: allMet, conclusion: "Đạt yêu cầu" }))).code).toBe("FORBIDDEN");
      expect((await failure(openMinistryAppraisal(actor, { projectId: p.id, version: p.version }))).code).toBe("FORBIDDEN");
    }
    expect((await db().project.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("REGISTERED");
  });

  it("lets exactly one of two concurrent decisions win", async () => {
    const p = await registered(a);
    const results = await Promise.allSettled([
      decideMinistryAppraisal(cuc, { projectId: p.id, version: p.version, outcome: "APPROVE", criteria: allMet, conclusion: "Đạt yêu cầu" }),
      decideMinistryAppraisal(cuc2, { projectId: p.id, version: p.version, outcome: "REJECT", criteria: allMet, conclusion: "Không phù hợp quy hoạch" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((lost.reason as { code: string }).code).toBe("CONFLICT");
    expect(await db().appraisal.count({ where: { projectId: p.id, level: "MINISTRY", outcome: { not: null } } })).toBe(1);
  });
});

describe("councils", () => {
  it("recuses a member from the applicant's province and one with a declared facility relationship", async () => {
    const f = await facility(db(), b.current.id);
    const pa = await registered(a);
    const pb = await registered(b);
    await db().projectBeneficiary.create({ data: { projectId: pb.id, facilityId: f.id } });
    const council = await createCouncil(cuc, {
      planYear: 2027, name: "Hội đồng thẩm định thử nghiệm", decisionRef: "QĐ 1/QĐ-CĐMST",
      members: [
        { userId: cuc.userId, role: "CHAIR" },
        { name: "Nguyễn Thị Thư Ký", role: "SECRETARY", organisationId: cuc.organisationId },
        { name: "Trần Văn Sở A", role: "MEMBER", organisationId: a.sctOrg.id },
        { name: "Lê Văn Kê Khai", role: "MEMBER", organisationId: cuc.organisationId, declaredInterests: [f.id] },
      ],
    });
    await assignToCouncil(cuc, { councilId: council.id, projectId: pa.id, version: pa.version });
    await assignToCouncil(cuc, { councilId: council.id, projectId: pb.id, version: pb.version });
    const view = await getCouncil(cuc, council.id);
    const member = (name: string) => view.members.find((m) => m.name === name)!;
    const recA = await db().councilRecusal.findUniqueOrThrow({ where: { memberId_projectId: { memberId: member("Trần Văn Sở A").id, projectId: pa.id } } });
    expect(recA.reason).toContain("tỉnh có đề án");
    const recB = await db().councilRecusal.findUniqueOrThrow({ where: { memberId_projectId: { memberId: member("Lê Văn Kê Khai").id, projectId: pb.id } } });
    expect(recB.reason).toContain("đơn vị thụ hưởng");
    expect(await db().councilRecusal.count({ where: { memberId: member("Trần Văn Sở A").id, projectId: pb.id } })).toBe(0);

    const refused = await failure(recordMemberAssessment(cuc, { councilId: council.id, projectId: pa.id, memberId: member("Trần Văn Sở A").id, criteria: allMet }));
    expect(refused.code).toBe("FORBIDDEN");
    expect(refused.message).toContain("tỉnh có đề án");
    expect((await failure(recordMemberAssessment(cuc, { councilId: council.id, projectId: pb.id, memberId: member("Lê Văn Kê Khai").id, criteria: allMet }))).code).toBe("FORBIDDEN");
    expect((await failure(recordMemberAssessment(a.sct, { councilId: council.id, projectId: pb.id, memberId: member("Trần Văn Sở A").id, criteria: allMet }))).code).toBe("FORBIDDEN");

    const current = await db().project.findUniqueOrThrow({ where: { id: pa.id }, select: { version: true } });
    expect((await failure(decideMinistryAppraisal(cuc, { projectId: pa.id, version: current.version, outcome: "APPROVE", criteria: allMet, conclusion: "Đạt yêu cầu" }))).code).toBe("VALIDATION");
    await recordMemberAssessment(cuc, { councilId: council.id, projectId: pa.id, memberId: member("Nguyễn Thị Thư Ký").id, criteria: allMet });
    await recordMemberAssessment(cuc, { councilId: council.id, projectId: pa.id, memberId: member("Lê Văn Kê Khai").id, criteria: allMet.map((c) => ({ ...c, assessment: "PARTLY_MET" as const })) });
    const decided = await decideMinistryAppraisal(cuc, { projectId: pa.id, version: current.version, outcome: "APPROVE_REDUCED", approvedAmount: "200", criteria: allMet, conclusion: "Hội đồng thống nhất đề nghị giảm kinh phí" });
    expect(decided.status).toBe("APPROVED_BY_CUC");

    const pdf = await buildMinutesPdf(await getCouncil(cuc, council.id), new Date("2026-11-05T03:00:00Z"));
    expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
    expect(pdf.length).toBeGreaterThan(5_000);
    expect((await failure(getCouncil(a.sct, council.id))).code).toBe("NOT_FOUND");
  });

  it("refuses a council without a chair", async () => {
    const error = await failure(createCouncil(cuc, { planYear: 2027, name: "Hội đồng thiếu chủ tịch", members: [{ name: "A", role: "MEMBER" }, { name: "B", role: "SECRETARY" }, { name: "C", role: "MEMBER" }] }));
    expect(error.message).toContain("chủ tịch");
  });
});
