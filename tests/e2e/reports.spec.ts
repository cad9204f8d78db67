// Issue #9's journeys through the real UI. Leadership opens the national overview for 2022 at
// 30/9 through the filter form, switches the basis from 63 to 34, drills down zone → province →
// đề án, and exports the zone view as .xlsx and as the conference PDF; both files are opened and
// read. An SCT fills the periodic-report template with one good and one bad row, is refused with
// the row and column named, nothing is saved; the fixed file is saved. Figures: docs/demo-data.md
// ("The published figures": North 2022 plan 174,28 tỷ, executed 73,70 at 30/9 = 42,29 %, same
// period 2021 65,34 = 112,79 %, plan +22,63 % on 2021; KCQG 2022 allocated 28,98 tỷ).
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { pdfPages } from "../fixtures/pdf-text";
import { DEMO_ACCOUNTS, open, signIn, waitForHydration } from "./fixtures";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const KPI = ["kpi-plan", "kpi-executed", "kpi-percent", "kpi-same-period"] as const;
const flat = (text: string) => text.replace(/\s+/g, " ");

async function kpiTexts(page: Page): Promise<string[]> {
  return Promise.all(KPI.map((id) => page.getByTestId(id).innerText()));
}

/** A line of the report table by its label (the first cell: a link on drillable lines). */
function reportRow(page: Page, label: string | RegExp): Locator {
  const first = page.locator("th:first-child, td:first-child").filter({ hasText: typeof label === "string" ? new RegExp(`^${label}$`) : label });
  return page.getByTestId("report-lines").locator("tbody tr, tfoot tr").filter({ has: first });
}

/** The cells of a report row: label, plan, allocated, executed, %, same period, vs same period, plan growth, share, path. */
async function rowCells(row: Locator): Promise<string[]> {
  return (await row.locator("th, td").allInnerTexts()).map((t) => t.trim());
}

/** Clicks an export link and reads the file from disk; the export is requested once (no RSC prefetch of the file). */
async function download(page: Page, testId: string, route: string): Promise<{ name: string; bytes: Buffer }> {
  const requests: string[] = [];
  const track = (r: { url(): string }) => (r.url().includes(route) ? requests.push(r.url()) : undefined);
  page.on("request", track);
  const downloading = page.waitForEvent("download");
  await page.getByTestId(testId).click();
  const file = await downloading;
  const bytes = await readFile((await file.path())!);
  page.off("request", track);
  expect(requests).toHaveLength(1);
  expect(requests[0]).not.toContain("_rsc=");
  return { name: file.suggestedFilename(), bytes };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && "richText" in value) return value.richText.map((r) => r.text).join("");
  return String(value);
}

