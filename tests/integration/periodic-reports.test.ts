// Periodic reports against real PostgreSQL: the one submission path (API channel, form, .xlsx),
// what is refused (duplicated period, unknown or out-of-scope province, province of the wrong era,
// wrong unit) and what is flagged (a falling cumulative figure), and province A against province B.
import ExcelJS from "exceljs";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { submitPeriodicReportForm } from "../../lib/periodic-reports/form";
import { submitPeriodicReports } from "../../lib/periodic-reports/mutations";
import { listPeriodicReports, loadTemplate } from "../../lib/periodic-reports/queries";
import { importPeriodicUpload, previewPeriodicUpload, rejectedPeriodicRowsFile } from "../../lib/periodic-reports/upload";
import { buildTemplateWorkbook } from "../../lib/periodic-reports/xlsx/template";
import { cucStaff, provinceWorld, referenceBasics } from "../fixtures/world";
import { failure } from "../fixtures/failure";
import type { DomainError } from "../../lib/errors";
import { errorText } from "../../lib/i18n/error-text";
import { toSubmitReport } from "../../lib/periodic-reports/types";
import { testDb } from "./db";

type World = Awaited<ReturnType<typeof provinceWorld>>;
const db = testDb;
let a: World;
let b: World;
let cuc: Actor;

const row = (provinceId: string, over: Record<string, unknown> = {}) => ({ provinceId, year: 2026, period: "H1", source: "KCDP", unit: "trieu", planAmount: "1.000", executedAmount: "400", projectCount: 3, traineeCount: 120, ...over });
const stored = (provinceId: string) => db().provincialReport.count({ where: { provinceId } });

beforeAll(async () => {
  await referenceBasics(db());
  a = await provinceWorld(db(), "Tỉnh Định Kỳ A");
  b = await provinceWorld(db(), "Tỉnh Định Kỳ B");
  cuc = await cucStaff(db());
});

