// Submission completeness against real PostgreSQL (TT 36/2013 Điều 5): an incomplete đề án is
// refused with every missing part named on its field; a no-norm line needs its written basis; a
// work item may not end before it starts; the SCT cannot register an incomplete đề án either.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { saveDraft } from "../../lib/projects/draft";
import { submitProject } from "../../lib/projects/workflow";
import { facility, machineryNorm, provinceWorld } from "../fixtures/world";
import { testDb as db } from "./db";
import { failure } from "../fixtures/failure";

type World = Awaited<ReturnType<typeof provinceWorld>>;
let a: World;
let b: World;
let norm: { id: string };
let category: { id: string };
const OPEN = new Date("2026-06-01T03:00:00Z");

/** A refusal's field messages as plain texts (they are verbatim message refs). */
async function fieldsOf(promise: Promise<unknown>): Promise<Record<string, string>> {
  const error = (await failure(promise)) as { code?: string; fields?: Record<string, { params?: { text?: string } }> };
  expect(error.code).toBe("VALIDATION");
  return Object.fromEntries(Object.entries(error.fields ?? {}).map(([k, v]) => [k, String(v.params?.text ?? "")]));
}

beforeAll(async () => {
  ({ norm, category } = await machineryNorm(db()));
  a = await provinceWorld(db(), "Tỉnh A");
  b = await provinceWorld(db(), "Tỉnh B");
});

async function bare(w: World) {
  const f = await facility(db(), w.current.id);
  const base = {
    title: "Đề án thiếu hồ sơ", planYear: 2027, endYear: 2027, fundingSource: "KCQG", kind: "STANDARD", provinceId: w.current.id,
    locationText: "Xã Thử", contentCategoryIds: [category.id], beneficiaries: [{ facilityId: f.id }],
    budgetLines: [
      { item: "Máy sấy", supportNormId: norm.id, facilityId: f.id, totalCost: "200", supportAmount: "50" },
      { item: "Hội thảo", supportNormId: null, totalCost: "20", supportAmount: "10" },
    ],
  };
  return { base, saved: await saveDraft(w.centre, base) };
}

describe("submission completeness", () => {
  it("names every missing Điều 5 part on its field and leaves the đề án a draft", async () => {
    const { saved } = await bare(a);
    const messages = await fieldsOf(submitProject(a.centre, { projectId: saved.id, version: saved.version }, OPEN));
    const fields = Object.keys(messages);
    expect(fields).toEqual(expect.arrayContaining(["needAndBasis", "objectives", "scale", "arrangements", "expectedEffects", "workItems", "attachments", "budgetLines.1.normJustification"]));
    expect(fields).not.toContain("budgetLines.0.normJustification");
    expect(messages["scale"]).toContain("quy mô");
    expect((await db().project.findUniqueOrThrow({ where: { id: saved.id }, select: { status: true } })).status).toBe("DRAFT");
  });

  it("submits once everything is there, incl. a no-norm line with its written basis", async () => {
    const { base, saved } = await bare(a);
    const complete = await saveDraft(a.centre, {
      ...base, id: saved.id, version: saved.version, needAndBasis: "Cần", objectives: "Mục tiêu", scale: "1 máy", arrangements: "Trung tâm chủ trì", expectedEffects: "Tăng năng suất",
      workItems: [{ description: "Lắp máy", startDate: "2027-03-01", endDate: "2027-04-01" }],
      budgetLines: [base.budgetLines[0]!, { ...base.budgetLines[1]!, normJustification: "Theo báo giá của đơn vị tổ chức hội thảo" }],
    });
    const line = await db().projectBudgetLine.findFirstOrThrow({ where: { projectId: saved.id, lineNo: 2 }, select: { normJustification: true } });
    expect(line.normJustification).toBe("Theo báo giá của đơn vị tổ chức hội thảo");
    await db().attachment.create({ data: { projectId: saved.id, kind: "REQUEST_LETTER", fileName: "cv.pdf", mimeType: "application/pdf", sizeBytes: 1, sha256: "x", storageKey: `test/${randomUUID()}` } });
    expect((await submitProject(a.centre, { projectId: saved.id, version: complete.version }, OPEN)).status).toBe("SUBMITTED_TO_SCT");
  });

  it("refuses a work item that ends before it starts, on that row's end date, without writing", async () => {
    const { base, saved } = await bare(a);
    const messages = await fieldsOf(saveDraft(a.centre, { ...base, id: saved.id, version: saved.version, title: "Đổi tên", workItems: [{ description: "Lắp", startDate: "2027-05-01", endDate: "2027-04-01" }] }));
    expect(messages["workItems.0.endDate"]).toBe("Ngày kết thúc không được trước ngày bắt đầu.");
    expect((await db().project.findUniqueOrThrow({ where: { id: saved.id }, select: { title: true } })).title).toBe("Đề án thiếu hồ sơ");
  });

  it("reports every invalid field of a save at once, numbers in vi-VN format", async () => {
    const { base, saved } = await bare(a);
    const messages = await fieldsOf(saveDraft(a.centre, { ...base, id: saved.id, version: saved.version, objectives: "x".repeat(10_001), budgetLines: [{ ...base.budgetLines[0]!, totalCost: "abc" }] }));
    expect(messages["objectives"]).toBe("Tối đa 10.000 ký tự.");
    expect(Object.keys(messages)).toContain("budgetLines.0.totalCost");
  });

  it("does not let another province's centre submit or even see the đề án", async () => {
    const { saved } = await bare(a);
    expect((await failure(submitProject(b.centre, { projectId: saved.id, version: saved.version }, OPEN))).code).toBe("NOT_FOUND");
  });
});