test("leadership reads 2022 at 30/9, switches 63 → 34, drills down to a đề án and exports .xlsx and PDF", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO_ACCOUNTS.leadership);
  await open(page, "/bao-cao");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Báo cáo tổng quan toàn quốc");

  // 1. The filters, as a person sets them: year 2022, the 9-month cut-off, on the 63 provinces.
  const filters = page.getByTestId("report-filters");
  await filters.getByTestId("filter-year").selectOption("2022");
  await filters.getByTestId("filter-preset").selectOption({ label: "9 tháng" });
  await filters.getByTestId("filter-basis").selectOption({ label: "63 tỉnh" });
  await filters.getByRole("button", { name: "Xem báo cáo" }).click();
  await expect(page).toHaveURL((url) => url.searchParams.get("year") === "2022" && url.searchParams.get("preset") === "M9" && url.searchParams.get("basis") === "63");
  await waitForHydration(page);
  await expect(page.getByTestId("report-as-of")).toContainText("Ngày chốt số liệu: 30/09/2022 (9 tháng, năm 2022)");
  await expect(page.getByTestId("basis-63")).toHaveAttribute("aria-current", "true");

  // The North line is the published one; the national allocation is the 28,98 tỷ of 2022.
  const north = reportRow(page, "Khu vực phía Bắc");
  expect(await rowCells(north)).toEqual(["Khu vực phía Bắc", "174,28", "6,60", "11,71 %", "73,70", "42,29 %", "65,34", "112,79 %", "+22,63 %", expect.any(String), "Hồ sơ và báo cáo định kỳ"]);
  const total63 = await rowCells(reportRow(page, "Tổng cộng"));
  expect(total63[2]).toBe("28,98");
  const kpi63 = await kpiTexts(page);
  await expect(page.getByTestId("kpi-percent")).toContainText(`${total63[5]}`);
  const map = page.getByTestId("report-map");
  await expect(map).toHaveAttribute("data-set", "63");
  await expect(map.locator("svg [data-code]")).toHaveCount(63);
  await expect(page.getByTestId("report-basis")).toHaveText("Địa giới: 63 tỉnh trước sáp nhập; hồ sơ lập trên tỉnh mới giữ nguyên tỉnh mới. Số liệu đến ngày 30/09/2022.");

  // 2. The same view on the 34: the totals do not move, the map is the 34 and Lâm Đồng (which
  // straddles two zones) is its own line.
  await page.getByTestId("basis-34").click();
  await expect(page).toHaveURL((url) => url.searchParams.get("basis") === "34" && url.searchParams.get("year") === "2022");
  await expect(page.getByTestId("basis-34")).toHaveAttribute("aria-current", "true");
  await expect(map).toHaveAttribute("data-set", "34");
  await expect(map.locator("svg [data-code]")).toHaveCount(34);
  await waitForHydration(page);
  expect(await kpiTexts(page)).toEqual(kpi63);
  expect(await rowCells(reportRow(page, "Tổng cộng"))).toEqual(total63);
  await expect(reportRow(page, /^Lâm Đồng \(thuộc nhiều vùng/)).toHaveCount(1);
  expect((await rowCells(north)).slice(1, 9)).toEqual(["174,28", "6,60", "11,71 %", "73,70", "42,29 %", "65,34", "112,79 %", "+22,63 %"]);
  await expect(page.getByTestId("report-basis")).toHaveText("Địa giới: 34 tỉnh sau sáp nhập (tỉnh cũ quy về tỉnh kế thừa). Số liệu đến ngày 30/09/2022.");

  // 3. Drill down: the North zone by province; its tiles are the published North figures.
  await page.getByTestId("report-drill").filter({ hasText: "Khu vực phía Bắc" }).click();
  await expect(page).toHaveURL(/[?&]by=province&zone=[0-9a-f-]{36}/);
  await waitForHydration(page);
  const zoneUrl = page.url();
  await expect(page.getByTestId("kpi-plan")).toContainText("174,3 tỷ đồng");
  await expect(page.getByTestId("kpi-executed")).toContainText("73,7 tỷ đồng");
  await expect(page.getByTestId("kpi-percent")).toContainText("42,29 %");
  await expect(page.getByTestId("kpi-same-period")).toContainText("112,79 %");
  await expect(page.getByTestId("kpi-same-period")).toContainText("Thực hiện cùng kỳ năm 2021: 65,3 tỷ đồng");
  expect((await rowCells(reportRow(page, "Tổng cộng"))).slice(1, 9)).toEqual(["174,28", "6,60", "11,71 %", "73,70", "42,29 %", "65,34", "112,79 %", "+22,63 %"]);
  // New Bắc Ninh took in Bắc Giang on 1/7/2025: on the 34 it is one line.
  const bacNinh = await rowCells(reportRow(page, "Bắc Ninh"));

  // … then a province: its page adds up to its line of the zone view …
  await page.getByTestId("report-drill").filter({ hasText: /^Bắc Ninh$/ }).click();
  await expect(page).toHaveURL(/\/bao-cao\/tinh\/[0-9a-f-]{36}\?.*by=project/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Báo cáo tỉnh, thành phố: Bắc Ninh");
  await waitForHydration(page);
  expect((await rowCells(reportRow(page, "Tổng cộng"))).slice(1, 9)).toEqual(bacNinh.slice(1, 9));

  // … then one of its 2022 đề án (Bắc Giang's, recorded on the old province).
  const project = page.getByTestId("report-drill").filter({ hasText: /^KCQG-2022-24-001 — / });
  const projectLabel = (await project.innerText()).trim();
  await project.click();
  await expect(page).toHaveURL(/\/de-an\/[0-9a-f-]{36}\?from=%2Fbao-cao%2Ftinh%2F/);
  await waitForHydration(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(projectLabel.split(" — ")[1]!);
  await expect(page.getByTestId("project-back")).toHaveText("← Về báo cáo");
  await expect(page.getByTestId("project-back")).toHaveAttribute("href", /^\/bao-cao\/tinh\/[0-9a-f-]{36}\?year=2022&/);
  await expect(page.getByText("KCQG-2022-24-001").first()).toBeVisible();

  // 4. Exports of the North view: the .xlsx, opened with exceljs …
  await open(page, zoneUrl);
  const xlsx = await download(page, "export-xlsx", "/bao-cao/xuat");
  expect(xlsx.name).toBe("Báo cáo khuyến công 2022 theo tỉnh, thành phố đến 2022-09-30.xlsx");
  expect(xlsx.bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const column1 = Array.from({ length: sheet.rowCount }, (_, i) => cellText(sheet.getRow(i + 1).getCell(1).value));
  expect(column1.slice(0, 7)).toEqual([
    "BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH KHUYẾN CÔNG NĂM 2022",
    "Theo Tỉnh, thành phố · Nguồn kinh phí: KCQG và KCĐP",
    "Đơn vị tính: tỷ đồng",
    "Kỳ báo cáo: lũy kế từ 01/01/2022 đến ngày 30/09/2022",
    expect.stringMatching(/^Số liệu tính đến: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/),
    "Cơ sở địa giới: quy về 34 tỉnh, thành phố từ ngày 01/07/2025",
    expect.stringContaining("Nguồn số liệu"),
  ]);
  expect(column1).toContain("Cùng kỳ = cùng ngày chốt năm trước (30/09/2021).");
  const headerAt = Array.from({ length: sheet.rowCount }, (_, i) => i + 1).find((r) => cellText(sheet.getRow(r).getCell(2).value) === "Tỉnh, thành phố")!;
  const headers = (sheet.getRow(headerAt).values as ExcelJS.CellValue[]).map(cellText);
  const totalRow = Array.from({ length: sheet.rowCount }, (_, i) => sheet.getRow(i + 1)).find((r) => cellText(r.getCell(2).value) === "Tổng cộng")!;
  const at = (header: string) => totalRow.getCell(headers.indexOf(header)).value;
  expect(at("Kế hoạch (điều chỉnh)")).toBe(174.28);
  expect(at("Thực hiện")).toBe(73.7);
  expect(at("Thực hiện cùng kỳ năm 2021")).toBe(65.34);
  const bacNinhRow = Array.from({ length: sheet.rowCount }, (_, i) => sheet.getRow(i + 1)).find((r) => cellText(r.getCell(2).value) === "Bắc Ninh");
  expect(bacNinhRow).toBeDefined();

  // … and the conference PDF, read page by page.
  const pdf = await download(page, "export-pdf", "/bao-cao/hoi-nghi");
  expect(pdf.name).toBe("Báo cáo hội nghị khuyến công 2022 đến 2022-09-30.pdf");
  expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const pages = pdfPages(pdf.bytes);
  expect(pages.length).toBeGreaterThanOrEqual(1);
  const text = flat(pages.join("\n"));
  expect(text).toContain("BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH KHUYẾN CÔNG NĂM 2022 (TÍNH ĐẾN 30/09/2022)");
  expect(text).toContain("Đơn vị tính: tỷ đồng");
  expect(text).toContain("Tổng cộng: kế hoạch (điều chỉnh) 174,28 tỷ đồng, thực hiện 73,7 tỷ đồng, đạt 42,29 % kế hoạch điều chỉnh; so với cùng kỳ năm 2021 (65,34 tỷ đồng) đạt 112,79 %.");
  expect(text).toContain("tăng 22,63 % so với kế hoạch năm 2021");
  expect(text).toContain("Bắc Ninh");
  pages.forEach((p, i) => {
    expect(flat(p)).toContain(`Trang ${i + 1}/${pages.length}`);
    expect(flat(p)).toContain("Cơ sở địa giới: quy về 34 tỉnh, thành phố từ ngày 01/07/2025.");
  });
});

/** The template's rows by funding source, and where the figure columns are. */
function templateLayout(sheet: ExcelJS.Worksheet) {
  const headerAt = Array.from({ length: 15 }, (_, i) => i + 1).find((r) => (sheet.getRow(r).values as ExcelJS.CellValue[]).map(cellText).includes("Kinh phí thực hiện"))!;
  const headers = (sheet.getRow(headerAt).values as ExcelJS.CellValue[]).map(cellText);
  const column = (name: string) => headers.indexOf(name);
  const rowOf = (source: string) => Array.from({ length: sheet.rowCount - headerAt }, (_, i) => headerAt + 1 + i).find((r) => cellText(sheet.getRow(r).getCell(column("Nguồn kinh phí")).value) === source)!;
  return { column, kcqg: rowOf("KCQG"), kcdp: rowOf("KCĐP") };
}

async function upload(page: Page, sheetBytes: Buffer) {
  await page.getByLabel("Tệp .xlsx").setInputFiles({ name: "bao-cao-dinh-ky-2026-M9.xlsx", mimeType: XLSX, buffer: sheetBytes });
  await page.getByRole("button", { name: "Kiểm tra tệp" }).click();
  await expect(page.getByTestId("periodic-upload-report").locator("tbody tr")).toHaveCount(2);
}

test("an SCT uploads a periodic report with a bad row: refused with row and column, nothing saved; the fixed file is saved", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.sctLaoCai);
  // Nothing is reported for 9 months of 2026 yet.
  await open(page, "/bao-cao-dinh-ky?year=2026&period=M9");
  await expect(page.getByText("Chưa có báo cáo định kỳ nào khớp bộ lọc.")).toBeVisible();
  await page.getByRole("link", { name: "Tải lên tệp Excel" }).click();
  await expect(page.getByRole("heading", { name: "Tải lên báo cáo định kỳ từ tệp Excel" })).toBeVisible();
  await waitForHydration(page);

  // The template of new Lào Cai for 9 months of 2026: one row per funding source.
  const template = page.getByRole("region", { name: "1. Tải tệp mẫu" });
  await template.locator('select[name="year"]').selectOption("2026");
  await template.locator('select[name="period"]').selectOption({ label: "9 tháng" });
  const downloading = page.waitForEvent("download");
  await template.getByRole("button", { name: "Tải tệp mẫu" }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toBe("bao-cao-dinh-ky-2026-9-thang.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await file.path())!)) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const { column, kcqg, kcdp } = templateLayout(sheet);
  expect(cellText(sheet.getRow(kcqg).getCell(column("Tên tỉnh")).value)).toBe("Lào Cai");

  // KCQG is fine; KCĐP's executed amount is negative.
  const fill = (row: number, plan: number, executed: number, projects: number) => {
    sheet.getRow(row).getCell(column("Kế hoạch")).value = plan;
    sheet.getRow(row).getCell(column("Kinh phí thực hiện")).value = executed;
    sheet.getRow(row).getCell(column("Số đề án")).value = projects;
  };
  fill(kcqg, 1500, 600, 3);
  fill(kcdp, 2000, -50, 5);
  await upload(page, Buffer.from(await workbook.xlsx.writeBuffer()));

  const report = page.getByTestId("periodic-upload-report");
  const executedLetter = String.fromCharCode(64 + column("Kinh phí thực hiện"));
  const bad = report.locator("tbody tr").filter({ has: page.getByRole("cell", { name: String(kcdp), exact: true }) });
  await expect(bad).toContainText("Bị từ chối");
  await expect(bad.locator("p")).toHaveText([`Dòng ${kcdp}, cột Kinh phí thực hiện (${executedLetter}): Số tiền không được âm.`]);
  const good = report.locator("tbody tr").filter({ has: page.getByRole("cell", { name: String(kcqg), exact: true }) });
  await expect(good).toContainText("Hợp lệ");
  await expect(page.getByText("2 dòng: 1 hợp lệ, 1 bị từ chối, 0 có cảnh báo.")).toBeVisible();
  // All or nothing cannot be chosen while a row is refused.
  await expect(page.getByRole("button", { name: "Lưu tất cả (chỉ khi không dòng nào lỗi)" })).toBeDisabled();

  // Nothing was saved.
  await open(page, "/bao-cao-dinh-ky?year=2026&period=M9");
  await expect(page.getByText("Chưa có báo cáo định kỳ nào khớp bộ lọc.")).toBeVisible();

  // The fixed file is checked clean and saved whole.
  await open(page, "/bao-cao-dinh-ky/tai-len");
  fill(kcdp, 2000, 800, 5);
  await upload(page, Buffer.from(await workbook.xlsx.writeBuffer()));
  await expect(page.getByText("2 dòng: 2 hợp lệ, 0 bị từ chối, 0 có cảnh báo.")).toBeVisible();
  await page.getByRole("button", { name: "Lưu tất cả (chỉ khi không dòng nào lỗi)" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu 2 dòng; 0 dòng bị từ chối." })).toBeVisible();
  await expect(page.getByTestId("periodic-upload-report").locator("tbody tr").filter({ hasText: "Đã lưu" })).toHaveCount(2);

  await page.getByRole("link", { name: "Xem danh sách" }).click();
  await expect(page).toHaveURL(/\/bao-cao-dinh-ky$/);
  await open(page, "/bao-cao-dinh-ky?year=2026&period=M9");
  const saved = page.getByRole("row").filter({ hasText: "Tệp Excel" });
  await expect(saved).toHaveCount(2);
  await expect(saved.filter({ hasText: "KCQG" })).toContainText("1.500");
  await expect(saved.filter({ hasText: "KCQG" })).toContainText("600");
  await expect(saved.filter({ hasText: "KCĐP" })).toContainText("2.000");
  await expect(saved.filter({ hasText: "KCĐP" })).toContainText("800");
  await expect(saved.first()).toContainText("Lào Cai (15)");
});
