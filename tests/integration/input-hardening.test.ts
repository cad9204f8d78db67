// Issue 11 through the server actions, against real PostgreSQL: hostile text (U+202E, NUL),
// amounts past 1 triệu tỷ đồng and ids that name no row all come back as field messages, never
// as UNEXPECTED, and nothing is written. Plan years 2115–2119 are this file's.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { CRITERIA } from "../../lib/appraisals/criteria";
import { adminUser, cucStaff, draftProject, machineryNorm, provinceWorld } from "../fixtures/world";
import { testDb as db } from "./db";

let current: Actor | null = null;
vi.mock("../../lib/auth/session", () => ({ getActor: async () => current, requireActor: async () => current }));
vi.mock("../../lib/i18n/request-locale", () => ({ requestLocale: async () => "vi" }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const { saveDraftAction, appraiseProjectAction } = await import("../../app/(app)/de-an/actions");
const { createPlanAction, addTaskAction } = await import("../../app/(app)/ke-hoach/actions");
const { recordAllocationAction } = await import("../../app/(app)/du-toan/actions");
const { addNormVersionAction } = await import("../../app/(app)/dinh-muc/actions");

type World = Awaited<ReturnType<typeof provinceWorld>>;
let w: World;
let cuc: Actor;
let admin: Actor;
let kcqgId: string;
let categoryId: string;
/** 9 × 10^12 triệu = 9 × 10^18 đồng: fits a bigint column, overflows any sum. */
const HUGE_TRIEU = "9.000.000.000.000";
const TOO_LARGE = /vượt mức tối đa 1 triệu tỷ đồng/;

beforeAll(async () => {
  const basics = await machineryNorm(db());
  kcqgId = basics.kcqg.id;
  categoryId = basics.category.id;
  w = await provinceWorld(db(), "Tỉnh Nhập Liệu");
  cuc = await cucStaff(db());
  admin = await adminUser(db());
});

const draft = (title: string) => ({ title, planYear: 2027, endYear: 2027, fundingSource: "KCQG", kind: "STANDARD", provinceId: w.current.id, contentCategoryIds: [categoryId] });

describe("hostile characters in text", () => {
  it("answers a project title with U+202E or NUL with a field message and saves nothing", async () => {
    current = w.centre;
    const title = `Đề án ${randomUUID().slice(0, 8)}`;
    const bidi = await saveDraftAction(draft(`${title} hoá đơn\u202Efdp.exe`));
    expect(bidi).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { title: expect.stringMatching(/đảo chiều hiển thị chữ \(U\+202E\)/) } });
    const nul = await saveDraftAction(draft(`${title}\u0000 máy sấy`));
    expect(nul).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { title: expect.stringMatching(/ký tự điều khiển không nhìn thấy \(U\+0000\)/) } });
    expect(await db().project.count({ where: { title: { startsWith: title } } })).toBe(0);
  });

  it("strips zero-width characters and saves the clean title", async () => {
    current = w.centre;
    const title = `Đề án sạch ${randomUUID().slice(0, 8)}`;
    const saved = await saveDraftAction(draft(`\uFEFF${title}\u200B`));
    expect(saved.ok).toBe(true);
    expect(await db().project.count({ where: { title } })).toBe(1);
  });
});

describe("amounts past 1 triệu tỷ đồng", () => {
  it("refuses a plan envelope and a task amount with a field message", async () => {
    current = cuc;
    const plan = await createPlanAction({ year: 2115, level: "NATIONAL", envelope: HUGE_TRIEU });
    expect(plan).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { envelope: expect.stringMatching(TOO_LARGE) } });
    const task = await addTaskAction({ planId: randomUUID(), taskTitle: "Nhiệm vụ thử", implementerId: w.centreOrg.id, amount: HUGE_TRIEU });
    expect(task).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { amount: expect.stringMatching(TOO_LARGE) } });
    expect(await db().annualPlan.count({ where: { planYear: 2115 } })).toBe(0);
  });

  it("refuses an allocation and a norm cap with a field message", async () => {
    current = cuc;
    const allocation = await recordAllocationAction({ planYear: 2099, fundingSource: "KCQG", receiverId: w.sctOrg.id, amount: HUGE_TRIEU, allocatedOn: "2099-01-05" });
    expect(allocation).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { amount: expect.stringMatching(TOO_LARGE) } });
    current = admin;
    const norm = await addNormVersionAction({ code: "TEST_HUGE_CAP", fundingSource: "KCQG", costItem: "Định mức trần quá lớn", capTrieu: HUGE_TRIEU, capUnit: "PER_FACILITY", severity: "SOFT", status: "BASELINE", legalBasis: "Thông tư thử nghiệm", validFrom: "2027-01-01" });
    expect(norm).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { capTrieu: expect.stringMatching(TOO_LARGE) } });
  });

  it("answers an approved amount with extra digits on the province appraisal sheet with the field message", async () => {
    const p = await draftProject(db(), { implementerId: w.centreOrg.id, provinceId: w.current.id, fundingSourceId: kcqgId, title: `Đề án thẩm định ${randomUUID().slice(0, 6)}`, status: "SUBMITTED_TO_SCT" });
    await db().attachment.create({ data: { projectId: p.id, kind: "REQUEST_LETTER", fileName: "de-nghi.pdf", mimeType: "application/pdf", sizeBytes: 10, sha256: "0".repeat(64), storageKey: randomUUID() } });
    current = w.sct;
    const criteria = CRITERIA.map((criterion) => ({ criterion, assessment: "MET", comment: "" }));
    const result = await appraiseProjectAction({ projectId: p.id, version: p.version, method: "STAFF", form: "4a", outcome: "APPROVE", criteria, conclusion: "Đạt", approvedAmount: "3000000000000000" });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { approvedAmount: expect.stringMatching(TOO_LARGE) } });
    expect(await db().appraisal.count({ where: { projectId: p.id } })).toBe(0);
  });
});

describe("ids that name no row", () => {
  it("answers a norm for an unknown province with a field message, not UNEXPECTED", async () => {
    current = admin;
    const result = await addNormVersionAction({ code: "TEST_NO_PROVINCE", fundingSource: "KCQG", provinceId: randomUUID(), costItem: "Định mức của tỉnh không có", capTrieu: "100", capUnit: "PER_FACILITY", severity: "SOFT", status: "BASELINE", legalBasis: "Thông tư thử nghiệm", validFrom: "2027-01-01" });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", message: expect.stringMatching(/không tồn tại hoặc đã bị xoá/), fieldErrors: { provinceId: "Mục này không tồn tại hoặc đã bị xoá; hãy chọn lại." } });
  });
});
