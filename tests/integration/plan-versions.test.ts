// Annual plans against real PostgreSQL: assembling and issuing (TT 36/2013 Điều 8.3), the envelope
// guard, forged requests, adjustments creating versions (Điều 11), as-of and diff, and KCĐP plans
// decided by the province's SCT with cross-province denial.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { parseCalendarDate, vietnamToday } from "../../lib/calendar";
import { addTask, createPlan, includeApprovedProjects } from "../../lib/plans/assemble";
import { decideAdjustment } from "../../lib/plans/adjustment-decide";
import { requestAdjustment } from "../../lib/plans/adjustment-request";
import { unsafePlanItemsAsOf, unsafePlanVersionInForce } from "../../lib/plans/in-force";
import { issuePlan } from "../../lib/plans/issue";
import { diffPlanVersions, getPlan } from "../../lib/plans/plan-view";
import { toSearchText } from "../../lib/search-text";
import { cucStaff, provinceWorld, referenceBasics } from "../fixtures/world";
import { testDb as db } from "./db";
import { failure } from "../fixtures/failure";

type World = Awaited<ReturnType<typeof provinceWorld>>;
let a: World;
let b: World;
let cuc: Actor;
let cuc2: Actor;
let sources: Awaited<ReturnType<typeof referenceBasics>>;
const day = parseCalendarDate;

async function planYear(year: number) {
  const catalog = await db().contentCatalogVersion.findUniqueOrThrow({ where: { code: "ND235-2025" }, select: { id: true } });
  await db().planYear.upsert({ where: { year }, update: {}, create: { year, sctSubmissionDeadline: day(`${year - 1}-05-20`), registrationDeadline: day(`${year - 1}-06-15`), contentCatalogVersionId: catalog.id } });
}

async function approvedProject(w: World, year: number, source: "KCQG" | "KCDP", amount: bigint, kind: "STANDARD" | "GROUP" = "STANDARD") {
  const title = `Đề án thử kế hoạch ${randomUUID().slice(0, 6)}`;
  return db().project.create({
    data: { code: `PLAN-${randomUUID()}`, title, searchText: toSearchText(title), planYear: year, endYear: year, fundingSourceId: (source === "KCQG" ? sources.kcqg : sources.kcdp).id, kind, status: "APPROVED_BY_CUC", implementerId: w.centreOrg.id, provinceId: w.current.id, supportAmount: amount + 50_000_000n, approvedAmount: amount },
    select: { id: true },
  });
}

// Signed in the past (a signing date after today is refused), in force from the plan year's day.
const SIGNED = "2026-01-15";
const decision = (number: string, effectiveOn = "2033-02-10", symbol = "QĐ-BCT") => ({ number, symbol, issuedOn: SIGNED, effectiveOn, signer: "Nguyễn Văn Thử" });

beforeAll(async () => {
  sources = await referenceBasics(db());
  await Promise.all([2033, 2034, 2035].map(planYear));
  a = await provinceWorld(db(), "Tỉnh Kế hoạch A");
  b = await provinceWorld(db(), "Tỉnh Kế hoạch B");
  cuc = await cucStaff(db());
  cuc2 = await cucStaff(db());
});

