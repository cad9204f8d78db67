// Monthly progress reports (Mẫu 3b) on real PostgreSQL (issue #8 item 4, decision 024): submit and
// the first report's CONTRACTED → IN_PROGRESS step, refusals with figures (cumulative decrease,
// future month, month before the contract, duplicate month, stale edit), SCT confirmation (not
// province B's SCT, not the recorder) freezing the report, province B cannot read or act, and the
// overdue sweep creating its notices once.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { sweepOverdueProgressNotices } from "../../lib/notifications/deadline-sweep";
import { confirmProgressReport, submitProgressReport } from "../../lib/progress/mutations";
import { getProgressPage, unsafeLatestConfirmedProgress } from "../../lib/progress/queries";
import { parseCalendarDate as day } from "../../lib/calendar";
import { contractedProject, monthFromNow, monthInput, progressDeadline } from "../fixtures/implementation";
import { cucStaff, provinceWorld, referenceBasics } from "../fixtures/world";
import { failure } from "../fixtures/failure";
import { testDb as db } from "./db";

type World = Awaited<ReturnType<typeof provinceWorld>>;
let kcqgId: string;
let cuc: Actor;
let a: World;
let b: World;

beforeAll(async () => {
  ({ kcqg: { id: kcqgId } } = await referenceBasics(db()));
  await progressDeadline(db());
  a = await provinceWorld(db(), "Tỉnh Tiến độ A");
  b = await provinceWorld(db(), "Tỉnh Tiến độ B");
  cuc = await cucStaff(db());
});

const project = (signedOffset = -3) => contractedProject(db(), a, { fundingSourceId: kcqgId, cucOrgId: cuc.organisationId, signedOn: monthFromNow(signedOffset) });

type P = Awaited<ReturnType<typeof project>>;
const report = (p: P, offset: number, machine: [string, string], training: [string, string] = ["0", "0"], extra: Record<string, unknown> = {}) => ({
  projectId: p.id,
  periodMonth: monthInput(monthFromNow(offset)),
  completion: "30",
  narrative: "Đã lắp đặt máy sấy",
  lines: [
    { budgetLineId: p.machineLineId, doneQuantity: machine[0], costExecuted: machine[1] },
    { budgetLineId: p.trainingLineId, doneQuantity: training[0], costExecuted: training[1] },
  ],
  ...extra,
});

const reportCount = (projectId: string) => db().progressReport.count({ where: { projectId } });

