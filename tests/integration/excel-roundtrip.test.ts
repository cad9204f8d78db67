// Mẫu 2 export → import round trip against real PostgreSQL: a file exported by the app imports back
// with every row "không thay đổi" and the database untouched; edits in the file update the same
// đề án without losing what Mẫu 2 does not show; the rejected-rows file and the export never carry
// a live formula.
import { beforeAll, describe, expect, it } from "vitest";
import { exportMau2 } from "../../lib/mau-2/queries";
import { collect } from "../../lib/xlsx/stream";
import { commitImport } from "../../lib/mau-2/mutations";
import { previewImport, rejectedRowsFile } from "../../lib/mau-2/queries";
import { saveDraft } from "../../lib/projects/draft";
import { lockRows } from "../../lib/db/locks";
import { loadReferences, lockUpdated } from "../../lib/mau-2/references";
import { draftProject, facility, machineryNorm, provinceWorld } from "../fixtures/world";
import { COLUMN, goodRow, mau2File, openWorkbook, type Key } from "../fixtures/xlsx/mau-2-file";
import { testDb } from "./db";

type World = Awaited<ReturnType<typeof provinceWorld>>;
const db = testDb;
let w: World;
let ids: { multi: string; single: string; local: string; submitted: string };
let taxCodes: string[];

const versions = async () => Object.fromEntries((await db().project.findMany({ where: { implementerId: w.centreOrg.id }, select: { code: true, version: true } })).map((p) => [p.code, p.version]));

async function exportFile(): Promise<Buffer> {
  return collect((await exportMau2(w.centre, { year: 2027, includeDraftsAndRejected: true }, (s) => `Trạng thái ${s}`)).body);
}

beforeAll(async () => {
  const { category, norm, kcqg } = await machineryNorm(db());
  w = await provinceWorld(db(), "Tỉnh Khứ Hồi");
  const f1 = await facility(db(), w.current.id);
  const f2 = await facility(db(), w.old.id);
  taxCodes = [f1.taxCode, f2.taxCode];
  const common = { planYear: 2027, endYear: 2027, fundingSource: "KCQG", kind: "STANDARD", provinceId: w.current.id, contentCategoryIds: [category.id] };
  const multi = await saveDraft(w.centre, {
    ...common,
    title: "-Hỗ trợ máy sấy chè cho hai cơ sở",
    locationText: "Xã Thử Nghiệm, Tỉnh Khứ Hồi",
    needAndBasis: "Cơ sở sấy chè thủ công.",
    objectives: "Dòng một của mục tiêu\r\nDòng hai: =SUM(A1:A2) không phải công thức",
    beneficiaries: [{ facilityId: f1.id }, { facilityId: f2.id }],
    workItems: [{ description: "Khảo sát", responsible: "Trung tâm", startDate: "2027-02-01", endDate: "2027-03-01" }],
    partners: [{ name: "Hội Nông dân xã", role: "Phối hợp" }],
    budgetLines: [
      { item: "Máy sấy chè cơ sở 1", supportNormId: norm.id, facilityId: f1.id, unit: "máy", quantity: 1, totalCost: "600,123456", supportAmount: "250" },
      { item: "Máy sấy chè cơ sở 2", supportNormId: norm.id, facilityId: f2.id, unit: "máy", quantity: 1, totalCost: "500", supportAmount: "200,5", otherAmount: "10" },
    ],
  });
  const single = await saveDraft(w.centre, { ...common, kind: "GROUP", title: "=HYPERLINK(\"http://evil.example\",\"Đề án nhóm\")", objectives: "@mục tiêu bắt đầu bằng a còng", budgetLines: [{ item: "Kinh phí thực hiện đề án", totalCost: "1.000", supportAmount: "400" }] });
  const local = await saveDraft(w.centre, { ...common, fundingSource: "KCDP", kind: "FLAGSHIP", endYear: 2028, title: "Đề án điểm khuyến công địa phương", locationText: "Tỉnh Khứ Hồi", budgetLines: [{ item: "Mô hình trình diễn", totalCost: "2.000", supportAmount: "0,000001", otherAmount: "100" }] });
  const submitted = await draftProject(db(), { implementerId: w.centreOrg.id, provinceId: w.current.id, fundingSourceId: kcqg.id, status: "SUBMITTED_TO_SCT", title: "Đề án đã gửi Sở" });
  ids = { multi: multi.id, single: single.id, local: local.id, submitted: submitted.id };
});

