// Excel import of Mẫu 2 against real PostgreSQL: row and cell errors, hostile content, all-or-nothing
// versus valid-only commits, size limits, cross-province codes, and the export → import round trip.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { commitImport } from "../../lib/mau-2/mutations";
import { previewImport } from "../../lib/mau-2/queries";
import { cucStaff, facility, machineryNorm, provinceWorld } from "../fixtures/world";
import { COLUMN, FIRST_DATA_ROW, goodRow, mau2File } from "../fixtures/xlsx/mau-2-file";
import { testDb } from "./db";
import { failure } from "../fixtures/failure";

type World = Awaited<ReturnType<typeof provinceWorld>>;
const db = testDb;
let a: World;
let b: World;
let taxA: string;
let taxA2: string;
let taxB: string;

const projectCount = (w: World) => db().project.count({ where: { implementerId: { in: [w.centreOrg.id, w.sctOrg.id] } } });

beforeAll(async () => {
  await machineryNorm(db());
  a = await provinceWorld(db(), "Tỉnh Nhập A");
  b = await provinceWorld(db(), "Tỉnh Nhập B");
  taxA = (await facility(db(), a.current.id)).taxCode;
  taxA2 = (await facility(db(), a.old.id)).taxCode;
  taxB = (await facility(db(), b.current.id)).taxCode;
});

describe("preview", () => {
  it("accepts good rows without writing anything", async () => {
    const before = await projectCount(a);
    const file = await mau2File([goodRow(taxA), goodRow(`${taxA}; ${taxA2}`, { title: "Đề án thứ hai", kind: "Nhóm" })]);
    const report = await previewImport(a.centre, file);
    expect(report.counts).toMatchObject({ total: 2, error: 0, create: 2 });
    expect(report.rows.map((r) => r.status)).toEqual(["VALID", "VALID"]);
    expect(await projectCount(a)).toBe(before);
  });

  it("skips empty rows, template rows of formulas and the totals row; warns about soft issues", async () => {
    const template = { seq: 3, counterpartAmount: { formula: "L7-M7-O7", result: 0 } };
    const file = await mau2File([goodRow(taxA), null, template, goodRow(taxA, { objectives: null, location: "", counterpartAmount: { formula: "L8-M8-O8", result: 400 } })], { totals: true });
    const report = await previewImport(a.centre, file);
    expect(report.rows.map((r) => r.row)).toEqual([FIRST_DATA_ROW, FIRST_DATA_ROW + 3]);
    const warned = report.rows[1]!;
    expect(warned).toMatchObject({ status: "WARNING", action: "CREATE" });
    expect(warned.issues).toContainEqual(expect.objectContaining({ column: COLUMN.objectives, field: "Mục tiêu", severity: "WARNING" }));
    expect(warned.issues).toContainEqual(expect.objectContaining({ column: COLUMN.counterpartAmount, severity: "WARNING", message: expect.stringMatching(/công thức nên được bỏ qua/) }));
  });

  it("reports hostile and wrong cells by row and column, in Vietnamese", async () => {
    const rows = [
      goodRow(taxA, { supportAmount: { formula: "L5*0.5", result: 350 } }),
      goodRow(taxA, { totalCost: 1e12 }),
      goodRow(taxA, { supportAmount: -5 }),
      goodRow(taxA, { totalCost: "bảy trăm" }),
      goodRow(taxA, { totalCost: 0.1 + 0.2 }),
      goodRow("0100109106"),
      goodRow(taxA, { contents: "99.9", kind: "Đặc biệt" }),
      goodRow(taxB),
      goodRow(taxA, { supportAmount: 800 }),
      goodRow(taxA, { title: '=HYPERLINK("http://evil.example","Bấm vào")', planYear: new Date("2027-01-01") }),
      goodRow(taxA, { title: { richText: [{ text: "Hỗ trợ máy " }, { text: "sấy chè", font: { bold: true } }] }, location: { text: "Xã Hyperlink", hyperlink: "https://example.vn" } }),
    ];
    const report = await previewImport(a.centre, await mau2File(rows));
    const issuesOf = (i: number) => report.rows.find((r) => r.row === FIRST_DATA_ROW + i)!.issues.filter((x) => x.severity === "ERROR");
    expect(issuesOf(0)).toEqual([expect.objectContaining({ row: FIRST_DATA_ROW, column: "M", field: "Kinh phí khuyến công hỗ trợ", message: expect.stringMatching(/^Ô chứa công thức; hãy dán giá trị/) })]);
    expect(issuesOf(1)[0]).toMatchObject({ column: "L", message: expect.stringMatching(/vượt quá 10\.000 tỷ đồng/) });
    expect(issuesOf(2)[0]).toMatchObject({ column: "M", message: "Số tiền không được âm." });
    expect(issuesOf(3)[0]).toMatchObject({ column: "L", message: expect.stringMatching(/Ô đang là chữ \("bảy trăm"\)/) });
    expect(issuesOf(4)[0]).toMatchObject({ column: "L", message: expect.stringMatching(/chữ số thập phân/) });
    expect(issuesOf(5)[0]).toMatchObject({ column: "I", message: "Mã số thuế 0100109106 chưa có trong danh mục cơ sở." });
    expect(issuesOf(6).map((x) => x.column).sort()).toEqual(["F", "H"]);
    // Another province's facility is reported exactly like a missing one.
    expect(issuesOf(7)[0]).toMatchObject({ column: "I", message: `Mã số thuế ${taxB} chưa có trong danh mục cơ sở.` });
    expect(issuesOf(8)[0]).toMatchObject({ column: "M", message: expect.stringMatching(/vượt tổng kinh phí/) });
    expect(issuesOf(9)).toEqual([expect.objectContaining({ column: "J", message: expect.stringMatching(/ngày tháng/) })]);
    expect(report.rows.at(-1)).toMatchObject({ status: "VALID", title: "Hỗ trợ máy sấy chè" });
    expect(report.counts).toMatchObject({ total: 11, error: 10 });
  });

  it("refuses files that are not xlsx, whatever their name, and roles that do not implement đề án", async () => {
    const csv = new TextEncoder().encode("TT;Tên đề án\n1;=cmd|' /C calc'!A0\n");
    expect((await failure(previewImport(a.centre, csv))).message).toMatch(/không phải bảng tính Excel/);
    const cuc = await cucStaff(db());
    expect((await failure(previewImport(cuc, await mau2File([goodRow(taxA)])))).code).toBe("FORBIDDEN");
  });

  it("refuses a 10,000-row file quickly with a clear message", async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => goodRow(taxA, { title: `Đề án số ${i + 1} của tệp rất lớn` }));
    const error = await failure(previewImport(a.centre, await mau2File(rows)));
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toMatch(/tối đa 5\.000 dòng/);
  });
});

