// Notices along the registration chain and the implementer's withdrawal, against real PostgreSQL:
// who hears of each step (and who does not: province B), with subject and link to the next page.
import { beforeAll, describe, expect, it } from "vitest";
import { CRITERIA } from "../../lib/appraisals/criteria";
import { appraiseAtProvince } from "../../lib/appraisals/province";
import { registerWithCuc, withdrawProject } from "../../lib/projects/workflow";
import type { Actor } from "../../lib/auth/actor";
import { cucStaff, machineryNorm, provinceWorld } from "../fixtures/world";
import { testDb as db } from "./db";
import { failure } from "../fixtures/failure";
import { submittedDraft } from "../fixtures/complete-draft";

type World = Awaited<ReturnType<typeof provinceWorld>>;
let a: World;
let b: World;
let cuc: Actor;
let norm: { id: string };
let category: { id: string };
const OPEN = new Date("2026-06-01T03:00:00Z");
const allMet = CRITERIA.map((criterion) => ({ criterion, assessment: criterion === "DOSSIER_COMPLETENESS" ? ("PARTLY_MET" as const) : ("MET" as const), comment: "" }));

const submitted = (w: World) => submittedDraft(db(), w, { norm, category }, "Hỗ trợ máy sấy chè");

const noticesOf = (userId: string, projectId: string) =>
  db().notification.findMany({ where: { userId, subject: `project:${projectId}` }, select: { kind: true, title: true, body: true, link: true }, orderBy: { createdAt: "asc" } });
const openNoticesOf = async (userId: string, projectId: string) =>
  (await db().notification.findMany({ where: { userId, subject: `project:${projectId}`, resolvedAt: null }, select: { title: true } })).map((n) => n.title);

beforeAll(async () => {
  ({ norm, category } = await machineryNorm(db()));
  a = await provinceWorld(db(), "Tỉnh A");
  b = await provinceWorld(db(), "Tỉnh B");
  cuc = await cucStaff(db());
});

describe("notices along the chain", () => {
  it("tells the province's SCT of a submission, the Cục of a registration and the centre of the SCT's approval; province B hears nothing", async () => {
    const p = await submitted(a);
    expect(await noticesOf(a.sct.userId, p.id)).toEqual([expect.objectContaining({ kind: "PROJECT_AWAITING", link: `/de-an/${p.id}` })]);
    expect(await noticesOf(cuc.userId, p.id)).toEqual([]);

    expect(await openNoticesOf(a.sct.userId, p.id)).toHaveLength(1);
    const approved = await appraiseAtProvince(a.sct, { projectId: p.id, version: p.version, outcome: "APPROVE", method: "STAFF", form: "4a", criteria: allMet, conclusion: "Đạt yêu cầu" });
    const centre = await noticesOf(a.centre.userId, p.id);
    expect(centre).toEqual([expect.objectContaining({ kind: "DECISION_ISSUED", link: `/de-an/${p.id}` })]);
    expect(centre[0]!.title).toMatch(/được Sở thông qua/);
    expect(centre[0]!.body).toMatch(/Đạt yêu cầu/);

    // The SCT's decision handles the "chờ Sở thẩm định" notice.
    expect(await openNoticesOf(a.sct.userId, p.id)).toEqual([]);
    expect(await openNoticesOf(a.centre.userId, p.id)).toHaveLength(1);

    await registerWithCuc(a.sct, { projectId: p.id, version: approved.version }, OPEN);
    expect(await openNoticesOf(a.centre.userId, p.id)).toEqual([]);
    expect(await openNoticesOf(cuc.userId, p.id)).toHaveLength(1);
    expect(await noticesOf(cuc.userId, p.id)).toEqual([expect.objectContaining({ kind: "PROJECT_AWAITING", link: `/tham-dinh/${p.id}` })]);
    // The registering SCT already knows; only its submission notice is there.
    expect(await noticesOf(a.sct.userId, p.id)).toHaveLength(1);

    for (const other of [b.sct, b.centre]) expect(await noticesOf(other.userId, p.id)).toEqual([]);
  });

  it("tells the centre of a return once, with the reason", async () => {
    const p = await submitted(a);
    await appraiseAtProvince(a.sct, { projectId: p.id, version: p.version, outcome: "RETURN", method: "STAFF", form: "4a", criteria: allMet, conclusion: "Thiếu báo giá thiết bị sấy" });
    const centre = await noticesOf(a.centre.userId, p.id);
    expect(centre).toHaveLength(1);
    expect(centre[0]).toMatchObject({ kind: "PROJECT_RETURNED", title: expect.stringMatching(/bị Sở trả lại/), body: expect.stringMatching(/Thiếu báo giá/) });
  });
});

describe("rút hồ sơ", () => {
  it("takes a submitted đề án back to draft with the reason, and tells the SCT", async () => {
    const p = await submitted(a);
    const result = await withdrawProject(a.centre, { projectId: p.id, version: p.version, reason: "Cần bổ sung báo giá thiết bị" });
    expect(result.status).toBe("DRAFT");
    const last = await db().projectTransition.findFirstOrThrow({ where: { projectId: p.id }, orderBy: { at: "desc" }, select: { fromStatus: true, toStatus: true, comment: true, actorId: true } });
    expect(last).toEqual({ fromStatus: "SUBMITTED_TO_SCT", toStatus: "DRAFT", comment: "Cần bổ sung báo giá thiết bị", actorId: a.centre.userId });
    const sct = await noticesOf(a.sct.userId, p.id);
    expect(sct.map((n) => n.kind)).toEqual(["PROJECT_AWAITING", "PROJECT_WITHDRAWN"]);
    expect(sct[1]!.body).toMatch(/Cần bổ sung báo giá/);
    expect(await noticesOf(b.sct.userId, p.id)).toEqual([]);
  });

  it("requires a reason and writes nothing without one", async () => {
    const p = await submitted(a);
    // A zod error: the action helper turns it into the message on the "reason" field.
    expect((await failure(withdrawProject(a.centre, { projectId: p.id, version: p.version, reason: "  " }))).message).toMatch(/Lý do rút hồ sơ/);
    expect((await db().project.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("SUBMITTED_TO_SCT");
  });

  it("is refused once the SCT has decided", async () => {
    const p = await submitted(a);
    expect(await openNoticesOf(a.sct.userId, p.id)).toHaveLength(1);
    const approved = await appraiseAtProvince(a.sct, { projectId: p.id, version: p.version, outcome: "APPROVE", method: "STAFF", form: "4a", criteria: allMet, conclusion: "Đạt yêu cầu" });
    const error = await failure(withdrawProject(a.centre, { projectId: p.id, version: approved.version, reason: "Muốn sửa lại đề án" }));
    expect(error.code).toBe("INVALID_TRANSITION");
    expect((await db().project.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("APPROVED_BY_SCT");
  });

  it("is not found for another centre's đề án, and forbidden to the SCT", async () => {
    const p = await submitted(a);
    expect((await failure(withdrawProject(b.centre, { projectId: p.id, version: p.version, reason: "Không phải của tôi" }))).code).toBe("NOT_FOUND");
    expect((await failure(withdrawProject(a.sct, { projectId: p.id, version: p.version, reason: "Sở muốn rút hộ" }))).code).toBe("NOT_FOUND");
    expect((await db().project.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("SUBMITTED_TO_SCT");
  });
});