describe("submitting monthly reports", () => {
  it("records the first report with exact figures and moves the đề án to IN_PROGRESS", async () => {
    const p = await project();
    const saved = await submitProgressReport(a.centre, report(p, -2, ["1,5", "150,5"]));
    expect(saved).toMatchObject({ created: true, projectStatus: "IN_PROGRESS", version: 1 });
    const row = await db().progressReport.findUniqueOrThrow({ where: { id: saved.id }, select: { completionBp: true, completedValue: true, contractId: true, lines: { orderBy: { seq: "asc" }, select: { doneQuantity: true, costExecuted: true } } } });
    expect(row.completionBp).toBe(3000);
    expect(row.completedValue).toBe(150_500_000n);
    expect(row.contractId).not.toBeNull();
    expect(row.lines[0]?.doneQuantity.toString()).toBe("1.5");
    const transition = await db().projectTransition.findFirstOrThrow({ where: { projectId: p.id, toStatus: "IN_PROGRESS" }, select: { fromStatus: true, actorId: true } });
    expect(transition).toEqual({ fromStatus: "CONTRACTED", actorId: a.centre.userId });
    // The SCT of the province hears that a report waits for confirmation.
    expect(await db().notification.count({ where: { userId: a.sct.userId, kind: "PROGRESS_SUBMITTED", link: `/de-an/${p.id}/tien-do` } })).toBe(1);
  });

  it("refuses cumulative figures below the previous month's, per line with both figures", async () => {
    const p = await project();
    await submitProgressReport(a.centre, report(p, -2, ["2", "150"]));
    const error = await failure(submitProgressReport(a.centre, report(p, -1, ["1,5", "160"])));
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toContain("Khối lượng lũy kế của “Máy sấy chè” (1,5) thấp hơn báo cáo tháng");
    expect(error.message).toContain("(2)");
    expect(error.details).toHaveProperty("lines.0.doneQuantity");
    const cost = await failure(submitProgressReport(a.centre, report(p, -1, ["2", "140"])));
    expect(cost.message).toContain("(140 triệu đồng) thấp hơn báo cáo tháng");
    expect(await reportCount(p.id)).toBe(1);
  });

  it("refuses a cost above the line's support + counterpart, malformed figures, and a missing line", async () => {
    const p = await project();
    const above = await failure(submitProgressReport(a.centre, report(p, -1, ["1", "400,5"])));
    expect(above.message).toContain("vượt dự toán của nội dung (hỗ trợ + đối ứng: 400 triệu đồng)");
    expect((await failure(submitProgressReport(a.centre, report(p, -1, ["1.5", "10"])))).message).toContain("Khối lượng “1.5” của “Máy sấy chè” không hợp lệ");
    expect((await failure(submitProgressReport(a.centre, report(p, -1, ["1", "10.5"])))).code).toBe("VALIDATION");
    const one = { ...report(p, -1, ["1", "10"]), lines: report(p, -1, ["1", "10"]).lines.slice(0, 1) };
    expect((await failure(submitProgressReport(a.centre, one))).message).toContain("thiếu “Tập huấn vận hành”");
    expect(await reportCount(p.id)).toBe(0);
  });

  it("refuses a future month, a month before the contract, and a second report of a month", async () => {
    const p = await project(-2);
    expect((await failure(submitProgressReport(a.centre, report(p, 1, ["1", "10"])))).message).toContain("chưa đến");
    expect((await failure(submitProgressReport(a.centre, report(p, -3, ["1", "10"])))).message).toContain("trước khi đề án bắt đầu");
    await submitProgressReport(a.centre, report(p, 0, ["1", "10"]));
    const dup = await failure(submitProgressReport(a.centre, report(p, 0, ["2", "20"])));
    expect(dup.code).toBe("CONFLICT");
    expect(dup.message).toContain("đã có báo cáo tháng");
    expect(await reportCount(p.id)).toBe(1);
  });

  it("edits with the version seen and refuses a stale edit", async () => {
    const p = await project();
    const first = await submitProgressReport(a.centre, report(p, -1, ["1", "10"]));
    const edited = await submitProgressReport(a.centre, report(p, -1, ["1,25", "12"], ["0", "0"], { reportId: first.id, version: first.version }));
    expect(edited).toMatchObject({ id: first.id, version: 2, created: false });
    const stale = await failure(submitProgressReport(a.centre, report(p, -1, ["3", "30"], ["0", "0"], { reportId: first.id, version: first.version })));
    expect(stale.code).toBe("CONFLICT");
    const line = await db().progressReportLine.findFirstOrThrow({ where: { reportId: first.id, seq: 1 }, select: { doneQuantity: true } });
    expect(line.doneQuantity.toString()).toBe("1.25");
  });
});

describe("concurrent and replayed submissions", () => {
  it("the same month sent 5 times at once records one report; the others are refused as duplicates", async () => {
    const p = await project();
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => submitProgressReport(a.centre, report(p, -1, ["1", "10"]))));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => (r.reason as { code?: string }).code);
    expect(refused).toEqual(["CONFLICT", "CONFLICT", "CONFLICT", "CONFLICT"]);
    expect(await reportCount(p.id)).toBe(1);
    expect(await db().projectTransition.count({ where: { projectId: p.id, toStatus: "IN_PROGRESS" } })).toBe(1);
  });

  it("a confirmation based on a version edited since is refused", async () => {
    const p = await project();
    const first = await submitProgressReport(a.centre, report(p, -1, ["1", "10"]));
    await submitProgressReport(a.centre, report(p, -1, ["2", "20"], ["0", "0"], { reportId: first.id, version: first.version }));
    expect((await failure(confirmProgressReport(a.sct, { reportId: first.id, version: first.version }))).code).toBe("CONFLICT");
    expect((await db().progressReport.findUniqueOrThrow({ where: { id: first.id }, select: { confirmedAt: true } })).confirmedAt).toBeNull();
  });
});