describe("submitPeriodicReports", () => {
  it("stores each row in whole đồng with its channel and submitter, audited", async () => {
    const result = await submitPeriodicReports(a.sct, [row(a.current.id), row(a.current.id, { source: "KCQG", planAmount: "500,25", executedAmount: "0", traineeCount: "" })], "API");
    expect(result).toMatchObject({ committed: true, saved: 2, refused: 0, flagged: 0 });
    const ids = result.rows.map((r) => r.reportId!);
    const saved = await db().provincialReport.findMany({ where: { id: { in: ids } }, orderBy: { planAmount: "asc" } });
    expect(saved.map((s) => [s.planAmount, s.executedAmount, s.traineeCount, s.channel, s.submittedById])).toEqual([
      [500_250_000n, 0n, null, "API", a.sct.userId],
      [1_000_000_000n, 400_000_000n, 120, "API", a.sct.userId],
    ]);
    expect(saved[0]!.cutOffDate.toISOString().slice(0, 10)).toBe("2026-06-30");
    expect(await db().auditLog.count({ where: { entityType: "ProvincialReport", entityId: { in: ids }, action: "periodicReport.submit" } })).toBe(2);
  });

  it("refuses a period already stored, and the same period twice in one submission, writing nothing", async () => {
    const before = await stored(a.current.id);
    const again = await submitPeriodicReports(a.sct, [row(a.current.id)], "API");
    expect(again).toMatchObject({ committed: false, saved: 0, refused: 1 });
    expect(again.rows[0]!.errors).toEqual([expect.objectContaining({ field: "period", message: expect.stringMatching(/^Kỳ báo cáo: kỳ 6 tháng \(năm 2026\), nguồn KCĐP của Tỉnh Định Kỳ A đã có báo cáo/) })]);
    // The edge renders the same refusal in the request's locale.
    expect(toSubmitReport(again, "en").rows[0]!.errors[0]).toMatch(/^Period: the 6-month period of 2026, source KCĐP, of Tỉnh Định Kỳ A already has a report/);
    const twice = await submitPeriodicReports(a.sct, [row(a.current.id, { period: "Q1" }), row(a.current.id, { period: "Q1" })], "API");
    expect(twice.rows.map((r) => r.status)).toEqual(["NOT_SAVED", "REFUSED"]);
    expect(twice.rows[1]!.errors[0]!.message).toMatch(/trùng với dòng 1 của cùng lần gửi/);
    expect(await stored(a.current.id)).toBe(before);
  });

  it("refuses an unknown province and another province's the same way, and a province code unknown at the cut-off", async () => {
    const result = await submitPeriodicReports(a.sct, [row(randomUUID()), row(b.current.id), row(a.current.id, { provinceId: undefined, provinceCode: "ZZ99" })], "API", { mode: "VALID_ONLY" });
    expect(result).toMatchObject({ saved: 0, refused: 3 });
    expect(result.rows[0]!.errors).toEqual(result.rows[1]!.errors);
    expect(result.rows[0]!.errors[0]!.message).toBe("Tỉnh: không có tỉnh này, hoặc tỉnh nằm ngoài phạm vi của bạn.");
    expect(result.rows[2]!.errors[0]).toMatchObject({ field: "province", message: expect.stringMatching(/ZZ99/) });
    expect(await stored(b.current.id)).toBe(0);
  });

  it("puts a 2025 first-half report on the provinces before the merger and a later one on those after", async () => {
    const result = await submitPeriodicReports(a.sct, [row(a.current.id, { year: 2025 }), row(a.old.id, { year: 2025 }), row(a.old.id, { year: 2025, period: "M9" }), row(a.old.id, { year: 2025, provinceId: undefined, provinceCode: a.old.code, source: "KCQG" })], "API", { mode: "VALID_ONLY" });
    expect(result.rows.map((r) => r.status)).toEqual(["REFUSED", "SAVED", "REFUSED", "SAVED"]);
    expect(result.rows[0]!.errors[0]!.message).toMatch(/Tỉnh Định Kỳ A không có trong danh sách tỉnh tại ngày 30\/06\/2025 \(danh sách 63 tỉnh/);
    expect(result.rows[2]!.errors[0]!.message).toMatch(/Tỉnh Định Kỳ A cũ không có trong danh sách tỉnh tại ngày 30\/09\/2025 \(danh sách 34 tỉnh/);
  });

  it("refuses another unit and amounts with more decimals than triệu allows", async () => {
    const result = await submitPeriodicReports(a.sct, [row(a.current.id, { period: "M11", unit: "ty" }), row(a.current.id, { period: "M11", executedAmount: "1,0000001" })], "API", { mode: "VALID_ONLY" });
    expect(result.rows.map((r) => r.errors[0]?.field)).toEqual(["unit", "executedAmount"]);
    expect(result.saved).toBe(0);
  });

  it("stores a falling cumulative figure but flags it, in the answer and in the list", async () => {
    const result = await submitPeriodicReports(a.sct, [row(a.current.id, { period: "M9", executedAmount: "350", traineeCount: 150 })], "API");
    expect(result).toMatchObject({ committed: true, saved: 1, flagged: 1 });
    expect(result.rows[0]!.falling).toEqual([expect.objectContaining({ field: "executedAmount", previous: 400_000_000n, current: 350_000_000n, previousPeriod: "H1" })]);
    expect(result.rows[0]!.warnings[0]!.message).toBe("Kinh phí thực hiện: số lũy kế 350 triệu đồng thấp hơn kỳ 6 tháng (400 triệu đồng); đã lưu và được đánh dấu để kiểm tra.");
    const listed = await listPeriodicReports(a.sct, { year: 2026, source: "KCDP" });
    expect(listed.map((r) => [r.period, r.falling.map((f) => f.field)])).toEqual([["H1", []], ["M9", ["executedAmount"]]]);
    expect(await listPeriodicReports(a.sct, { year: 2026, flagged: "1" })).toHaveLength(1);
  });

  it("tells a new earlier period that a stored later one is now lower", async () => {
    const result = await submitPeriodicReports(a.sct, [row(a.current.id, { period: "Q1", executedAmount: "450", traineeCount: null })], "API");
    expect(result.rows[0]!.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^Kinh phí thực hiện: kỳ 6 tháng đã lưu có số lũy kế 400 triệu đồng, thấp hơn số của kỳ này \(450 triệu đồng\)/)]);
    expect(result.rows[0]!.falling).toEqual([]);
    const listed = await listPeriodicReports(a.sct, { year: 2026, source: "KCDP" });
    expect(listed.map((r) => [r.period, r.falling.map((f) => f.field)])).toEqual([["Q1", []], ["H1", ["executedAmount"]], ["M9", ["executedAmount"]]]);
  });
});