describe("Mẫu 2 export", () => {
  it("writes the registration list with its title block, numbers in triệu and no live formula", async () => {
    const ws = await openWorkbook(await exportFile());
    expect(String(ws.getCell("A2").value)).toBe("BIỂU TỔNG HỢP CHI TIẾT CÁC ĐỀ ÁN KHUYẾN CÔNG ĐỀ NGHỊ ĐĂNG KÝ KẾ HOẠCH NĂM 2027");
    expect(ws.getCell("A4").value).toBe("Đơn vị tính: triệu đồng");
    expect(ws.getRow(5).getCell(13).value).toBe("Kinh phí khuyến công hỗ trợ");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 5 });
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1 });
    const rows = [6, 7, 8, 9].map((r) => ws.getRow(r));
    const byTitle = (t: string) => rows.find((r) => String(r.getCell(3).value).includes(t))!;
    const hostile = byTitle("HYPERLINK");
    expect(hostile.getCell(3).value).toBe("'=HYPERLINK(\"http://evil.example\",\"Đề án nhóm\")");
    expect(hostile.getCell(3).formula).toBeUndefined();
    expect(hostile.getCell(16).value).toBe("'@mục tiêu bắt đầu bằng a còng");
    const multi = byTitle("hai cơ sở");
    expect(multi.getCell(3).value).toBe("'-Hỗ trợ máy sấy chè cho hai cơ sở");
    expect(multi.getCell(12).value).toBe(1100.123456);
    expect(multi.getCell(12).numFmt).toBe("#,##0.000000");
    expect(multi.getCell(13).numFmt).toBe("#,##0.0");
    expect(multi.getCell(13).value).toBe(450.5);
    expect(multi.getCell(9).value).toBe([...taxCodes].sort().join("; "));
    expect(multi.getCell(8).value).toBe("03.2");
    expect(byTitle("địa phương").getCell(7).value).toBe("KCĐP");
    expect(ws.getRow(10).getCell(3).value).toBe("Tổng cộng");
    ws.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined()));
  });
});

describe("round trip", () => {
  it("imports an exported file back with every row unchanged and the database untouched", async () => {
    const before = await versions();
    const file = new Uint8Array(await exportFile());
    const report = await previewImport(w.centre, file);
    expect(report.rows).toHaveLength(4);
    expect(report.rows.map((r) => [r.status, r.action])).toEqual(report.rows.map(() => ["VALID", "UNCHANGED"]));
    const result = await commitImport(w.centre, file, "ALL_OR_NOTHING");
    expect(result).toMatchObject({ committed: true, created: 0, updated: 0, unchanged: 4 });
    expect(await versions()).toEqual(before);
  });

  it("updates the đề án a row names, keeping what Mẫu 2 does not show", async () => {
    const ws = await openWorkbook(await exportFile());
    const rowOf = (id: string) => [6, 7, 8, 9].map((r) => ws.getRow(r)).find((r) => r.getCell(2).value === codeOf[id])!;
    const codeOf = Object.fromEntries((await db().project.findMany({ where: { id: { in: Object.values(ids) } }, select: { id: true, code: true } })).map((p) => [p.id, p.code]));
    rowOf(ids.multi).getCell(3).value = "Hỗ trợ máy sấy chè cho hai cơ sở (đã sửa tên)";
    rowOf(ids.single).getCell(13).value = 450.25;
    // Row 10 was the totals row; a new đề án typed over it (the export has the template's column order).
    for (const [key, value] of Object.entries(goodRow(taxCodes[0]!, { title: "Đề án mới thêm vào tệp xuất" }))) ws.getRow(10).getCell(COLUMN[key as Key]).value = value ?? null;
    const file = new Uint8Array(await ws.workbook.xlsx.writeBuffer());
    const before = await db().project.findUniqueOrThrow({ where: { id: ids.multi }, select: { version: true } });

    const report = await previewImport(w.centre, file);
    expect(report.counts).toMatchObject({ update: 2, create: 1, unchanged: 2, error: 0 });
    const result = await commitImport(w.centre, file, "VALID_ONLY");
    expect(result).toMatchObject({ committed: true, created: 1, updated: 2 });

    const multi = await db().project.findUniqueOrThrow({ where: { id: ids.multi }, select: { title: true, version: true, needAndBasis: true, totalCost: true, budgetLines: { select: { item: true, supportNormId: true } }, workItems: true, partners: true, beneficiaries: true } });
    expect(multi).toMatchObject({ title: "Hỗ trợ máy sấy chè cho hai cơ sở (đã sửa tên)", version: before.version + 1, needAndBasis: "Cơ sở sấy chè thủ công.", totalCost: 1_100_123_456n });
    expect(multi.budgetLines).toHaveLength(2);
    expect(multi.workItems).toHaveLength(1);
    expect(multi.partners).toHaveLength(1);
    expect(multi.beneficiaries).toHaveLength(2);
    const single = await db().project.findUniqueOrThrow({ where: { id: ids.single }, select: { supportAmount: true, counterpartAmount: true, title: true } });
    expect(single).toEqual({ supportAmount: 450_250_000n, counterpartAmount: 549_750_000n, title: "=HYPERLINK(\"http://evil.example\",\"Đề án nhóm\")" });
  });

  it("refuses new amounts for a đề án with a detailed multi-line budget", async () => {
    const ws = await openWorkbook(await exportFile());
    const row = [6, 7, 8, 9, 10].map((r) => ws.getRow(r)).find((r) => String(r.getCell(3).value).includes("hai cơ sở"))!;
    row.getCell(12).value = 1200;
    const report = await previewImport(w.centre, new Uint8Array(await ws.workbook.xlsx.writeBuffer()));
    const bad = report.rows.find((r) => r.status === "ERROR")!;
    expect(bad.issues[0]).toMatchObject({ column: "L", message: expect.stringMatching(/dự toán chi tiết 2 dòng/) });
  });
});