describe("confirmation by the SCT", () => {
  it("is refused to province B's SCT (not found), to the implementer and to the recorder, then frozen", async () => {
    const p = await project();
    const saved = await submitProgressReport(a.centre, report(p, -1, ["1", "100"]));
    expect((await failure(confirmProgressReport(b.sct, { reportId: saved.id, version: saved.version }))).code).toBe("NOT_FOUND");
    expect((await failure(confirmProgressReport(a.centre, { reportId: saved.id, version: saved.version }))).code).toBe("FORBIDDEN");
    expect(await unsafeLatestConfirmedProgress(db(), p.id)).toBeNull();
    const done = await confirmProgressReport(a.sct, { reportId: saved.id, version: saved.version, note: "Đã kiểm tra tại hiện trường" });
    const row = await db().progressReport.findUniqueOrThrow({ where: { id: saved.id }, select: { confirmedById: true, confirmationNote: true } });
    expect(row).toEqual({ confirmedById: a.sct.userId, confirmationNote: "Đã kiểm tra tại hiện trường" });
    expect((await unsafeLatestConfirmedProgress(db(), p.id))).toMatchObject({ id: saved.id, completedValue: 100_000_000n, confirmedAt: done.confirmedAt });
    const frozen = await failure(submitProgressReport(a.centre, report(p, -1, ["2", "120"], ["0", "0"], { reportId: saved.id, version: saved.version + 1 })));
    expect(frozen.message).toContain("đã được Sở Công Thương xác nhận");
    expect((await failure(confirmProgressReport(a.sct, { reportId: saved.id, version: saved.version + 1 }))).code).toBe("CONFLICT");
  });

  it("the recorder cannot confirm their own report, even as the province's SCT", async () => {
    // A KCĐP-style đề án implemented by the SCT itself: the SCT user is both implementer and confirmer.
    const p = await contractedProject(db(), { ...a, centreOrg: a.sctOrg }, { fundingSourceId: kcqgId, cucOrgId: cuc.organisationId, signedOn: monthFromNow(-2) });
    const saved = await submitProgressReport(a.sct, report(p, -1, ["1", "10"]));
    const own = await failure(confirmProgressReport(a.sct, { reportId: saved.id, version: saved.version }));
    expect(own.code).toBe("FORBIDDEN");
    expect(own.message).toContain("không tự xác nhận");
  });
});

describe("scope", () => {
  it("province B cannot read the page nor submit on A's đề án", async () => {
    const p = await project();
    expect((await failure(getProgressPage(b.sct, p.id))).code).toBe("NOT_FOUND");
    expect((await failure(getProgressPage(b.centre, p.id))).code).toBe("NOT_FOUND");
    expect((await failure(submitProgressReport(b.centre, report(p, -1, ["1", "10"])))).code).toBe("NOT_FOUND");
    expect(await reportCount(p.id)).toBe(0);
  });

  it("the page lists months with status and what the actor may do", async () => {
    const p = await project(-2);
    await submitProgressReport(a.centre, report(p, -2, ["1", "10"]));
    const page = await getProgressPage(a.sct, p.id);
    expect(page.months.map((m) => m.status)[2]).toBe("SUBMITTED");
    expect(page.months[1]?.status).toBe("OVERDUE");
    expect(page.months[2]?.report?.canConfirm).toBe(true);
    expect(page.canSubmit).toBe(false);
    expect((await getProgressPage(a.centre, p.id)).openMonths).toHaveLength(2);
  });
});

describe("overdue sweep", () => {
  it("notices the implementer and the province's SCT once per đề án and month, however often it runs", async () => {
    const p = await contractedProject(db(), a, { fundingSourceId: kcqgId, cucOrgId: cuc.organisationId, signedOn: day("2026-08-10") });
    const now = new Date("2026-11-26T03:00:00Z");
    await sweepOverdueProgressNotices(now);
    await sweepOverdueProgressNotices(now);
    const notices = await db().notification.findMany({ where: { kind: "PROGRESS_OVERDUE", link: `/de-an/${p.id}/tien-do` }, select: { userId: true, title: true } });
    expect(notices.map((n) => n.userId).sort()).toEqual([a.centre.userId, a.sct.userId].sort());
    expect(notices[0]?.title).toContain("tháng 11/2026");
    expect(await db().notification.count({ where: { userId: { in: [b.sct.userId, b.centre.userId] }, link: `/de-an/${p.id}/tien-do` } })).toBe(0);
  });

  it("does not flag a month before its deadline day, nor a month that has its report", async () => {
    const p = await contractedProject(db(), a, { fundingSourceId: kcqgId, cucOrgId: cuc.organisationId, signedOn: day("2026-10-05") });
    await db().progressReport.create({ data: { projectId: p.id, periodMonth: day("2026-10-01"), reportedOn: day("2026-10-20"), completionBp: 0, completedValue: 0n } });
    await sweepOverdueProgressNotices(new Date("2026-11-24T03:00:00Z"));
    expect(await db().notification.count({ where: { kind: "PROGRESS_OVERDUE", link: `/de-an/${p.id}/tien-do` } })).toBe(0);
  });
});
