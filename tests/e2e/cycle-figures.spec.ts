// Issue #10 §3, figures and documents that read right: the Mẫu 2 "đề nghị đăng ký" leaves out
// drafts unless asked; the plan-year page offers an extension only for open years and an admin
// the next year; the plan list names its percentage's denominator once.
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { DEMO_ACCOUNTS, open, signIn, signOut } from "./fixtures";

async function codesIn(page: Page, url: string): Promise<string> {
  const answer = await page.request.get(url);
  expect(answer.status()).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await answer.body()) as unknown as ExcelJS.Buffer);
  const cells: string[] = [];
  book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value ?? "")))));
  return cells.join("\n");
}

test("Mẫu 2 leaves out drafts unless asked", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.centreThanhHoa);
  await open(page, "/de-an?year=2027&status=DRAFT");
  const draft = (await page.getByRole("link", { name: /^KC(QG|DP)-2027-/ }).first().textContent())!.trim();
  expect(await codesIn(page, "/de-an/excel/xuat?year=2027")).not.toContain(draft);
  expect(await codesIn(page, "/de-an/excel/xuat?year=2027&include=all")).toContain(draft);
  await open(page, "/de-an/excel");
  await expect(page.getByLabel("Gồm cả đề án nháp và đề án không được chấp thuận")).not.toBeChecked();
});

test("plan years: extension only while a year is open, the next year by an admin", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.cuc);
  await open(page, "/nam-ke-hoach");
  const table = page.getByTestId("plan-years");
  // The running year (2026) has begun: no extension form on its row.
  const running = table.getByRole("row").filter({ has: page.getByRole("cell", { name: "2026", exact: true }) });
  await expect(running).toContainText("Không gia hạn");
  await expect(running.getByRole("button", { name: "Lưu gia hạn" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Thêm năm kế hoạch/ })).toHaveCount(0);
  await signOut(page);

  await signIn(page, DEMO_ACCOUNTS.admin);
  await open(page, "/nam-ke-hoach");
  const years = (await table.getByRole("row").allTextContents()).map((r) => Number(r.trim().slice(0, 4))).filter((y) => y > 2000);
  await expect(page.getByRole("button", { name: `Thêm năm kế hoạch ${Math.max(...years) + 1}` })).toBeVisible();
});

test("the plan list names the envelope denominator once, in its column header", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.cuc);
  await open(page, "/ke-hoach");
  await expect(page.getByRole("cell", { name: /của mức trần/ })).toHaveCount(0);
  await expect(page.getByRole("columnheader", { name: /Tỷ lệ \(% của mức trần ngân sách năm\)/ })).toBeVisible();
});