describe("Mẫu 2 commit locks", () => {
  it("locks only the đề án it updates: another transaction holding the unchanged ones does not block it", async () => {
    const ws = await openWorkbook(await exportFile());
    const row = [6, 7, 8, 9, 10, 11].map((r) => ws.getRow(r)).find((r) => String(r.getCell(3).value).startsWith("Đề án điểm"))!;
    row.getCell(3).value = "Đề án điểm khuyến công địa phương (sửa lần hai)";
    const file = new Uint8Array(await ws.workbook.xlsx.writeBuffer());
    let release = () => {};
    let held = () => {};
    const holding = new Promise<void>((resolve) => (held = resolve));
    const holder = db().$transaction(async (tx) => {
      await lockRows(tx, "Project", [ids.multi, ids.single, ids.submitted]);
      await new Promise<void>((resolve) => {
        release = resolve;
        held();
      });
    }, { timeout: 60_000 });
    await holding;
    try {
      expect(await commitImport(w.centre, file, "VALID_ONLY")).toMatchObject({ committed: true, created: 0, updated: 1 });
    } finally {
      release();
      await holder;
    }
  }, 60_000);

  it("tells when a đề án to update changed between validation and its lock", async () => {
    const code = (await db().project.findUniqueOrThrow({ where: { id: ids.single }, select: { code: true } })).code;
    await db().$transaction(async (tx) => {
      const refs = await loadReferences(tx, w.centre, { years: [], taxCodes: [], codes: [code] }, { lock: false });
      expect(await lockUpdated(tx, refs, [ids.single])).toBe(true);
    });
    await db().$transaction(async (tx) => {
      const refs = await loadReferences(tx, w.centre, { years: [], taxCodes: [], codes: [code] }, { lock: false });
      await db().project.update({ where: { id: ids.single }, data: { version: { increment: 1 } } });
      expect(await lockUpdated(tx, refs, [ids.single])).toBe(false);
    });
  });
});

describe("rejected rows", () => {
  it("returns only the refused rows with their reasons, formulas written back as text", async () => {
    const file = await mau2File([goodRow(taxCodes[0]!), goodRow(taxCodes[0]!, { title: "Đề án có công thức", supportAmount: { formula: "L6/2", result: 350 } }), goodRow("0100109106", { title: "+84 đề án" })]);
    const out = await rejectedRowsFile(w.centre, file, "dang-ky.xlsx");
    expect(out).toMatchObject({ fileName: "dang-ky-dong-bi-tu-choi.xlsx", count: 2 });
    const ws = await openWorkbook(out.bytes);
    expect(ws.getRow(5).getCell(18).value).toBe("Lý do");
    expect(ws.getRow(6).getCell(3).value).toBe("Đề án có công thức");
    expect(ws.getRow(6).getCell(13).value).toBe("'=L6/2");
    expect(ws.getRow(6).getCell(13).formula).toBeUndefined();
    expect(String(ws.getRow(6).getCell(18).value)).toMatch(/^Dòng 6 của tệp gốc – Cột M \(Kinh phí khuyến công hỗ trợ\): Ô chứa công thức/);
    expect(ws.getRow(7).getCell(3).value).toBe("'+84 đề án");
    expect(String(ws.getRow(7).getCell(18).value)).toMatch(/Mã số thuế 0100109106 chưa có trong danh mục cơ sở/);
    expect(ws.getRow(8).getCell(3).value).toBeNull();
  });
});
