// Bulk Mẫu 2 commits against real PostgreSQL: a 5.000-row file, code numbering (gap-free, one
// block per prefix, shared with the đề án editor's save), all-or-nothing leaving no trace, and the
// per-row history and audit entries the editor's save would have written.
import { beforeAll, describe, expect, it } from "vitest";
import { commitImport } from "../../lib/mau-2/mutations";
import { codePrefix } from "../../lib/projects/codes";
import { saveDraft } from "../../lib/projects/draft";
import { facility, machineryNorm, provinceWorld } from "../fixtures/world";
import { goodRow, mau2File } from "../fixtures/xlsx/mau-2-file";
import { testDb } from "./db";

const db = testDb;

async function world(label: string) {
  const w = await provinceWorld(db(), label);
  const province = await db().province.findUniqueOrThrow({ where: { id: w.current.id }, select: { code: true } });
  return { w, tax: (await facility(db(), w.current.id)).taxCode, prefix: codePrefix("KCQG", 2027, province.code) };
}

const codesOf = async (prefix: string) => (await db().project.findMany({ where: { code: { startsWith: prefix } }, select: { code: true } })).map((p) => p.code).sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
const expectedCodes = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(3, "0")}`);
const rowsFor = (tax: string, n: number, label: string) => Array.from({ length: n }, (_, i) => goodRow(tax, { title: `${label} số ${i + 1}`, totalCost: 100 + (i % 50), supportAmount: 40.5 }));

beforeAll(async () => {
  await machineryNorm(db());
});

describe("bulk commit", () => {
  it("commits 5.000 rows with gap-free codes, their history and audit entries, and text kept exactly", async () => {
    const { w, tax, prefix } = await world("Tỉnh Hàng Loạt");
    const tricky = `Đề án "đặc biệt" {a,b} \\ 'x'; NULL, (1)`;
    const rows = rowsFor(tax, 5000, "Đề án lớn");
    rows[4321] = goodRow(tax, { title: tricky, totalCost: 700.123456, supportAmount: 300 });
    const result = await commitImport(w.centre, await mau2File(rows), "ALL_OR_NOTHING");
    expect(result).toMatchObject({ committed: true, created: 5000, rejected: 0 });
    expect(await codesOf(prefix)).toEqual(expectedCodes(prefix, 5000));

    const projects = await db().project.findMany({ where: { implementerId: w.centreOrg.id }, select: { id: true, code: true, title: true, searchText: true } });
    const ids = projects.map((p) => p.id);
    // File order is code order.
    expect(projects.find((p) => p.title === "Đề án lớn số 1")!.code).toBe(`${prefix}001`);
    const special = await db().project.findFirstOrThrow({ where: { title: tricky }, select: { code: true, searchText: true, totalCost: true, counterpartAmount: true, version: true, status: true, budgetLines: { select: { item: true, totalCost: true } } } });
    expect(special).toMatchObject({ code: `${prefix}4322`, totalCost: 700_123_456n, counterpartAmount: 400_123_456n, version: 1, status: "DRAFT", budgetLines: [{ item: "Kinh phí thực hiện đề án", totalCost: 700_123_456n }] });
    expect(special.searchText.startsWith(`${prefix}4322 `.toLowerCase())).toBe(true);
    expect(await db().projectTransition.count({ where: { projectId: { in: ids }, fromStatus: null, toStatus: "DRAFT", comment: "Tạo đề án" } })).toBe(5000);
    expect(await db().projectBeneficiary.count({ where: { projectId: { in: ids } } })).toBe(5000);
    expect(await db().projectContent.count({ where: { projectId: { in: ids } } })).toBe(5000);
    expect(await db().auditLog.count({ where: { action: "project.create", entityId: { in: ids } } })).toBe(5000);
    expect(await db().auditLog.count({ where: { action: "project.import", actorId: w.centre.userId } })).toBe(1);
  });

  it("gives two imports and a đề án saved at the same time distinct codes on one prefix, with no gap", async () => {
    const { w, tax, prefix } = await world("Tỉnh Đồng Thời");
    const { category } = await machineryNorm(db());
    const [first, second] = await Promise.all([mau2File(rowsFor(tax, 200, "Đề án nhập đồng thời A")), mau2File(rowsFor(tax, 100, "Đề án nhập đồng thời B"))]);
    const [a, b, saved] = await Promise.all([
      commitImport(w.centre, first, "ALL_OR_NOTHING"),
      commitImport(w.sct, second, "ALL_OR_NOTHING"),
      saveDraft(w.centre, { title: "Đề án soạn trên màn hình", planYear: 2027, endYear: 2027, fundingSource: "KCQG", kind: "STANDARD", provinceId: w.current.id, contentCategoryIds: [category.id] }),
    ]);
    expect(a).toMatchObject({ committed: true, created: 200 });
    expect(b).toMatchObject({ committed: true, created: 100 });
    expect(saved.code.startsWith(prefix)).toBe(true);
    expect(await codesOf(prefix)).toEqual(expectedCodes(prefix, 301));
    // Each import's own rows are numbered in file order, in one block.
    const numbers = async (label: string) => (await db().project.findMany({ where: { title: { startsWith: label } }, select: { code: true, title: true } })).sort((x, y) => Number(x.title.split(" số ")[1]) - Number(y.title.split(" số ")[1])).map((p) => Number(p.code.slice(prefix.length)));
    for (const list of [await numbers("Đề án nhập đồng thời A"), await numbers("Đề án nhập đồng thời B")]) {
      expect(list).toEqual(Array.from({ length: list.length }, (_, i) => list[0]! + i));
    }
  });

  it("all-or-nothing: one bad row saves nothing and consumes no code", async () => {
    const { w, tax, prefix } = await world("Tỉnh Tất Cả");
    const rows = rowsFor(tax, 200, "Đề án tất cả hoặc không");
    rows[150] = goodRow(tax, { supportAmount: 900 });
    const result = await commitImport(w.centre, await mau2File(rows), "ALL_OR_NOTHING");
    expect(result).toMatchObject({ committed: false, created: 0, rejected: 1 });
    expect(await db().project.count({ where: { implementerId: w.centreOrg.id } })).toBe(0);
    expect(await codesOf(prefix)).toEqual([]);
    expect(await db().auditLog.count({ where: { action: "project.import", actorId: w.centre.userId } })).toBe(0);

    const valid = await commitImport(w.centre, await mau2File(rows), "VALID_ONLY");
    expect(valid).toMatchObject({ committed: true, created: 199, rejected: 1 });
    // Numbering starts at 001: the refused attempt reserved nothing.
    expect(await codesOf(prefix)).toEqual(expectedCodes(prefix, 199));
  });
});

