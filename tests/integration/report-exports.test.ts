// The report downloads of issue #9 item 6 through the functions the route handlers call
// (lib/reports/export/files.ts), on the demo data: the file carries the report's own figures, the
// unit, cut-off and basis; an SCT's files never hold another province's lines, whatever the
// parameters; bad parameters are VALIDATION errors (400), never a 500. Own database, seeded once.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { loadActor } from "../../lib/auth/load-actor";
import { createDb } from "../../lib/db/client";
import { applyMigrations } from "../../lib/db/migrator";
import { DomainError, NotFoundError } from "../../lib/errors";
import { buildReport } from "../../lib/reports/build";
import { conferenceFile, reportExportFile } from "../../lib/reports/export/files";
import { parseReportQuery } from "../../lib/reports/query";
import { unitDecimalText } from "../../lib/xlsx/cell-write";
import { seed } from "../../prisma/seed";
import { dropDatabase, ensureDatabase } from "../../scripts/lib/embedded-postgres";
import { pdfPages } from "../fixtures/pdf-text";

const baseUrl = inject("baseUrl");
const name = `kc_exports_${process.pid}`;
const db = createDb(`${baseUrl}/${name}`);
const NOW = new Date("2026-12-02T03:00:00Z");

let leadership: Actor;
let sctThanhHoa: Actor;
/** Every name a province had, by id: to tell an SCT's lines from everybody else's. */
let provinceNames: Map<string, string>;
let thanhHoaNames: Set<string>;

async function actor(email: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  return (await loadActor(db, user.id))!;
}

beforeAll(async () => {
  await ensureDatabase(baseUrl, name);
  await applyMigrations(`${baseUrl}/${name}`);
  await seed(db, { demo: true });
  leadership = await actor("lanhdao@khuyencong.local");
  sctThanhHoa = await actor("sct.thanhhoa@khuyencong.local");
  const provinces = await db.province.findMany({ select: { id: true, name: true } });
  provinceNames = new Map(provinces.map((p) => [p.id, p.name]));
  thanhHoaNames = new Set(provinces.filter((p) => p.name === "Thanh Hóa").map((p) => p.name));
}, 300_000);

afterAll(async () => {
  await db.$disconnect();
  await dropDatabase(baseUrl, name);
});

const params = (query: string) => new URLSearchParams(query);

async function sheetOf(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0]!;
  const texts: { row: number; col: number; text: string }[] = [];
  sheet.eachRow((row, r) => row.eachCell((cell, c) => typeof cell.value === "string" && texts.push({ row: r, col: c, text: cell.value })));
  return { sheet, find: (text: string) => texts.find((t) => t.text === text) };
}

/** The labels of the data rows of an export (between the header and the total), read back from the file. */
async function lineLabels(bytes: Uint8Array): Promise<{ lines: string[]; after: string[] }> {
  const { sheet, find } = await sheetOf(bytes);
  const header = find("TT")!.row;
  const labels: string[] = [];
  for (let r = header + 1; r <= sheet.rowCount; r++) labels.push(String(sheet.getRow(r).getCell(2).value ?? ""));
  const total = labels.indexOf("Tổng cộng");
  return { lines: labels.slice(0, total), after: labels.slice(total).filter(Boolean) };
}