describe("national KCQG plan", () => {
  let planId: string;
  let p1: { id: string };
  let p2: { id: string };
  let p3: { id: string };

  it("is assembled from approved đề án and Cục tasks, over the envelope only with a reason", async () => {
    // Plan year 2033 is this file's own, so no other file's plan collides with it.
    p1 = await approvedProject(a, 2033, "KCQG", 300_000_000n);
    p2 = await approvedProject(b, 2033, "KCQG", 200_000_000n);
    ({ id: planId } = await createPlan(cuc, { year: 2033, level: "NATIONAL", envelope: "500" }));
    expect(await includeApprovedProjects(cuc, { planId })).toEqual({ added: 2 });
    await addTask(cuc, { planId, taskTitle: "Quản lý, kiểm tra chương trình", implementerId: cuc.organisationId, amount: "50" });
    const view = await getPlan(cuc, planId, day("2033-12-31"));
    expect(view.total).toBe(550_000_000n);
    expect(view.breakdowns.province.map((g) => g.amount)).toEqual([300_000_000n, 200_000_000n, 50_000_000n]);

    const blocked = await failure(issuePlan(cuc, { planId, decision: decision("101") }));
    expect(blocked.code).toBe("VALIDATION");
    expect(blocked.message).toContain("vượt mức trần");
    expect((await db().annualPlan.findUniqueOrThrow({ where: { id: planId } })).status).toBe("DRAFT");
  });

  it("refuses a forged issue by anyone but the Cục", async () => {
    const forged = await failure(issuePlan(a.sct, { planId, decision: decision("102"), confirmOverEnvelope: true, overEnvelopeReason: "Giả mạo yêu cầu ban hành" }));
    expect(forged.code).toBe("FORBIDDEN");
    const centre = await failure(includeApprovedProjects(a.centre, { planId }));
    expect(centre.code).toBe("FORBIDDEN");
  });

  it("issues version 1 with the decision and moves the đề án into the plan", async () => {
    const reason = "Bộ Tài chính đã thống nhất bổ sung dự toán";
    await issuePlan(cuc, { planId, decision: decision("103"), confirmOverEnvelope: true, overEnvelopeReason: reason });
    const plan = await db().annualPlan.findUniqueOrThrow({ where: { id: planId }, select: { status: true, versions: { select: { versionNo: true, note: true, effectiveOn: true, decision: { select: { number: true, symbol: true } } } } } });
    expect(plan.status).toBe("ISSUED");
    expect(plan.versions).toEqual([{ versionNo: 1, note: expect.stringContaining(reason), effectiveOn: day("2033-02-10"), decision: { number: "103", symbol: "QĐ-BCT" } }]);
    const projects = await db().project.findMany({ where: { id: { in: [p1.id, p2.id] } }, select: { status: true, approvedAmount: true }, orderBy: { approvedAmount: "desc" } });
    expect(projects).toEqual([{ status: "IN_PLAN", approvedAmount: 300_000_000n }, { status: "IN_PLAN", approvedAmount: 200_000_000n }]);
    const audit = await db().auditLog.findFirst({ where: { entityId: planId, action: "plan.issue" }, select: { data: true } });
    expect(audit?.data).toMatchObject({ overEnvelope: true, reason });
    expect(await db().notification.count({ where: { kind: "DECISION_ISSUED", user: { organisationId: { in: [a.centreOrg.id, a.sctOrg.id] } }, link: `/ke-hoach/${planId}` } })).toBeGreaterThanOrEqual(2);
  });

  it("adds a đề án by Minister's decision as version 2, refusing the wrong level", async () => {
    p3 = await approvedProject(a, 2033, "KCQG", 80_000_000n);
    const req = await requestAdjustment(a.centre, { planId, kind: "ADD_PROJECT", projectId: p3.id, reason: "Bổ sung đề án đạt thẩm định sau" });
    expect(req.authority).toBe("MINISTER");
    const wrong = await failure(decideAdjustment(a.sct, { adjustmentId: req.id, outcome: "APPROVE", decision: decision("1", "2033-06-01", "QĐ-SCT") }));
    expect(wrong.code).toBe("FORBIDDEN");
    expect(wrong.message).toContain("Bộ trưởng");
    const done = await decideAdjustment(cuc, { adjustmentId: req.id, outcome: "APPROVE", decision: decision("550", "2033-06-01") });
    expect(done).toEqual({ status: "APPROVED", versionNo: 2 });
    expect((await db().project.findUniqueOrThrow({ where: { id: p3.id } })).status).toBe("IN_PLAN");
    const adj = await db().planAdjustment.findUniqueOrThrow({ where: { id: req.id }, select: { status: true, resultingVersion: { select: { versionNo: true } }, decision: { select: { number: true } } } });
    expect(adj).toEqual({ status: "APPROVED", resultingVersion: { versionNo: 2 }, decision: { number: "550" } });
  });

  it("answers as of a date and diffs versions 1 and 2", async () => {
    expect(await unsafePlanVersionInForce(planId, day("2033-01-31"))).toBeNull();
    expect((await unsafePlanVersionInForce(planId, day("2033-05-31")))?.versionNo).toBe(1);
    const after = await unsafePlanItemsAsOf(planId, day("2033-06-01"));
    expect(after.version?.versionNo).toBe(2);
    expect(after.items.map((i) => i.projectId)).toContain(p3.id);
    expect((await getPlan(cuc, planId, day("2033-03-01"))).total).toBe(550_000_000n);
    const diff = await diffPlanVersions(cuc, planId, 1, 2);
    expect(diff.added.map((i) => i.projectId)).toEqual([p3.id]);
    expect([diff.removed.length, diff.changed.length, diff.totalBefore, diff.totalAfter]).toEqual([0, 0, 550_000_000n, 630_000_000n]);
  });

  it("lets the Cục reduce support (CUC level) and the Minister stop a đề án", async () => {
    const reduce = await requestAdjustment(b.sct, { planId, kind: "KEEP_OR_REDUCE_SUPPORT", projectId: p2.id, reason: "Đơn vị thụ hưởng giảm quy mô đầu tư", amountAfter: "150" });
    expect(reduce.authority).toBe("CUC");
    expect((await failure(decideAdjustment(b.sct, { adjustmentId: reduce.id, outcome: "APPROVE", decision: decision("2", "2033-07-01", "QĐ-SCT") }))).message).toContain("Cục");
    expect(await decideAdjustment(cuc, { adjustmentId: reduce.id, outcome: "APPROVE", decision: decision("12", "2033-07-01", "QĐ-KTĐP") })).toEqual({ status: "APPROVED", versionNo: 3 });
    const diff = await diffPlanVersions(cuc, planId, 2, 3);
    expect(diff.changed.map((c) => [c.before.amount, c.after.amount])).toEqual([[200_000_000n, 150_000_000n]]);
    const stop = await requestAdjustment(cuc, { planId, kind: "STOP_PROJECT", projectId: p1.id, reason: "Đơn vị thụ hưởng không còn nhu cầu" });
    // Another Cục officer decides: the requester never decides their own request.
    await decideAdjustment(cuc2, { adjustmentId: stop.id, outcome: "APPROVE", decision: decision("700", "2033-08-01") });
    expect((await db().project.findUniqueOrThrow({ where: { id: p1.id } })).status).toBe("STOPPED");
    expect((await unsafePlanItemsAsOf(planId, day("2033-08-02"))).items.map((i) => i.projectId)).not.toContain(p1.id);
  });

  it("refuses a request from an unrelated province's SCT on a đề án", async () => {
    const error = await failure(requestAdjustment(b.sct, { planId, kind: "CHANGE_TIMING", projectId: p3.id, reason: "Không phải đề án của tỉnh này" }));
    expect(error.code).toBe("NOT_FOUND");
  });
});

