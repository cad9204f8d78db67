// A centre attaches dossier documents to its draft đề án through the real UI: upload, see it
// listed, download it under its Vietnamese name, and a fake PDF refused with the list unchanged.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS, signIn, open } from "./fixtures";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
const HTML_AS_PDF = Buffer.from('<!DOCTYPE html><html><body><script>alert("x")</script></body></html>');

test("a centre uploads, lists and downloads a PDF; a fake PDF is refused in Vietnamese", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.centreThanhHoa);
  await open(page, "/de-an?year=2027&status=DRAFT");
  await page.getByRole("row").nth(1).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/de-an\/[0-9a-f-]{36}$/);

  const section = page.locator("section").filter({ has: page.getByRole("heading", { name: "Hồ sơ, tài liệu đính kèm" }) });
  await expect(section).toBeVisible();
  const kind = section.getByRole("combobox", { name: "Loại tài liệu" });
  const fileInput = section.getByLabel("Tệp tài liệu", { exact: true });
  const upload = section.getByRole("button", { name: "Tải lên", exact: true });

  const fileName = `Công văn đề nghị ${Date.now()}.pdf`;
  await kind.selectOption({ label: "Công văn đề nghị" });
  await fileInput.setInputFiles({ name: fileName, mimeType: "application/pdf", buffer: PDF });
  await upload.click();
  await expect(section.getByRole("status")).toHaveText(`Đã tải lên “${fileName}”.`);
  const row = section.getByRole("row").filter({ hasText: fileName });
  await expect(row).toContainText("Công văn đề nghị");
  await expect(row).toContainText(/\d{2}\/\d{2}\/\d{4}/);
  await expect(row).toContainText("KB");

  const downloading = page.waitForEvent("download");
  await row.getByRole("link", { name: fileName }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(fileName);
  expect(Buffer.compare(await readFile(await download.path()), PDF)).toBe(0);

  const rows = section.locator("tbody tr");
  const listed = await rows.count();
  await fileInput.setInputFiles({ name: "gia-mao.pdf", mimeType: "application/pdf", buffer: HTML_AS_PDF });
  await upload.click();
  await expect(section.getByRole("alert")).toContainText("Tệp “gia-mao.pdf” không phải là tài liệu được chấp nhận");
  await expect(rows).toHaveCount(listed);
  await expect(section.getByRole("row").filter({ hasText: "gia-mao.pdf" })).toHaveCount(0);
  // Nothing the user chose is lost on failure.
  await expect(kind).toHaveValue("REQUEST_LETTER");
  await expect(fileInput).toHaveValue(/gia-mao\.pdf$/);
});
