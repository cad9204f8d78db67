// Inspections and findings on real PostgreSQL (issue #8 item 5): the Cục and the province's SCT
// record them with team, date, findings and required actions; a future date is refused; closing
// needs evidence (text or an attached document on the finding); the implementer or the inspector
// closes; open findings are listed until closed; province B cannot read, record or close. Also the
// attachment subjects of progress reports and findings (same đề án only).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { uploadAttachment } from "../../lib/attachments/mutations";
import { samplePdf, samplePng } from "../../lib/attachments/sample-files";
import { addDays, formatIsoDay, vietnamToday } from "../../lib/calendar";
import { closeFinding, recordInspection } from "../../lib/inspections/mutations";
import { getInspectionsPage, openFindingsFor } from "../../lib/inspections/queries";
import { submitProgressReport } from "../../lib/progress/mutations";
import { contractedProject, monthFromNow, monthInput, progressDeadline } from "../fixtures/implementation";
import { cucStaff, provinceWorld, referenceBasics } from "../fixtures/world";
import { failure } from "../fixtures/failure";
import { testDb as db } from "./db";

const storageDir = await vi.hoisted(async () => {
  const { mkdtemp } = await import("node:fs/promises");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = await mkdtemp(join(tmpdir(), "kc-inspections-"));
  process.env.STORAGE_DIR = dir;
  return dir;
});

type World = Awaited<ReturnType<typeof provinceWorld>>;
let kcqgId: string;
let cuc: Actor;
let a: World;
let b: World;

beforeAll(async () => {
  ({ kcqg: { id: kcqgId } } = await referenceBasics(db()));
  await progressDeadline(db());
  a = await provinceWorld(db(), "Tỉnh Kiểm tra A");
  b = await provinceWorld(db(), "Tỉnh Kiểm tra B");
  cuc = await cucStaff(db());
});

afterAll(async () => {
  const { rm } = await import("node:fs/promises");
  await rm(storageDir, { recursive: true, force: true });
});

const project = () => contractedProject(db(), a, { fundingSourceId: kcqgId, cucOrgId: cuc.organisationId, signedOn: monthFromNow(-2), status: "IN_PROGRESS" });
const today = () => vietnamToday();
const inspection = (projectId: string, over: Record<string, unknown> = {}) => ({
  projectId,
  inspectedOn: formatIsoDay(addDays(today(), -3)),
  team: "Nguyễn Văn A — Trưởng đoàn\nTrần Thị B — Thành viên",
  findings: "Máy sấy đã lắp đặt, chưa có biển công khai hỗ trợ.",
  conclusion: "Đề án thực hiện đúng tiến độ.",
  items: [
    { description: "Chưa có biển công khai", requiredAction: "Lắp biển công khai kinh phí hỗ trợ", dueOn: formatIsoDay(addDays(today(), 10)) },
    { description: "Thiếu sổ nhật ký vận hành", requiredAction: "Lập sổ nhật ký", dueOn: "" },
  ],
  ...over,
});
const findingsOf = (inspectionId: string) => db().inspectionFinding.findMany({ where: { inspectionId }, orderBy: { seq: "asc" }, select: { id: true, version: true, status: true } });

describe("recording inspections", () => {
  it("records team, date, organisation, findings with actions and deadlines, by the province's SCT and the Cục", async () => {
    const p = await project();
    const bySct = await recordInspection(a.sct, inspection(p.id));
    expect(bySct.findings).toBe(2);
    const row = await db().inspection.findUniqueOrThrow({ where: { id: bySct.id }, select: { inspectorId: true, team: true, recordedById: true } });
    expect(row).toEqual({ inspectorId: a.sctOrg.id, team: "Nguyễn Văn A — Trưởng đoàn\nTrần Thị B — Thành viên", recordedById: a.sct.userId });
    const byCuc = await recordInspection(cuc, inspection(p.id, { items: [] }));
    expect((await db().inspection.findUniqueOrThrow({ where: { id: byCuc.id }, select: { inspectorId: true } })).inspectorId).toBe(cuc.organisationId);
    const page = await getInspectionsPage(a.centre, p.id);
    expect(page.inspections).toHaveLength(2);
    expect(page.openCount).toBe(2);
    expect(page.canRecord).toBe(false);
    expect(await db().notification.count({ where: { userId: a.centre.userId, kind: "INSPECTION_RECORDED", link: `/de-an/${p.id}/kiem-tra` } })).toBe(2);
  });

  it("refuses a future date, a deadline before the inspection, the implementer, and province B", async () => {
    const p = await project();
    const future = await failure(recordInspection(a.sct, inspection(p.id, { inspectedOn: formatIsoDay(addDays(today(), 1)) })));
    expect(future.message).toContain("ở tương lai");
    const items = [{ description: "Thiếu biển", requiredAction: "Lắp biển", dueOn: formatIsoDay(addDays(today(), -10)) }];
    expect((await failure(recordInspection(a.sct, inspection(p.id, { items })))).message).toContain("trước ngày kiểm tra");
    expect((await failure(recordInspection(a.centre, inspection(p.id)))).code).toBe("FORBIDDEN");
    expect((await failure(recordInspection(b.sct, inspection(p.id)))).code).toBe("NOT_FOUND");
    expect(await db().inspection.count({ where: { projectId: p.id } })).toBe(0);
  });
});