describe("commit", () => {
  const mixed = () => mau2File([goodRow(taxA, { title: "Đề án hợp lệ thứ nhất" }), goodRow(taxA, { supportAmount: -1 }), goodRow(taxA2, { title: "Đề án hợp lệ thứ hai", otherAmount: 50, totalCost: 700.5 })]);

  it("all-or-nothing writes nothing when one row is bad", async () => {
    const before = await projectCount(a);
    const result = await commitImport(a.centre, await mixed(), "ALL_OR_NOTHING");
    expect(result).toMatchObject({ committed: false, created: 0, rejected: 1 });
    expect(await projectCount(a)).toBe(before);
  });

  it("valid-only writes exactly the valid rows, as the editor would have saved them", async () => {
    const before = await projectCount(a);
    const result = await commitImport(a.centre, await mixed(), "VALID_ONLY");
    expect(result).toMatchObject({ committed: true, created: 2, rejected: 1 });
    expect(await projectCount(a)).toBe(before + 2);
    const saved = await db().project.findFirstOrThrow({
      where: { title: "Đề án hợp lệ thứ hai", implementerId: a.centreOrg.id },
      select: { status: true, provinceId: true, totalCost: true, supportAmount: true, counterpartAmount: true, otherAmount: true, contents: { select: { contentCategory: { select: { code: true } } } }, beneficiaries: { select: { facility: { select: { taxCode: true } } } }, budgetLines: { select: { item: true } } },
    });
    expect(saved).toMatchObject({ status: "DRAFT", provinceId: a.current.id, totalCost: 700_500_000n, supportAmount: 300_000_000n, otherAmount: 50_000_000n, counterpartAmount: 350_500_000n });
    expect(saved.contents.map((c) => c.contentCategory.code)).toEqual(["03.2"]);
    expect(saved.beneficiaries.map((x) => x.facility.taxCode)).toEqual([taxA2]);
    expect(saved.budgetLines).toEqual([{ item: "Kinh phí thực hiện đề án" }]);
  });

  it("imports a 500-row file in one transaction", async () => {
    const c = await provinceWorld(db(), "Tỉnh Nhập C");
    const tax = (await facility(db(), c.current.id)).taxCode;
    const rows = Array.from({ length: 500 }, (_, i) => goodRow(tax, { title: `Đề án số ${i + 1} nhập hàng loạt`, totalCost: 100 + i, supportAmount: 40.5 }));
    const file = await mau2File(rows, { totals: true });
    const started = performance.now();
    const result = await commitImport(c.centre, file, "ALL_OR_NOTHING");
    console.info(`[excel-import] 500 rows committed in ${Math.round(performance.now() - started)} ms`);
    expect(result).toMatchObject({ committed: true, created: 500, rejected: 0 });
    expect(await db().project.count({ where: { implementerId: c.centreOrg.id } })).toBe(500);
    const codes = await db().project.findMany({ where: { implementerId: c.centreOrg.id }, select: { code: true } });
    expect(new Set(codes.map((x) => x.code)).size).toBe(500);
  });
});