describe("what the reports will read, and periods not ended", () => {
  it("tells the sender plainly when the leadership reports use the detailed records instead", async () => {
    const { kcdp } = await referenceBasics(db());
    const w = await provinceWorld(db(), "Tỉnh Định Kỳ Có Kế Hoạch");
    const catalog = await db().contentCatalogVersion.findUniqueOrThrow({ where: { code: "ND235-2025" }, select: { id: true } });
    await db().planYear.upsert({ where: { year: 2026 }, update: {}, create: { year: 2026, sctSubmissionDeadline: new Date("2025-05-20T00:00:00Z"), registrationDeadline: new Date("2025-06-15T00:00:00Z"), contentCatalogVersionId: catalog.id } });
    await db().annualPlan.create({ data: { planYear: 2026, fundingSourceId: kcdp.id, level: "PROVINCIAL", provinceId: w.current.id, envelope: 0n, status: "ISSUED", versions: { create: [{ versionNo: 1, effectiveOn: new Date("2026-01-01T00:00:00Z") }] } } });
    const result = await submitPeriodicReports(w.sct, [row(w.current.id, { period: "Q1" }), row(w.current.id, { period: "Q1", source: "KCQG" })], "API");
    expect(result.saved).toBe(2);
    const warnings = toSubmitReport(result, "vi").rows.map((r) => r.warnings);
    expect(warnings[0]).toEqual(["Tỉnh đã có kế hoạch KCĐP năm 2026 trên hệ thống: báo cáo tổng hợp được lưu nhưng báo cáo lãnh đạo dùng số liệu chi tiết."]);
    expect(warnings[1]![0]).toMatch(/^Kinh phí KCQG năm 2026 được lấy từ số liệu chi tiết/);
    const listed = await listPeriodicReports(w.sct, { year: 2026 });
    expect(listed.map((r) => r.superseded?.key)).toEqual(expect.arrayContaining(["errors.periodicReports.row.supersededKcdp", "errors.periodicReports.row.supersededKcqg"]));
    // Without an issued KCĐP plan the province's KCĐP report is what the reports read: no note.
    const plain = await provinceWorld(db(), "Tỉnh Định Kỳ Không Kế Hoạch");
    const own = await submitPeriodicReports(plain.sct, [row(plain.current.id, { period: "Q1" })], "API");
    expect(own.rows[0]!.warnings).toEqual([]);
  });

  it("refuses a period whose last day is after today, and names what it could read of a refused row", async () => {
    const early = await submitPeriodicReports(a.centre, [row(a.current.id, { period: "YEAR", source: "KCQG" })], "API", { now: new Date("2026-12-02T03:00:00Z") });
    expect(early.saved).toBe(0);
    expect(early.rows[0]!.errors[0]!.message).toMatch(/^Kỳ báo cáo: kỳ cả năm \(năm 2026\) chưa kết thúc \(số liệu lũy kế đến 31\/12\/2026, hôm nay là 02\/12\/2026\)/);
    expect(toSubmitReport(early, "vi").rows[0]).toMatchObject({ province: a.current.name, period: "YEAR", source: "KCQG" });
    const unknown = await submitPeriodicReports(a.centre, [{ ...row(a.current.id, { provinceId: undefined, provinceCode: "ZZ9", period: "H1", source: "KCDP" }), executedAmount: "abc" }], "API");
    expect(toSubmitReport(unknown, "vi").rows[0]).toMatchObject({ status: "REFUSED", province: "ZZ9", period: "H1", source: "KCDP" });
  });
});