describe("closing findings", () => {
  it("needs evidence, then the implementer closes with text; the finding leaves the open list", async () => {
    const p = await project();
    const { id } = await recordInspection(a.sct, inspection(p.id));
    const [first, second] = await findingsOf(id);
    const none = await failure(closeFinding(a.centre, { findingId: first!.id, version: first!.version, evidence: "  " }));
    expect(none.code).toBe("VALIDATION");
    expect(none.message).toContain("minh chứng");
    expect((await openFindingsFor(a.centre, { projectId: p.id })).map((f) => f.id)).toEqual([first!.id, second!.id]);
    await closeFinding(a.centre, { findingId: first!.id, version: first!.version, evidence: "Đã lắp biển, ảnh kèm theo" });
    expect((await openFindingsFor(a.centre, { projectId: p.id })).map((f) => f.id)).toEqual([second!.id]);
    const again = await failure(closeFinding(a.sct, { findingId: first!.id, version: first!.version + 1, evidence: "x" }));
    expect(again.message).toContain("đã được đóng");
  });

  it("an attached document on the finding is evidence enough; the inspector may close it", async () => {
    const p = await project();
    const { id } = await recordInspection(a.sct, inspection(p.id));
    const [, second] = await findingsOf(id);
    await uploadAttachment(a.centre, { projectId: p.id, kind: "EVIDENCE", subject: "finding", subjectId: second!.id }, { name: "so-nhat-ky.pdf", bytes: samplePdf() });
    await closeFinding(a.sct, { findingId: second!.id, version: second!.version, evidence: "" });
    expect((await findingsOf(id))[1]?.status).toBe("CLOSED");
  });

  it("province B cannot read, list or close A's findings; a stale close is refused", async () => {
    const p = await project();
    const { id } = await recordInspection(a.sct, inspection(p.id));
    const [first] = await findingsOf(id);
    expect((await failure(getInspectionsPage(b.sct, p.id))).code).toBe("NOT_FOUND");
    expect(await openFindingsFor(b.centre)).toEqual([]);
    expect((await failure(closeFinding(b.centre, { findingId: first!.id, version: first!.version, evidence: "giả mạo" }))).code).toBe("NOT_FOUND");
    expect((await failure(closeFinding(a.centre, { findingId: first!.id, version: first!.version + 5, evidence: "x" }))).code).toBe("CONFLICT");
    expect((await findingsOf(id))[0]?.status).toBe("OPEN");
  });
});

describe("attachments on progress reports and inspections", () => {
  it("attach to a subject of the same đề án only, by the right party", async () => {
    const p = await project();
    const other = await project();
    const saved = await submitProgressReport(a.centre, { projectId: p.id, periodMonth: monthInput(monthFromNow(-1)), completion: "10", lines: [{ budgetLineId: p.machineLineId, doneQuantity: "1", costExecuted: "10" }, { budgetLineId: p.trainingLineId, doneQuantity: "0", costExecuted: "0" }] });
    const photo = await uploadAttachment(a.centre, { projectId: p.id, kind: "PHOTO", subject: "progressReport", subjectId: saved.id }, { name: "hien-truong.png", bytes: samplePng() });
    expect((await db().attachment.findUniqueOrThrow({ where: { id: photo.id }, select: { progressReportId: true } })).progressReportId).toBe(saved.id);
    // The report of đề án p named under đề án `other`: not found, nothing stored.
    expect((await failure(uploadAttachment(a.centre, { projectId: other.id, kind: "PHOTO", subject: "progressReport", subjectId: saved.id }, { name: "x.png", bytes: samplePng() }))).code).toBe("NOT_FOUND");
    // The SCT does not add files to the implementer's report; a wrong kind for the subject is refused.
    expect((await failure(uploadAttachment(a.sct, { projectId: p.id, kind: "PHOTO", subject: "progressReport", subjectId: saved.id }, { name: "x.png", bytes: samplePng() }))).code).toBe("FORBIDDEN");
    expect((await failure(uploadAttachment(a.centre, { projectId: p.id, kind: "DECISION", subject: "progressReport", subjectId: saved.id }, { name: "x.pdf", bytes: samplePdf() }))).code).toBe("FORBIDDEN");
    const insp = await recordInspection(a.sct, inspection(p.id, { items: [] }));
    await uploadAttachment(a.sct, { projectId: p.id, kind: "INSPECTION", subject: "inspection", subjectId: insp.id }, { name: "bien-ban.pdf", bytes: samplePdf() });
    expect((await failure(uploadAttachment(b.sct, { projectId: p.id, kind: "INSPECTION", subject: "inspection", subjectId: insp.id }, { name: "x.pdf", bytes: samplePdf() }))).code).toBe("NOT_FOUND");
    expect(await db().attachment.count({ where: { OR: [{ progressReportId: saved.id }, { inspectionId: insp.id }] } })).toBe(2);
  });
});
