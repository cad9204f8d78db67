// "SCT Thanh Hóa cannot read or change a Lào Cai đề án": scoping lives in the query, and a
// record outside the actor's scope is reported exactly like a missing one.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "../../lib/errors";
import { getProject, listProjects } from "../../lib/projects/queries";
import { transitionProject } from "../../lib/projects/mutations";
import { cucStaff, draftProject, provinceWorld, referenceBasics } from "../fixtures/world";
import { testDb } from "./db";
import { failure } from "../fixtures/failure";

let thanhHoa: Awaited<ReturnType<typeof provinceWorld>>;
let laoCai: Awaited<ReturnType<typeof provinceWorld>>;
let laoCaiProject: { id: string; version: number };
let oldYenBaiProject: { id: string; version: number };
let kcqgId: string;

beforeAll(async () => {
  const db = testDb();
  kcqgId = (await referenceBasics(db)).kcqg.id;
  thanhHoa = await provinceWorld(db, "Thanh Hóa");
  laoCai = await provinceWorld(db, "Lào Cai");
  laoCaiProject = await draftProject(db, { implementerId: laoCai.centreOrg.id, provinceId: laoCai.current.id, fundingSourceId: kcqgId, status: "SUBMITTED_TO_SCT" });
  // Registered before the merger, on the old province (like Yên Bái 2019).
  oldYenBaiProject = await draftProject(db, { implementerId: laoCai.centreOrg.id, provinceId: laoCai.old.id, fundingSourceId: kcqgId, title: "Đề án nhóm Yên Bái 2019" });
});

describe("province scoping of đề án", () => {
  it("lets the Lào Cai SCT read its đề án, including those of the province it absorbed", async () => {
    expect((await getProject(laoCai.sct, laoCaiProject.id)).id).toBe(laoCaiProject.id);
    expect((await getProject(laoCai.sct, oldYenBaiProject.id)).id).toBe(oldYenBaiProject.id);
    const list = await listProjects(laoCai.sct, { page: 1 });
    expect(list.rows.map((r) => r.id)).toEqual(expect.arrayContaining([laoCaiProject.id, oldYenBaiProject.id]));
  });

  it("hides a Lào Cai đề án from the Thanh Hóa SCT in lists and searches", async () => {
    const list = await listProjects(thanhHoa.sct, { page: 1, q: "che bien che" });
    expect(list.rows.map((r) => r.id)).not.toContain(laoCaiProject.id);
    const all = await listProjects(thanhHoa.sct, { page: 1 });
    expect(all.rows.map((r) => r.id)).not.toContain(laoCaiProject.id);
  });

  it("answers 'not found' for another province's đề án exactly as for a missing one", async () => {
    const forbidden = await failure(getProject(thanhHoa.sct, laoCaiProject.id));
    const missing = await failure(getProject(thanhHoa.sct, randomUUID()));
    const malformed = await failure(getProject(thanhHoa.sct, "not-a-uuid"));
    for (const error of [forbidden, missing, malformed]) expect(error).toBeInstanceOf(NotFoundError);
    expect((forbidden as Error).message).toBe((missing as Error).message);
  });

  it("refuses to let the Thanh Hóa SCT change a Lào Cai đề án, and changes nothing", async () => {
    const before = await testDb().project.findUniqueOrThrow({ where: { id: laoCaiProject.id }, select: { status: true, version: true } });
    const forbidden = await failure(transitionProject(thanhHoa.sct, { projectId: laoCaiProject.id, to: "APPROVED_BY_SCT", comment: "", version: before.version }));
    const missing = await failure(transitionProject(thanhHoa.sct, { projectId: randomUUID(), to: "APPROVED_BY_SCT", comment: "", version: 1 }));
    expect(forbidden).toBeInstanceOf(NotFoundError);
    expect((forbidden as Error).message).toBe((missing as Error).message);
    const after = await testDb().project.findUniqueOrThrow({ where: { id: laoCaiProject.id }, select: { status: true, version: true, transitions: true } });
    expect(after.status).toBe(before.status);
    expect(after.version).toBe(before.version);
    expect(after.transitions).toHaveLength(0);
  });

  it("lets the Lào Cai SCT take its step and records who, when and why", async () => {
    const result = await transitionProject(laoCai.sct, { projectId: laoCaiProject.id, to: "RETURNED_BY_SCT", comment: "Bổ sung báo giá thiết bị", version: laoCaiProject.version });
    expect(result).toEqual({ status: "RETURNED_BY_SCT", version: laoCaiProject.version + 1 });
    const transitions = await testDb().projectTransition.findMany({ where: { projectId: laoCaiProject.id } });
    expect(transitions).toMatchObject([{ fromStatus: "SUBMITTED_TO_SCT", toStatus: "RETURNED_BY_SCT", actorId: laoCai.sct.userId, comment: "Bổ sung báo giá thiết bị" }]);
    const audit = await testDb().auditLog.findMany({ where: { entityId: laoCaiProject.id } });
    expect(audit).toHaveLength(1);
  });

  it("refuses a stale version so concurrent edits never silently overwrite", async () => {
    const error = await failure(transitionProject(laoCai.centre, { projectId: laoCaiProject.id, to: "SUBMITTED_TO_SCT", comment: "", version: laoCaiProject.version }));
    expect((error as { code?: string }).code).toBe("CONFLICT");
  });

  it("gives national plan figures to national roles only", async () => {
    const { nationalYearFigures } = await import("../../lib/dashboard/figures");
    expect(await nationalYearFigures(thanhHoa.sct, [2027])).toBeNull();
    const figures = await nationalYearFigures(await cucStaff(testDb()), [2027]);
    expect(figures?.map((f) => f.year)).toEqual([2027]);
  });

  it("hides a centre's đề án from another province's centre but shows all to the Cục", async () => {
    await expect(getProject(thanhHoa.centre, laoCaiProject.id)).rejects.toBeInstanceOf(NotFoundError);
    const cuc = await cucStaff(testDb());
    expect((await getProject(cuc, laoCaiProject.id)).id).toBe(laoCaiProject.id);
  });
});