describe("codes of existing đề án", () => {
  async function draftOf(w: World, actor: Actor, title: string) {
    const file = await mau2File([goodRow(taxA, { title })]);
    await commitImport(actor, file, "ALL_OR_NOTHING");
    return db().project.findFirstOrThrow({ where: { title, implementerId: w.centreOrg.id }, select: { id: true, code: true, version: true, title: true } });
  }

  it("lets B's SCT neither see nor change A's đề án through a file", async () => {
    const project = await draftOf(a, a.centre, "Đề án của tỉnh A không được sửa");
    const file = await mau2File([goodRow(taxB, { code: project.code, title: "Chiếm quyền đề án tỉnh A" })]);
    const report = await previewImport(b.sct, file);
    expect(report.rows[0]!.issues).toEqual([expect.objectContaining({ column: "B", message: `Mã đề án ${project.code} không tồn tại hoặc bạn không có quyền sửa.`, severity: "ERROR" })]);
    const result = await commitImport(b.sct, file, "VALID_ONLY");
    expect(result).toMatchObject({ created: 0, updated: 0, rejected: 1 });
    expect(await db().project.findUniqueOrThrow({ where: { id: project.id }, select: { version: true, title: true } })).toEqual({ version: project.version, title: project.title });
  });

  it("gives the same answer for a code that does not exist, and refuses a code twice in one file", async () => {
    const project = await draftOf(a, a.centre, "Đề án có mã bị lặp trong tệp");
    const file = await mau2File([goodRow(taxA, { code: "KCQG-2027-KHONG-CO" }), goodRow(taxA, { code: project.code, title: "Tên mới thứ nhất" }), goodRow(taxA, { code: project.code, title: "Tên mới thứ hai" })]);
    const report = await previewImport(a.centre, file);
    expect(report.rows[0]!.issues[0]!.message).toBe("Mã đề án KCQG-2027-KHONG-CO không tồn tại hoặc bạn không có quyền sửa.");
    expect(report.rows[1]).toMatchObject({ status: "VALID", action: "UPDATE" });
    expect(report.rows[2]!.issues[0]!.message).toMatch(/đã có ở dòng 6/);
  });

  it("lets the SCT re-import a row of the centre's đề án unchanged, but not change it", async () => {
    const project = await draftOf(a, a.centre, "Đề án của trung tâm tỉnh A");
    const same = goodRow(taxA, { code: project.code, title: project.title });
    const changed = { ...same, title: "Sở sửa đề án của trung tâm" };
    expect((await previewImport(a.sct, await mau2File([same]))).rows[0]).toMatchObject({ status: "VALID", action: "UNCHANGED", issues: [] });
    const report = await previewImport(a.sct, await mau2File([changed]));
    expect(report.rows[0]).toMatchObject({ status: "ERROR", action: null });
    expect(report.rows[0]!.issues[0]!.message).toMatch(/không tồn tại hoặc bạn không có quyền sửa/);
  });
});
