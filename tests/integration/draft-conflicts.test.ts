// No lost updates on a đề án (issue #11 §5), against real PostgreSQL: each save records before →
// after of what it changed; a save based on an older version is refused with who saved since and
// which parts they changed, and writes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { ConflictError } from "../../lib/errors";
import { saveDraft } from "../../lib/projects/draft";
import { draftSnapshot, writtenSnapshot } from "../../lib/projects/draft-changes";
import { draftFields, draftPartRows } from "../../lib/projects/draft-rows";
import { ProjectDraftInputSchema } from "../../lib/projects/schemas";
import { failure } from "../fixtures/failure";
import { completeDraftInput } from "../fixtures/complete-draft";
import { machineryNorm, provinceWorld } from "../fixtures/world";
import { testDb as db } from "./db";

type World = Awaited<ReturnType<typeof provinceWorld>>;
let a: World;
let base: Awaited<ReturnType<typeof completeDraftInput>>;

beforeAll(async () => {
  a = await provinceWorld(db(), "Tỉnh Xung Đột");
  base = await completeDraftInput(db(), a, await machineryNorm(db()), "Hỗ trợ máy sấy chè (xung đột)");
});

describe("saving a đề án", () => {
  it("records what changed, and refuses a stale save naming who changed what, keeping the newer version", async () => {
    const created = await saveDraft(a.centre, base);
    const first = await saveDraft(a.centre, { ...base, id: created.id, version: created.version, title: "Hỗ trợ máy sấy chè hiện đại", budgetLines: [{ ...(base.budgetLines as object[])[0], totalCost: "800" }] });
    const entry = await db().auditLog.findFirstOrThrow({ where: { projectId: created.id, action: "project.update" }, orderBy: { id: "desc" }, select: { data: true } });
    expect(entry.data).toMatchObject({ fromVersion: created.version, toVersion: first.version, changes: { title: { from: "Hỗ trợ máy sấy chè (xung đột)", to: "Hỗ trợ máy sấy chè hiện đại" }, totalCost: { from: "700000000", to: "800000000" } } });
    expect(Object.keys((entry.data as { changes: object }).changes)).not.toContain("objectives");

    // A second tab still holds the first version and saves other objectives.
    const stale = await failure(saveDraft(a.centre, { ...base, id: created.id, version: created.version, objectives: "Giảm hao hụt." }));
    expect(stale).toBeInstanceOf(ConflictError);
    expect(stale.message).toContain("tên đề án");
    expect(stale.message).toContain("dự toán kinh phí");
    expect(stale.message).toContain(a.centre.name);
    const now = await db().project.findUniqueOrThrow({ where: { id: created.id }, select: { title: true, objectives: true, version: true } });
    expect(now).toEqual({ title: "Hỗ trợ máy sấy chè hiện đại", objectives: "Nâng năng suất.", version: first.version });
  });
});

describe("what a save compares", () => {
  it("builds the after side from the rows it writes, equal to reading the saved đề án back", async () => {
    const line = (base.budgetLines as Record<string, unknown>[])[0]!;
    const raw = {
      ...base,
      partners: [{ name: "Ủy ban nhân dân xã", role: "Phối hợp" }, { name: "Hội Nông dân xã", role: "Tuyên truyền" }, { name: "Đoàn Thanh niên", role: "Hỗ trợ" }],
      workItems: [{ description: "Khảo sát" }, { description: "Lắp đặt máy", startDate: "2027-03-01", endDate: "2027-05-31" }],
      budgetLines: [line, { ...line, item: "Máy vò chè", totalCost: "20", supportAmount: "10" }],
    };
    const saved = await saveDraft(a.centre, raw);
    const fundingSource = await db().fundingSource.findUniqueOrThrow({ where: { code: "KCQG" }, select: { id: true } });
    const input = ProjectDraftInputSchema.parse(raw);
    const written = writtenSnapshot(draftFields(input, fundingSource.id), draftPartRows(saved.id, input));
    expect(written).toEqual(await db().$transaction((tx) => draftSnapshot(tx, saved.id)));
    expect(written.partners).toEqual(["Đoàn Thanh niên", "Hội Nông dân xã", "Ủy ban nhân dân xã"]);
  });
});
