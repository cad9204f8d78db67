// Issue #4 parts 5 and 6: the Cục's dự toán giao against the plan (the published 2022 figures, an
// allocation outside the plan confirmed with a reason) and the in-app notices page.
import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS, assessCriteria, confirmInDialog, signIn, signOut, open } from "./fixtures";

const CENTRE_LAO_CAI = "ttkc.laocai@khuyencong.local";

test("dự toán giao: 2022 KCQG figures, an allocation to a unit with no planned đề án needs a reason", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.cuc);
  await open(page, "/du-toan?year=2022&source=KCQG");
  await expect(page.getByTestId("allocation-plan")).toContainText("140 tỷ đồng");
  await expect(page.getByTestId("allocation-allocated")).toContainText("28,98 tỷ đồng");
  await expect(page.getByTestId("allocation-share")).toContainText("20,70 %");
  await expect(page.getByTestId("allocation-share")).toContainText("kế hoạch KCQG năm 2022 = 140 tỷ đồng");

  // Recorded in 2023 so that the published 2022 figures stay as they are for other journeys.
  await open(page, "/du-toan?year=2023&source=KCQG");
  const doc = `QĐ thử nghiệm e2e ${Date.now()}`;
  await page.getByLabel("Đơn vị nhận").selectOption({ label: "Trường Đào tạo, Bồi dưỡng cán bộ Công Thương Trung ương" });
  await page.getByLabel("Số tiền (triệu đồng)").fill("150,5");
  await page.getByLabel("Ngày giao").fill("2023-03-01");
  await page.getByLabel("Số văn bản").fill(doc);
  await page.getByRole("button", { name: "Ghi nhận", exact: true }).click();

  const warning = page.getByTestId("allocation-warning");
  await expect(warning).toContainText("Trường Đào tạo, Bồi dưỡng cán bộ Công Thương Trung ương không có đề án hay nhiệm vụ nào trong kế hoạch KCQG năm 2023");
  await expect(page.getByTestId("allocation-entries")).not.toContainText(doc);
  await page.getByRole("button", { name: "Xác nhận và lưu" }).click();
  await expect(warning.getByText("Hãy nêu lý do")).toBeVisible();
  await page.getByLabel("Lý do giao vượt/ngoài kế hoạch").fill("Kinh phí đào tạo cán bộ khuyến công do Bộ giao bổ sung");
  await page.getByRole("button", { name: "Xác nhận và lưu" }).click();
  await expect(page.getByRole("status")).toContainText("Đã ghi nhận dự toán giao");
  const entries = page.getByTestId("allocation-entries");
  await expect(entries).toContainText(doc);
  await expect(entries).toContainText("150,5");
  await expect(entries).toContainText("Lý do: Kinh phí đào tạo cán bộ khuyến công do Bộ giao bổ sung");
});

test("leadership reads dự toán giao without the form; an SCT reads its own; a centre gets not found", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.leadership);
  await open(page, "/du-toan?year=2022&source=KCQG");
  await expect(page.getByTestId("allocation-share")).toContainText("20,70 %");
  await expect(page.getByRole("button", { name: "Ghi nhận", exact: true })).toHaveCount(0);
  await signOut(page);
  // Issue #10: an SCT sees the allocations of its province's units, read-only.
  await signIn(page, DEMO_ACCOUNTS.sctLaoCai);
  await open(page, "/du-toan");
  await expect(page.getByTestId("allocation-plan")).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Ghi nhận", exact: true })).toHaveCount(0);
  await signOut(page);
  await signIn(page, DEMO_ACCOUNTS.centreThanhHoa);
  await page.goto("/du-toan");
  await expect(page.getByTestId("allocation-plan")).toHaveCount(0);
  await expect(page.getByText("Không tìm thấy trang").or(page.getByText("không tồn tại")).first()).toBeVisible();
});

test("thông báo: a returned đề án reaches the centre, which marks all as read", async ({ page }) => {
  test.setTimeout(120_000);
  // The centre's own đề án waiting for the SCT.
  await signIn(page, CENTRE_LAO_CAI);
  await open(page, "/de-an?year=2027&status=SUBMITTED_TO_SCT");
  const code = (await page.getByRole("link", { name: /KCQG-2027-15-/ }).first().textContent())!.trim();
  await signOut(page);

  await signIn(page, DEMO_ACCOUNTS.sctLaoCai);
  await open(page, `/de-an?q=${encodeURIComponent(code)}&year=2027`);
  await page.getByRole("link", { name: code }).first().click();
  await page.getByRole("link", { name: "Thẩm định cấp cơ sở" }).click();
  await assessCriteria(page);
  await page.getByLabel("Trả lại để bổ sung, hoàn thiện").check();
  await page.getByLabel("Ý kiến kết luận / lý do").fill("Bổ sung báo giá thiết bị (e2e thông báo).");
  await page.getByRole("button", { name: "Ghi kết quả thẩm định" }).click();
  await confirmInDialog(page);
  await expect(page.getByTestId("timeline")).toContainText("Sở trả lại để bổ sung");
  await signOut(page);

  await signIn(page, CENTRE_LAO_CAI);
  await open(page, "/thong-bao");
  const notice = page.getByTestId("notice").filter({ hasText: `Đề án ${code} bị Sở trả lại` });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("Bổ sung báo giá thiết bị (e2e thông báo).");
  await expect(page.getByTestId("unread-day").first()).toBeVisible();
  await page.getByRole("button", { name: "Đánh dấu tất cả đã đọc" }).click();
  await expect(page.getByText("Không có thông báo chưa đọc.")).toBeVisible();
  await expect(page.getByTestId("read-day").getByTestId("notice").filter({ hasText: `Đề án ${code} bị Sở trả lại` })).toBeVisible();
});