describe("concurrency", () => {
  it("stores one report when the same period is sent twice at once; the other is refused or told of the conflict", async () => {
    const send = () => submitPeriodicReports(a.centre, [row(a.current.id, { period: "YEAR", source: "KCQG" })], "API", { now: new Date("2027-01-10T03:00:00Z") }).then((r) => r.rows[0]!.status, (e: { code?: string }) => e.code);
    const outcomes = await Promise.all([send(), send(), send()]);
    expect(outcomes.filter((o) => o === "SAVED")).toHaveLength(1);
    expect(outcomes.filter((o) => o !== "SAVED").every((o) => o === "REFUSED" || o === "CONFLICT")).toBe(true);
    expect(await db().provincialReport.count({ where: { provinceId: a.current.id, year: 2026, period: "YEAR" } })).toBe(1);
  });
});

describe("scope", () => {
  it("lets province A's SCT neither submit for nor read province B; the Cục does both; others may not submit", async () => {
    const forB = await submitPeriodicReports(cuc, [row(b.current.id, { source: "KCQG" })], "API");
    expect(forB.saved).toBe(1);
    expect(await listPeriodicReports(a.sct, { provinceId: b.current.id })).toEqual([]);
    expect((await listPeriodicReports(a.sct, {})).every((r) => [a.current.id, a.old.id].includes(r.province.id))).toBe(true);
    expect((await listPeriodicReports(b.centre, {})).map((r) => r.province.id)).toEqual([b.current.id]);
    expect((await listPeriodicReports(cuc, { provinceId: b.current.id })).length).toBe(1);
    const bForA = await submitPeriodicReports(b.sct, [row(a.current.id, { period: "YEAR" })], "API");
    expect(bForA.rows[0]!.errors[0]!.message).toMatch(/ngoài phạm vi của bạn/);
    const leadership = { ...cuc, roles: ["LEADERSHIP" as const] };
    expect((await failure(submitPeriodicReports(leadership, [row(b.current.id, { period: "YEAR" })], "API"))).code).toBe("FORBIDDEN");
    expect(await listPeriodicReports(leadership, { provinceId: b.current.id })).toHaveLength(1);
  });
});

