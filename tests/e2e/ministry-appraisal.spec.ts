// Thẩm định cấp Bộ by a council (issue #4): the Cục user sees the queue with the Điều 7 ranking,
// sets up a council with a member from Lào Cai, assigns the three registered 2027 đề án, sees that
// member recused on the Lào Cai đề án with the reason, records assessments and conclusions, and
// downloads the biên bản as a PDF. Then the plan is issued from the approved đề án, with its
// confirmation (issue #4 and #10, Playwright journey).
import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS, confirmInDialog, signIn, open } from "./fixtures";

const CODES = ["KCQG-2027-15-", "KCQG-2027-01-", "KCQG-2027-48-"];

test("ministry appraisal by a council with a recusal and the minutes PDF", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, DEMO_ACCOUNTS.cuc);
  await open(page, "/tham-dinh");
  await expect(page.getByRole("heading", { name: "Hàng đợi thẩm định cấp Bộ năm 2027" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: /Thứ tự ưu tiên đề xuất/ })).toBeVisible();
  for (const code of CODES) await expect(page.getByRole("link", { name: new RegExp(code) }).first()).toBeVisible();

  await page.getByRole("link", { name: "Hội đồng thẩm định" }).click();
  await expect(page.getByRole("heading", { name: "Hội đồng thẩm định cấp Bộ năm 2027" })).toBeVisible();
  await page.getByRole("textbox", { name: "Quyết định thành lập" }).fill("Quyết định số 15/QĐ-CĐMST ngày 10/11/2026");
  await page.getByRole("combobox", { name: "Loại thành viên 1" }).selectOption("user");
  await page.getByRole("combobox", { name: "Cán bộ Cục 1" }).selectOption({ index: 1 });
  await page.getByRole("textbox", { name: "Họ và tên 2" }).fill("Nguyễn Thị Thư Ký");
  await page.getByRole("combobox", { name: "Đơn vị công tác 2" }).selectOption({ index: 1 });
  await page.getByRole("textbox", { name: "Họ và tên 3" }).fill("Trần Văn Lào Cai");
  await page.getByRole("combobox", { name: "Đơn vị công tác 3" }).selectOption({ label: "Sở Công Thương Lào Cai" });
  await page.getByRole("button", { name: "Thành lập hội đồng" }).click();
  await expect(page).toHaveURL(/\/tham-dinh\/hoi-dong\/[0-9a-f-]{36}$/);

  const picker = page.getByRole("combobox", { name: "Đề án giao thẩm định" });
  for (const code of CODES) {
    const value = await picker.locator("option", { hasText: code }).first().getAttribute("value");
    await picker.selectOption(value!);
    await page.getByRole("button", { name: "Giao đề án" }).click();
    await expect(page.getByRole("region", { name: new RegExp(`^${code}`) })).toBeVisible();
  }

  const laoCai = page.getByRole("region", { name: new RegExp(`^${CODES[0]}`) });
  await expect(laoCai.getByRole("note")).toContainText("Trần Văn Lào Cai: Không tham gia đánh giá: Thành viên thuộc cơ quan, đơn vị của tỉnh có đề án (Lào Cai)");
  await expect(page.getByRole("region", { name: new RegExp(`^${CODES[1]}`) }).getByRole("note")).toHaveCount(0);

  for (const [n, code] of CODES.entries()) {
    const section = page.getByRole("region", { name: new RegExp(`^${code}`) });
    const forms = await section.locator("summary").count();
    expect(forms).toBe(n === 0 ? 2 : 3);
    for (let i = 0; i < forms; i++) {
      const sheet = section.locator("details").nth(i);
      await sheet.locator("summary").click();
      // Criteria start unassessed (issue #10): each member chooses every one.
      const selects = sheet.getByRole("combobox");
      for (let c = 0; c < 5; c++) await selects.nth(c).selectOption({ label: c === 4 ? "Đạt một phần" : "Đạt" });
      await sheet.getByRole("button", { name: /^Ghi phiếu của/ }).click();
      await expect(section.getByText(/: Đã ghi phiếu$/)).toHaveCount(i + 1);
    }
    // The council's own sheet: its criteria are labelled with the full code ("Đánh giá KCQG-2027-15-001 1").
    for (let c = 1; c <= 5; c++) await section.getByLabel(new RegExp(`^Đánh giá ${code}\\S* ${c}$`)).selectOption({ label: c === 5 ? "Đạt một phần" : "Đạt" });
    if (n === 2) {
      await section.getByRole("radio", { name: "Đạt – giảm kinh phí" }).check();
      await section.getByRole("textbox", { name: /Kinh phí hỗ trợ sau thẩm định/ }).fill("1");
      await section.getByRole("textbox", { name: "Ý kiến kết luận / lý do" }).fill("Hội đồng đề nghị giảm kinh phí hỗ trợ.");
    } else {
      await section.getByRole("radio", { name: "Đạt – giữ kinh phí đề nghị" }).check();
      await section.getByRole("textbox", { name: "Ý kiến kết luận / lý do" }).fill("Hội đồng đề nghị chấp thuận.");
    }
    await section.getByRole("button", { name: "Ghi kết luận thẩm định" }).click();
    await confirmInDialog(page);
    await expect(section.getByRole("status").filter({ hasText: "Đã kết luận" })).toBeVisible();
  }

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải biên bản thẩm định (PDF)" }).click();
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);

  // The Cục assembles the 2027 national plan from the approved đề án and issues it.
  await open(page, "/ke-hoach");
  await page.getByLabel("Năm kế hoạch").fill("2027");
  await page.getByLabel("Mức trần ngân sách (triệu đồng)").fill("100.000");
  await page.getByRole("button", { name: "Lập kế hoạch KCQG" }).click();
  await expect(page).toHaveURL(/\/ke-hoach\/[0-9a-f-]{36}$/);
  await page.getByRole("button", { name: /đề án đạt thẩm định vào kế hoạch/ }).click();
  await expect(page.getByText("Đã đưa đề án vào kế hoạch.")).toBeVisible();
  for (const code of CODES.slice(1)) await expect(page.getByText(new RegExp(code)).first()).toBeVisible();
  await page.getByLabel("Số", { exact: true }).first().fill(String(1000 + (Date.now() % 9000)));
  await page.getByLabel("Ký hiệu").first().fill("QĐ-BCT");
  await page.getByLabel("Ngày ký").first().fill("2026-11-20");
  await page.getByLabel("Người ký").first().fill("Thứ trưởng (thử nghiệm)");
  await page.getByRole("button", { name: "Ban hành", exact: true }).click();
  await confirmInDialog(page);
  // The issue form gives way to the issued plan: version 1 with its decision.
  const versions = page.getByTestId("plan-versions").locator("tbody tr");
  await expect(versions).toHaveCount(1);
  await expect(versions.first()).toContainText("/QĐ-BCT");

  // Adjusting it needs a second person (segregation of duties): tests/e2e/plans.spec.ts and
  // cycle-rules-plans.spec.ts take the plan on from here.
});
