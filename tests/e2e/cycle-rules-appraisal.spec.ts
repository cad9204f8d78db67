// Issue #10 §1, the province appraisal sheet as an SCT meets it: the five criteria start
// unassessed, one click records nothing and every broken rule shows at once; approving with a
// criterion "Không đạt" needs a reason; the legal act asks for confirmation first, and "Quay lại"
// records nothing and keeps the sheet as typed.
import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS, open, signIn } from "./fixtures";

test("the SCT's appraisal sheet cannot approve in one click and confirms before recording", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.sctThanhHoa);
  await open(page, "/de-an?status=SUBMITTED_TO_SCT");
  const first = page.getByRole("link", { name: /^KC(QG|DP)-/ }).first();
  await first.click();
  await page.getByRole("link", { name: "Thẩm định cấp cơ sở" }).click();

  for (let i = 1; i <= 5; i++) await expect(page.getByLabel(`Đánh giá ${i}`, { exact: true })).toHaveValue("");
  await page.getByRole("button", { name: "Ghi kết quả thẩm định" }).click();
  await expect(page.getByText("Chưa đánh giá tiêu chí này.")).toHaveCount(5);
  await expect(page.getByText("Chọn kết luận thẩm định.")).toBeVisible();
  await expect(page.getByRole("dialog")).toBeHidden();

  for (let i = 1; i <= 5; i++) await page.getByLabel(`Đánh giá ${i}`, { exact: true }).selectOption({ label: i === 2 ? "Không đạt" : i === 5 ? "Đạt một phần" : "Đạt" });
  await page.getByLabel("Đạt – đề nghị đăng ký với Cục").check();
  await page.getByRole("button", { name: "Ghi kết quả thẩm định" }).click();
  await expect(page.getByText("Nhập ý kiến kết luận thẩm định.")).toBeVisible();
  await expect(page.getByText(/Có tiêu chí "Không đạt": muốn đề nghị chấp thuận phải ghi rõ lý do/)).toBeVisible();

  await page.getByLabel('Lý do đề nghị chấp thuận dù có tiêu chí "Không đạt"').fill("Mục tiêu chưa lượng hóa nhưng hiệu quả đã được cơ sở cam kết bằng văn bản.");
  await page.getByLabel("Ý kiến kết luận / lý do").fill("Đạt, đề nghị đăng ký với Cục.");
  await page.getByRole("button", { name: "Ghi kết quả thẩm định" }).click();
  const dialog = page.getByRole("dialog", { name: "Xác nhận kết quả thẩm định" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Đạt thẩm định cơ sở");

  // Going back records nothing and keeps everything typed.
  await dialog.getByRole("button", { name: "Quay lại" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel("Ý kiến kết luận / lý do")).toHaveValue("Đạt, đề nghị đăng ký với Cục.");
  await expect(page.getByLabel("Đánh giá 2", { exact: true })).toHaveValue("NOT_MET");
  await page.goBack();
  await expect(page.getByTestId("timeline")).toContainText("Đã gửi Sở Công Thương");
  await expect(page.getByTestId("timeline")).not.toContainText("Đạt thẩm định cơ sở");
});