describe("the form", () => {
  it("sends the sources typed, skips a blank one, and answers a refusal with field messages", async () => {
    const saved = await submitPeriodicReportForm(b.centre, { provinceId: b.current.id, year: 2026, period: "M11", sources: { KCQG: { planAmount: "200", executedAmount: "150", projectCount: "2" }, KCDP: { planAmount: "", note: "" } } });
    expect(saved.rows.map((r) => [r.status, r.key?.source])).toEqual([["SAVED", "KCQG"]]);
    const refused = await failure(submitPeriodicReportForm(b.centre, { provinceId: b.current.id, year: 2026, period: "YEAR", sources: { KCQG: { planAmount: "200", executedAmount: "abc", projectCount: "2" } } }));
    expect(refused.details).toEqual({ "KCQG.executedAmount": expect.stringMatching(/^Kinh phí thực hiện: "abc" không phải số tiền/) });
    expect(errorText(refused as unknown as DomainError, "en").fieldErrors).toEqual({ "KCQG.executedAmount": 'Executed: "abc" is not an amount in triệu đồng (for example 1.234,5).' });
  });

  it("gives every cell's error at once, the summary naming the source", async () => {
    const refused = await failure(submitPeriodicReportForm(b.centre, { provinceId: b.current.id, year: 2026, period: "H1", sources: { KCQG: { planAmount: "200", executedAmount: "abc", projectCount: "2" }, KCDP: { planAmount: "xyz", executedAmount: "1", projectCount: "1" } } }));
    expect(Object.keys(refused.details ?? {}).sort()).toEqual(["KCDP.planAmount", "KCQG.executedAmount"]);
    expect(errorText(refused as unknown as DomainError, "vi").message).toMatch(/^Chưa lưu báo cáo: 2 ô có lỗi.*Nguồn KCQG – Kinh phí thực hiện: "abc"/);
  });

  it("refuses a source with only a note rather than dropping the note", async () => {
    const input = { provinceId: b.current.id, year: 2026, period: "M9", sources: { KCQG: { planAmount: "200", executedAmount: "100", projectCount: "2" }, KCDP: { planAmount: " ", note: "Số liệu KCĐP gửi sau" } } };
    const refused = await failure(submitPeriodicReportForm(b.centre, input));
    expect(refused.details).toEqual({ "KCDP.note": expect.stringMatching(/^Có ghi chú nhưng chưa nhập số liệu/) });
    expect(await db().provincialReport.count({ where: { provinceId: b.current.id, year: 2026, period: "M9" } })).toBe(0);
  });
});

