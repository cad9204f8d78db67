// Excel journey (Mẫu 2): a provincial centre downloads its 2027 registration list, uploads the very
// same file, sees every row checked as unchanged, commits, and is told nothing changed. A file that
// only pretends to be .xlsx is refused with a clear message.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS, signIn, open } from "./fixtures";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

test("export Mẫu 2 for 2027, import it back unchanged and commit", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.centreThanhHoa);
  await open(page, "/de-an/excel");
  await expect(page.getByRole("heading", { name: "Nhập, xuất Excel theo Mẫu 2" })).toBeVisible();

  await page.getByLabel("Năm kế hoạch").selectOption("2027");
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Tải tệp Mẫu 2 (.xlsx)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("mau-2-dang-ky-2027.xlsx");
  const bytes = await readFile(await download.path());
  expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");

  await page.getByLabel("Tệp Excel (.xlsx)").setInputFiles({ name: "mau-2-dang-ky-2027.xlsx", mimeType: XLSX, buffer: bytes });
  await page.getByRole("button", { name: "Kiểm tra tệp" }).click();
  const rows = page.getByTestId("excel-preview-row");
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  await expect(page.getByTestId("excel-summary")).toContainText(`${count} dòng: ${count} hợp lệ, 0 có cảnh báo, 0 có lỗi.`);
  await expect(rows.filter({ hasText: "Không thay đổi" })).toHaveCount(count);

  await page.getByRole("button", { name: "Nhập tất cả hoặc không nhập gì" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã nhập xong" })).toContainText(`0 đề án mới, 0 đề án được cập nhật, ${count} không thay đổi, 0 dòng bị từ chối.`);
  await expect(page.getByRole("button", { name: "Nhập tất cả hoặc không nhập gì" })).toHaveCount(0);
});

test("a text file named .xlsx is refused before anything is read", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.centreThanhHoa);
  await open(page, "/de-an/excel");
  await page.getByLabel("Tệp Excel (.xlsx)").setInputFiles({ name: "dang-ky.xlsx", mimeType: XLSX, buffer: Buffer.from("STT;Tên đề án\n1;=cmd|' /C calc'!A0\n") });
  await page.getByRole("button", { name: "Kiểm tra tệp" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Tệp không phải bảng tính Excel .xlsx" })).toBeVisible();
  await expect(page.getByTestId("excel-preview-row")).toHaveCount(0);
});