describe("provincial KCĐP plan", () => {
  it("is issued by the province's SCT and invisible to another province", async () => {
    const project = await approvedProject(a, 2034, "KCDP", 120_000_000n, "GROUP");
    const { id: planId } = await createPlan(a.sct, { year: 2034, level: "PROVINCIAL", envelope: "1.000" });
    expect((await failure(getPlan(b.sct, planId, vietnamToday()))).code).toBe("NOT_FOUND");
    expect((await failure(includeApprovedProjects(b.sct, { planId }))).code).toBe("NOT_FOUND");
    expect((await failure(createPlan(cuc, { year: 2034, level: "PROVINCIAL", envelope: "1" }))).code).toBe("FORBIDDEN");
    expect(await includeApprovedProjects(a.sct, { planId })).toEqual({ added: 1 });
    await issuePlan(a.sct, { planId, decision: { number: "45", symbol: "QĐ-UBND", issuedOn: SIGNED, effectiveOn: "2034-03-01", signer: "Chủ tịch UBND tỉnh (thử)" } });
    expect((await db().project.findUniqueOrThrow({ where: { id: project.id } })).status).toBe("IN_PLAN");
    const req = await requestAdjustment(a.centre, { planId, kind: "INCREASE_SUPPORT", projectId: project.id, reason: "Tăng số cơ sở tham gia mô hình", amountAfter: "150" });
    expect(req.authority).toBe("SCT");
    expect((await failure(decideAdjustment(cuc, { adjustmentId: req.id, outcome: "APPROVE", decision: decision("9", "2034-04-01") }))).code).toBe("FORBIDDEN");
    expect((await failure(decideAdjustment(b.sct, { adjustmentId: req.id, outcome: "APPROVE", decision: decision("9", "2034-04-01") }))).code).toBe("NOT_FOUND");
    expect(await decideAdjustment(a.sct, { adjustmentId: req.id, outcome: "APPROVE", decision: { number: "60", symbol: "QĐ-UBND", issuedOn: SIGNED, effectiveOn: "2034-04-01", signer: "Chủ tịch UBND tỉnh (thử)" } })).toEqual({ status: "APPROVED", versionNo: 2 });
    expect((await unsafePlanItemsAsOf(planId, day("2034-04-01"))).items[0]?.amount).toBe(150_000_000n);
  });
});

describe("annex of the decision", () => {
  it("renders the xlsx and PDF with the decision line and the totals", async () => {
    const { loadAnnex, buildAnnexPdf, buildAnnexXlsx } = await import("../../lib/plans/annex");
    const plan = await db().annualPlan.findFirstOrThrow({ where: { planYear: 2033, level: "NATIONAL" }, select: { id: true } });
    const doc = await loadAnnex(cuc, plan.id, day("2033-03-01"));
    expect(doc.subtitle).toBe("(Kèm theo Quyết định số 103/QĐ-BCT ngày 15/01/2026 của Bộ trưởng Bộ Công Thương)");
    expect(doc.total).toBe(550_000_000n);
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    const bytes = await buildAnnexXlsx(doc);
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell(3, 6).value).toBe("Đơn vị tính: triệu đồng");
    expect(ws.getRow(4).getCell(2).value).toBe("Mã đề án");
    // The đề án rows carry their code; the Cục's nhiệm vụ has none.
    const codes = Array.from({ length: doc.rows.length }, (_, i) => String(ws.getRow(5 + i).getCell(2).value ?? ""));
    expect(codes.filter((c) => c.startsWith("PLAN-"))).toHaveLength(2);
    expect(ws.getRow(ws.rowCount).getCell(6).value).toBe(550);
    const pdfText = await buildAnnexPdf(doc);
    expect(pdfText.subarray(0, 4).toString()).toBe("%PDF");
  });
});