describe("the .xlsx upload", () => {
  async function filledTemplate(actor: Actor, fill: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
    const bytes = await buildTemplateWorkbook(await loadTemplate(actor, 2026, "Q1"));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    fill(wb.worksheets[0]!);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }
  const world = () => b;
  // Template rows 6 (KCQG) and 7 (KCĐP) for the one province of B's scope in force on 31/3/2026; row 8 added by hand.
  const threeRows = (ws: ExcelJS.Worksheet, bad: unknown = "nhiều") => {
    ws.getRow(6).getCell(7).value = 100;
    ws.getRow(6).getCell(8).value = 20.5;
    ws.getRow(6).getCell(9).value = 1;
    ws.getRow(7).getCell(7).value = 300;
    ws.getRow(7).getCell(8).value = 10;
    ws.getRow(7).getCell(9).value = 0;
    const extra = ws.getRow(8);
    ["", world().current.code, "", 2026, "6 tháng", "KCQG", 100, bad, 1].forEach((v, i) => (extra.getCell(i + 1).value = v === "" ? null : (v as ExcelJS.CellValue)));
  };

  it("offers one row per province in force at the cut-off and source", async () => {
    const template = await loadTemplate(b.sct, 2026, "Q1");
    expect(template.provinces.map((p) => p.id)).toEqual([b.current.id]);
  });

  it("all-or-nothing writes nothing when a row is refused, naming its row and column; valid-only writes the others", async () => {
    const file = await filledTemplate(b.sct, (ws) => threeRows(ws));
    const preview = await previewPeriodicUpload(b.sct, file);
    expect(preview.rows.map((r) => [r.line, r.status])).toEqual([[6, "NOT_SAVED"], [7, "NOT_SAVED"], [8, "REFUSED"]]);
    expect(preview.rows[2]!.errors[0]!.message).toMatch(/^Dòng 8, cột Kinh phí thực hiện \(H\): Ô đang là chữ \("nhiều"\)/);
    const before = await stored(b.current.id);
    const all = await importPeriodicUpload(b.sct, file, "ALL_OR_NOTHING");
    expect(all).toMatchObject({ committed: false, saved: 0, refused: 1 });
    expect(await stored(b.current.id)).toBe(before);
    const valid = await importPeriodicUpload(b.sct, file, "VALID_ONLY");
    expect(valid).toMatchObject({ committed: true, saved: 2, refused: 1 });
    const rows = await db().provincialReport.findMany({ where: { id: { in: valid.rows.flatMap((r) => (r.reportId ? [r.reportId] : [])) } }, orderBy: { planAmount: "asc" } });
    expect(rows.map((r) => [r.period, r.planAmount, r.executedAmount, r.channel, r.modelCount])).toEqual([["Q1", 100_000_000n, 20_500_000n, "XLSX", null], ["Q1", 300_000_000n, 10_000_000n, "XLSX", null]]);
  });

  it("names row and column for database refusals too, and refuses too many decimals for triệu", async () => {
    const file = await filledTemplate(b.sct, (ws) => threeRows(ws, 1.1234567));
    const preview = await previewPeriodicUpload(b.sct, file);
    expect(preview.rows[0]!.errors[0]!.message).toMatch(/^Dòng 6, cột Kỳ báo cáo \(E\): kỳ 3 tháng \(năm 2026\), nguồn KCQG của Tỉnh Định Kỳ B đã có báo cáo/);
    expect(preview.rows[2]!.errors[0]!.message).toMatch(/^Dòng 8, cột Kinh phí thực hiện \(H\): Số tiền có 7 chữ số thập phân/);
  });

  it("refuses a file whose unit line says anything but triệu đồng, or has none", async () => {
    const inDong = await filledTemplate(b.sct, (ws) => ((ws.getCell(3, 18).value = "Đơn vị tính: đồng"), threeRows(ws)));
    expect((await failure(importPeriodicUpload(b.sct, inDong, "VALID_ONLY"))).message).toMatch(/^Tệp ghi đơn vị "Đơn vị tính: đồng"; báo cáo định kỳ chỉ nhận số tiền tính theo triệu đồng/);
    const noUnit = await filledTemplate(b.sct, (ws) => ((ws.getCell(3, 18).value = null), threeRows(ws)));
    expect((await failure(importPeriodicUpload(b.sct, noUnit, "VALID_ONLY"))).message).toMatch(/^Tệp không ghi đơn vị tính/);
    const headerInTy = await filledTemplate(b.sct, (ws) => ((ws.getCell(5, 8).value = "Kinh phí thực hiện (tỷ đồng)"), threeRows(ws)));
    expect((await failure(previewPeriodicUpload(b.sct, headerInTy))).message).toMatch(/^Tệp ghi đơn vị "Kinh phí thực hiện \(tỷ đồng\)"/);
    expect(await db().provincialReport.count({ where: { provinceId: b.current.id, period: "H1", fundingSource: { code: "KCQG" } } })).toBe(1);
  });

  it("gives the refused rows back in the template's layout with their reasons, ready to upload again", async () => {
    const file = await filledTemplate(b.sct, (ws) => threeRows(ws, 1.1234567));
    const out = await rejectedPeriodicRowsFile(b.sct, file, "tinh-b.xlsx");
    expect(out).toMatchObject({ fileName: "tinh-b-dong-bi-tu-choi.xlsx", count: 3 });
    const again = await previewPeriodicUpload(b.sct, new Uint8Array(out.bytes));
    expect(again.rows.map((r) => [r.line, r.status])).toEqual([[6, "REFUSED"], [7, "REFUSED"], [8, "REFUSED"]]);
    expect(again.rows[2]!.errors[0]!.message).toMatch(/^Dòng 8, cột Kinh phí thực hiện \(H\): Số tiền có 7 chữ số thập phân/);
  });

  it("refuses a file naming another province's code as out of reach", async () => {
    const file = await filledTemplate(b.sct, (ws) => ((ws.getRow(6).getCell(2).value = a.current.code), threeRows(ws)));
    const preview = await previewPeriodicUpload(b.sct, file);
    expect(preview.rows[0]!.errors[0]!.message).toBe("Dòng 6, cột Mã tỉnh (B): không có tỉnh này, hoặc tỉnh nằm ngoài phạm vi của bạn.");
  });
});