describe("report exports (xlsx, csv)", () => {
  it("writes the report's own figures in tỷ under Vietnamese headers, with the unit, cut-off and basis", async () => {
    const query = "year=2021&preset=YEAR&basis=63&by=zone";
    const file = await reportExportFile(leadership, params(`format=xlsx&${query}`), NOW, db);
    expect(file.contentType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(file.disposition).toMatch(/^attachment; filename="Bao cao khuyen cong 2021 theo khu vuc khuyen cong den 2021-12-31\.xlsx"; filename\*=UTF-8''B%C3%A1o%20c%C3%A1o/);
    const report = await buildReport(leadership, await parseReportQuery(params(query), NOW, db), db);
    const { sheet, find } = await sheetOf(file.bytes);
    expect(find("Đơn vị tính: tỷ đồng")).toBeDefined();
    expect(find("Kỳ báo cáo: lũy kế từ 01/01/2021 đến ngày 31/12/2021")).toBeDefined();
    expect(find("Cơ sở địa giới: quy về 63 tỉnh, thành phố trước ngày 01/07/2025")).toBeDefined();
    const executed = find("Thực hiện")!.col;
    const totalRow = sheet.getRow(find("Tổng cộng")!.row);
    expect(report.total.current.executed).not.toBeNull();
    expect(totalRow.getCell(executed).value).toBe(Number(unitDecimalText(report.total.current.executed!, "ty")));
    const north = report.lines.find((l) => l.label === "Khu vực phía Bắc")!;
    const northRow = sheet.getRow(find("Khu vực phía Bắc")!.row);
    expect(northRow.getCell(executed).value).toBe(Number(unitDecimalText(north.current.executed!, "ty")));
    // The published figures (issue #9 item 7): the North executed 130,4 tỷ of 142,1 tỷ in 2021, 91,7 %
    // (91,74999 %: 9 175 bp, a cell of 0,9175 shown "91,75%").
    const tenth = (v: ExcelJS.CellValue) => Math.round(Number(v) * 10) / 10;
    expect(tenth(northRow.getCell(executed).value)).toBe(130.4);
    expect(tenth(northRow.getCell(find("Kế hoạch (điều chỉnh)")!.col).value)).toBe(142.1);
    expect(northRow.getCell(find("% KH (điều chỉnh)")!.col).value).toBe(0.9175);
  });

  it("writes the same figures to CSV, UTF-8 with a BOM", async () => {
    const file = await reportExportFile(leadership, params("format=csv&year=2021&preset=YEAR&basis=63&by=zone"), NOW, db);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(file.bytes);
    expect(file.contentType).toBe("text/csv; charset=utf-8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain("Đơn vị tính: tỷ đồng");
    expect(text).toContain("\r\nTT,Khu vực khuyến công,");
  });

  it("gives an SCT only its own province's lines, then the zone and national totals as totals", async () => {
    for (const query of ["by=province", "by=zone", "by=province&basis=34", "by=province&zone=NAM", "by=implementer", "by=province&source=KCDP"]) {
      const file = await reportExportFile(sctThanhHoa, params(`format=xlsx&year=2022&preset=M9&${query}`), NOW, db);
      const { lines, after } = await lineLabels(file.bytes);
      if (query.startsWith("by=province")) for (const label of lines) expect(thanhHoaNames.has(label), `${query}: ${label}`).toBe(true);
      // Thanh Hóa is in the North: a filter on the South leaves it nothing, the others show it.
      if (query.startsWith("by=province") && !query.includes("zone=NAM")) expect(lines, query).toContain("Thanh Hóa");
      const others = [...provinceNames.values()].filter((n) => !thanhHoaNames.has(n));
      for (const label of [...lines, ...after]) expect(others, `${query}: ${label}`).not.toContain(label);
      expect(after.at(-1)).toBe("Toàn quốc (chỉ số tổng)");
    }
  });

  it("refuses an SCT another province, as not found", async () => {
    await expect(reportExportFile(sctThanhHoa, params("format=csv&year=2022&by=province&province=01"), NOW, db)).rejects.toBeInstanceOf(NotFoundError);
    await expect(conferenceFile(sctThanhHoa, params("year=2022&province=01"), NOW, db)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("answers bad parameters with a VALIDATION error naming the value, never a crash", async () => {
    for (const query of ["format=pdf&year=2022", "year=2022", "format=xlsx&format=csv", "format=csv&year=2022&preset=DATE&date=2022-02-30", "format=csv&year=99999", "format=csv&year=2022&by=planet", "format=csv&year=2022&zone=MARS"]) {
      const error = await reportExportFile(leadership, params(query), NOW, db).catch((e: unknown) => e);
      expect(error, query).toBeInstanceOf(DomainError);
      expect((error as DomainError).code, query).toBe("VALIDATION");
    }
    const error = (await reportExportFile(leadership, params("format=pdf"), NOW, db).catch((e: unknown) => e)) as DomainError;
    expect(error.message).toBe("Định dạng tệp phải là xlsx hoặc csv (đã nhận “pdf”)");
  });
});

describe("conference PDF", () => {
  it("summarises 2022 at 30/9 for the North by source, zone and province, on every page the basis and the page number", async () => {
    const file = await conferenceFile(leadership, params("year=2022&preset=M9&basis=63&zone=BAC"), NOW, db);
    expect(file.contentType).toBe("application/pdf");
    expect(file.disposition).toContain('filename="Bao cao hoi nghi khuyen cong 2022 den 2022-09-30.pdf"');
    const pdf = Buffer.from(file.bytes);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const pages = pdfPages(pdf).map((p) => p.replace(/\s+/g, " "));
    const all = pages.join(" ");
    expect(all).toContain("BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH KHUYẾN CÔNG NĂM 2022 (TÍNH ĐẾN 30/09/2022)");
    expect(all).toMatch(/KCQG: kế hoạch \(điều chỉnh\) [\d.,]+ tỷ đồng, thực hiện [\d.,]+ tỷ đồng, đạt [\d,]+ % kế hoạch điều chỉnh/);
    expect(all).toContain("Tổng cộng: kế hoạch (điều chỉnh)");
    // The published figures: 174,3 tỷ planned, 73,7 tỷ executed at 30/9 (42,3 %), 112,8 % of the same period.
    expect(all).toMatch(/Khu vực phía Bắc(?: [\d.,]+| –){4} 174,280 73,700 42,29 % 65,340 112,79 %/);
    expect(all).toContain("III. Kết quả thực hiện theo tỉnh, thành phố");
    expect(all).toContain("Thanh Hóa");
    expect(all).toContain("Ghi chú");
    expect(all).toContain("% kế hoạch = thực hiện / kế hoạch đã điều chỉnh");
    pages.forEach((page, i) => {
      expect(page).toContain(`Trang ${i + 1}/${pages.length}`);
      expect(page).toContain("Cơ sở địa giới: quy về 63 tỉnh, thành phố trước ngày 01/07/2025.");
    });
  });

  it("gives an SCT its own province and the zone and national totals only", async () => {
    const file = await conferenceFile(sctThanhHoa, params("year=2022&preset=M9&basis=63"), NOW, db);
    const all = pdfPages(Buffer.from(file.bytes)).join(" ").replace(/\s+/g, " ");
    if (process.env.KC_DUMP) (await import("node:fs")).writeFileSync(process.env.KC_DUMP, file.bytes);
    expect(all).toMatch(/ỦY BAN NHÂN DÂN TỈNH THANH HÓA.*SỞ CÔNG THƯƠNG THANH HÓA/);
    expect(all).toMatch(/Thanh Hóa, ngày \d{2} tháng \d{2} năm \d{4}/);
    expect(all).not.toContain("Hà Nội, ngày");
    expect(all).not.toContain("BỘ CÔNG THƯƠNG");
    expect(all).toContain("Toàn quốc (chỉ số tổng)");
    const others = [...provinceNames.values()].filter((n) => !thanhHoaNames.has(n) && n.length > 4);
    for (const other of others) expect(all, other).not.toContain(` ${other} `);
  });
});
