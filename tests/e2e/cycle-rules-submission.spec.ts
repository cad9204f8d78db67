// Submission completeness (issue #10, TT 36/2013 Điều 5): a centre submits an incomplete đề án and
// sees every missing part listed; it completes it, incl. a no-norm budget line with its written
// basis and the dossier file, and submits. The no-norm line is marked for the appraisers.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, signIn, signOut, open, waitForHydration } from "./fixtures";

const TITLE = `Hỗ trợ máy dệt thổ cẩm và hội thảo (e2e ${Date.now()})`;
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
const BASIS = "Theo báo giá của hai đơn vị tổ chức hội thảo";

async function submit(page: Page, projectUrl: string) {
  await open(page, projectUrl);
  await page.getByRole("button", { name: "Gửi Sở Công Thương" }).click();
  await page.getByRole("button", { name: /Xác nhận: Gửi Sở Công Thương/ }).click();
}

test("submission: the missing parts are listed field by field, then the completed đề án is sent", async ({ page }) => {
  test.setTimeout(300_000);
  await signIn(page, DEMO_ACCOUNTS.centreThanhHoa);
  await open(page, "/de-an/moi");
  await page.getByLabel("Tên đề án").fill(TITLE);
  await page.getByLabel("Địa điểm thực hiện").fill("Huyện Bá Thước cũ, tỉnh Thanh Hóa");
  await page.getByLabel("03.2 Ứng dụng máy móc thiết bị tiên tiến, chuyển giao công nghệ").check();
  await page.getByLabel("Tìm theo mã số thuế hoặc tên").fill("may tre dan");
  await page.getByRole("button", { name: "Tìm", exact: true }).click();
  const free = page.getByTestId("facility-hits").getByRole("listitem").filter({ hasNotText: "KCQG-2026-38-005" });
  await free.getByRole("button", { name: "Chọn", exact: true }).last().click();

  await page.getByRole("button", { name: "+ Thêm dòng dự toán" }).click();
  await page.getByLabel("Nội dung chi 1").fill("Máy dệt");
  await page.getByLabel("Nội dung KC 1").selectOption({ label: "03.2 Ứng dụng máy móc thiết bị tiên tiến, chuyển giao công nghệ" });
  const norm = page.getByLabel("Định mức áp dụng 1");
  await norm.selectOption((await norm.locator("option").nth(1).getAttribute("value"))!);
  await page.getByLabel("Cơ sở 1").selectOption({ index: 1 });
  await page.getByLabel("Tổng kinh phí 1").fill("200");
  await page.getByLabel("KC hỗ trợ 1").fill("50");
  // The norm's rule is shown once, under the table, not in every picker.
  await expect(page.getByTestId("norm-legend")).toBeVisible();
  await page.getByRole("button", { name: "+ Thêm dòng dự toán" }).click();
  await page.getByLabel("Nội dung chi 2").fill("Hội thảo giới thiệu máy");
  await page.getByLabel("Tổng kinh phí 2").fill("20");
  await page.getByLabel("KC hỗ trợ 2").fill("10");
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page).toHaveURL(/\/de-an\/[0-9a-f-]+\/sua$/);
  const editUrl = page.url();
  const projectUrl = editUrl.replace(/\/sua$/, "");

  await submit(page, projectUrl);
  const missing = page.getByTestId("submit-missing");
  for (const part of ["sự cần thiết", "mục tiêu", "quy mô", "tổ chức thực hiện", "hiệu quả dự kiến", "nội dung công việc", "hồ sơ đề án", "Dòng 2: không áp dụng định mức"]) {
    await expect(missing).toContainText(part);
  }
  await expect(page.getByTestId("timeline")).not.toContainText("Đã gửi Sở Công Thương");

  await open(page, editUrl);
  await page.getByLabel("Sự cần thiết và căn cứ").fill("Cơ sở dệt thủ công, năng suất thấp.");
  await page.getByLabel("Mục tiêu").fill("Tăng năng suất dệt gấp đôi.");
  await page.getByRole("textbox", { name: "Quy mô", exact: true }).fill("1 máy dệt, 1 hội thảo 50 người");
  await page.getByRole("textbox", { name: "Tổ chức thực hiện", exact: true }).fill("Trung tâm chủ trì, cơ sở đối ứng 150 triệu đồng");
  await page.getByRole("textbox", { name: "Hiệu quả dự kiến", exact: true }).fill("Tăng thu nhập cho 20 lao động");
  await page.getByRole("button", { name: "+ Thêm công việc" }).click();
  await page.getByLabel("Công việc 1").fill("Lắp đặt máy và tổ chức hội thảo");
  await page.getByLabel("Từ ngày 1").fill("2027-03-01");
  await page.getByLabel("Đến ngày 1").fill("2027-02-01");
  await page.getByLabel("Căn cứ, thuyết minh mức chi 2").fill(BASIS);
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  // A work item ending before it starts is refused on its end date; what was typed stays.
  await expect(page.getByText("Ngày kết thúc không được trước ngày bắt đầu.")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Quy mô", exact: true })).toHaveValue("1 máy dệt, 1 hội thảo 50 người");
  await page.getByLabel("Đến ngày 1").fill("2027-05-31");
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.getByRole("status")).toContainText("Đã lưu");

  await open(page, projectUrl);
  const files = page.locator("section").filter({ has: page.getByRole("heading", { name: "Hồ sơ, tài liệu đính kèm" }) });
  await files.getByRole("combobox", { name: "Loại tài liệu" }).selectOption({ label: "Công văn đề nghị" });
  await files.getByLabel("Tệp tài liệu", { exact: true }).setInputFiles({ name: "cong-van-de-nghi.pdf", mimeType: "application/pdf", buffer: PDF });
  await files.getByRole("button", { name: "Tải lên", exact: true }).click();
  await expect(files.getByRole("status")).toContainText("Đã tải lên");
  await expect(page.getByRole("row").filter({ hasText: "Hội thảo giới thiệu máy" })).toContainText(`Chưa đối chiếu định mức — Thuyết minh mức chi: ${BASIS}`);

  await submit(page, projectUrl);
  await expect(page.getByTestId("timeline")).toContainText("Đã gửi Sở Công Thương");
  await signOut(page);

  // Issue #10 §2: the SCT asks for a document while it appraises; the centre adds it and says so.
  await signIn(page, DEMO_ACCOUNTS.sctThanhHoa);
  await open(page, projectUrl);
  const requests = page.getByTestId("document-requests");
  await requests.getByRole("button", { name: "Gửi yêu cầu bổ sung" }).click();
  await expect(requests.locator("#document-request-note-error")).toContainText("ít nhất 10 ký tự");
  await requests.getByLabel("Tài liệu cần bổ sung").fill("Bổ sung báo giá máy dệt của hai nhà cung cấp.");
  await requests.getByRole("button", { name: "Gửi yêu cầu bổ sung" }).click();
  await expect(requests.getByRole("status")).toContainText("Đã gửi yêu cầu");
  await expect(requests.getByTestId("document-request")).toContainText("Đang chờ bổ sung");
  await signOut(page);

  await signIn(page, DEMO_ACCOUNTS.centreThanhHoa);
  await open(page, "/thong-bao");
  await page.getByTestId("notice").filter({ hasText: "Sở đề nghị bổ sung hồ sơ đề án" }).first().getByRole("link", { name: "Xem" }).click();
  await waitForHydration(page);
  await expect(page).toHaveURL(new RegExp(`${projectUrl}#document-requests$`));
  const dossier = page.locator("section").filter({ has: page.getByRole("heading", { name: "Hồ sơ, tài liệu đính kèm" }) });
  await dossier.getByRole("combobox", { name: "Loại tài liệu" }).selectOption({ label: "Tài liệu khác" });
  await dossier.getByLabel("Tệp tài liệu", { exact: true }).setInputFiles({ name: "bao-gia-may-det.pdf", mimeType: "application/pdf", buffer: PDF });
  await dossier.getByRole("button", { name: "Tải lên", exact: true }).click();
  await expect(dossier.getByRole("status")).toContainText("Đã tải lên");
  await page.getByTestId("document-requests").getByRole("button", { name: "Đã bổ sung hồ sơ" }).click();
  await expect(page.getByTestId("document-requests").getByRole("status")).toContainText("Đã báo Sở");
  await signOut(page);

  await signIn(page, DEMO_ACCOUNTS.sctThanhHoa);
  await open(page, projectUrl);
  await expect(page.getByTestId("document-request")).toContainText("Đã bổ sung");
  await expect(page.getByTestId("attachments")).toContainText("bao-gia-may-det.pdf");
});
