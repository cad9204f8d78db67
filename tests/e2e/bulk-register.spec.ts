// Registering several đề án with the Cục at once (issue #10): the centre drafts and submits two
// complete đề án, the SCT approves both, then on the đề án list ticks both, sees the count and the
// requested KCQG support in the confirmation, confirms, reads each outcome, and both are registered.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, assessCriteria, confirmInDialog, open, signIn, signOut } from "./fixtures";

const STAMP = `dk${Date.now()}`;
const TITLES = [`Hỗ trợ máy ép viên nén mùn cưa (${STAMP} A)`, `Hỗ trợ máy ép viên nén mùn cưa (${STAMP} B)`];
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

/** A complete one-line machinery đề án on one facility, saved, with its dossier, sent to the SCT; returns its page. */
async function submitDraft(page: Page, title: string, facilityIndex: number): Promise<string> {
  await open(page, "/de-an/moi");
  await page.getByLabel("Tên đề án").fill(title);
  await page.getByLabel("Địa điểm thực hiện").fill("Tỉnh Thanh Hóa");
  await page.getByLabel("Sự cần thiết và căn cứ").fill("Cơ sở ép viên nén thủ công; NĐ 45/2012/NĐ-CP Điều 4.");
  await page.getByLabel("Mục tiêu").fill("Tăng công suất ép viên nén.");
  await page.getByRole("textbox", { name: "Quy mô", exact: true }).fill("1 máy cho 1 cơ sở");
  await page.getByRole("textbox", { name: "Tổ chức thực hiện", exact: true }).fill("Trung tâm chủ trì, cơ sở đối ứng");
  await page.getByRole("textbox", { name: "Hiệu quả dự kiến", exact: true }).fill("Công suất gấp đôi");
  await page.getByRole("button", { name: "+ Thêm công việc" }).click();
  await page.getByLabel("Công việc 1").fill("Lắp đặt máy");
  await page.getByLabel("03.2 Ứng dụng máy móc thiết bị tiên tiến, chuyển giao công nghệ").check();
  await page.getByLabel("Tìm theo mã số thuế hoặc tên").fill("may tre dan");
  await page.getByRole("button", { name: "Tìm", exact: true }).click();
  const hits = page.getByTestId("facility-hits").getByRole("listitem").filter({ hasNotText: "KCQG-2026-38-005" });
  await hits.nth(facilityIndex).getByRole("button", { name: "Chọn", exact: true }).click();
  await page.getByRole("button", { name: "+ Thêm dòng dự toán" }).click();
  await page.getByLabel("Nội dung chi 1").fill("Máy ép viên nén");
  await page.getByLabel("Nội dung KC 1").selectOption({ label: "03.2 Ứng dụng máy móc thiết bị tiên tiến, chuyển giao công nghệ" });
  await page.getByLabel("Định mức áp dụng 1").selectOption({ label: "Ứng dụng máy móc thiết bị tiên tiến, chuyển giao công nghệ, tiến bộ khoa học kỹ thuật" });
  await page.getByLabel("Cơ sở 1").selectOption({ index: 1 });
  await page.getByLabel("Tổng kinh phí 1").fill("60");
  await page.getByLabel("KC hỗ trợ 1").fill("20");
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page).toHaveURL(/\/de-an\/[0-9a-f-]+\/sua$/);
  const projectUrl = page.url().replace(/\/sua$/, "");
  await open(page, projectUrl);
  const files = page.locator("section").filter({ has: page.getByRole("heading", { name: "Hồ sơ, tài liệu đính kèm" }) });
  await files.getByRole("combobox", { name: "Loại tài liệu" }).selectOption({ label: "Công văn đề nghị" });
  await files.getByLabel("Tệp tài liệu", { exact: true }).setInputFiles({ name: "cong-van.pdf", mimeType: "application/pdf", buffer: PDF });
  await files.getByRole("button", { name: "Tải lên", exact: true }).click();
  await expect(files.getByRole("status")).toContainText("Đã tải lên");
  await page.getByRole("button", { name: "Gửi Sở Công Thương" }).click();
  await page.getByRole("button", { name: /Xác nhận: Gửi Sở Công Thương/ }).click();
  await expect(page.getByTestId("timeline")).toContainText("Đã gửi Sở Công Thương");
  return projectUrl;
}

async function approve(page: Page, projectUrl: string) {
  await open(page, `${projectUrl}/tham-dinh`);
  await assessCriteria(page);
  await page.getByLabel("Đạt – đề nghị đăng ký với Cục").check();
  await page.getByLabel("Ý kiến kết luận / lý do").fill("Đạt các tiêu chí; đề nghị đăng ký với Cục.");
  await page.getByRole("button", { name: "Ghi kết quả thẩm định" }).click();
  await confirmInDialog(page);
  await expect(page.getByTestId("timeline")).toContainText("Đạt thẩm định cơ sở");
}

test("the SCT registers two approved đề án with the Cục at once and reads each outcome", async ({ page }) => {
  test.setTimeout(420_000);
  await signIn(page, DEMO_ACCOUNTS.centreThanhHoa);
  // 20 triệu each, on facilities the registration journey also uses: far below the 300 triệu cumulative cap.
  const urls = [await submitDraft(page, TITLES[0]!, 3), await submitDraft(page, TITLES[1]!, 2)];
  await signOut(page);

  await signIn(page, DEMO_ACCOUNTS.sctThanhHoa);
  for (const url of urls) await approve(page, url);
  await open(page, `/de-an?q=${STAMP}`);
  const rows = page.getByRole("row").filter({ hasText: STAMP });
  await expect(rows).toHaveCount(2);
  const button = page.getByRole("button", { name: /^Đăng ký với Cục \(\d+\)$/ });
  await expect(button).toHaveText("Đăng ký với Cục (0)");
  await expect(button).toBeDisabled();
  for (let i = 0; i < 2; i++) await rows.nth(i).getByRole("checkbox", { name: /^Chọn KCQG-2027-38-\d+ để đăng ký với Cục$/ }).check();
  await button.click();

  const dialog = page.getByRole("dialog", { name: "Đăng ký 2 đề án với Cục" });
  await expect(dialog.getByTestId("bulk-summary")).toHaveText("2 đề án; tổng kinh phí KCQG đề nghị hỗ trợ: 40 triệu đồng.");
  for (const title of TITLES) await expect(dialog).toContainText(title);
  await dialog.getByRole("button", { name: "Đăng ký với Cục" }).click();

  const results = page.getByRole("region", { name: "Kết quả đăng ký với Cục" });
  await expect(results.getByRole("status")).toHaveText("Đã đăng ký 2/2 đề án với Cục.");
  for (const title of TITLES) await expect(results.getByRole("listitem").filter({ hasText: title })).toContainText("Đã đăng ký với Cục");
  // The list refreshed: both rows now read "Đã đăng ký với Cục" and offer no checkbox.
  for (let i = 0; i < 2; i++) {
    await expect(rows.nth(i)).toContainText("Đã đăng ký với Cục");
    await expect(rows.nth(i).getByRole("checkbox")).toHaveCount(0);
  }
  await open(page, urls[0]!);
  await expect(page.getByTestId("timeline")).toContainText("Đã đăng ký với Cục");
});
