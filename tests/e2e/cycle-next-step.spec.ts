// Issue #10 §2, the next step one click away: each home card opens the list it counts, and the
// "Đề án chờ bạn xử lý" card opens exactly the đề án it counts, for each role that has a step.
import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS, signIn, signOut } from "./fixtures";

for (const [role, email] of [["SCT", DEMO_ACCOUNTS.sctThanhHoa], ["centre", DEMO_ACCOUNTS.centreThanhHoa], ["Cục", DEMO_ACCOUNTS.cuc]] as const) {
  test(`the ${role}'s "Đề án chờ bạn xử lý" card opens exactly the đề án it counts`, async ({ page }) => {
    await signIn(page, email);
    const card = page.getByTestId("stat-awaiting");
    const counted = Number((await card.locator("div").nth(1).textContent())!.replace(/\./g, ""));
    await card.getByRole("link", { name: "Đề án chờ bạn xử lý" }).click();
    await expect(page).toHaveURL(/\/de-an\?awaiting=1$/);
    await expect(page.getByTestId("awaiting-filter")).toBeVisible();
    await expect(page.getByTestId("list-total")).toHaveText(`${counted.toLocaleString("vi-VN")} bản ghi`);
    await signOut(page);
  });
}

test("the other home cards open their lists", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.sctThanhHoa);
  await page.getByTestId("stat-facilities").getByRole("link").click();
  await expect(page).toHaveURL(/\/co-so$/);
  await page.goBack();
  await page.getByTestId("stat-projects").getByRole("link").click();
  await expect(page).toHaveURL(/\/de-an$/);
});

// The SCT's sheet (Appraisals) and the đề án's content on the one page the Cục decides on: the
// demo's registered đề án carry the SCT's Mẫu 4a sheet (prisma/seed/demo/appraisals-writer.ts).
test("the Cục's appraisal page shows the SCT's sheet and the đề án's content on the decision page", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.cuc);
  await page.goto("/de-an?status=REGISTERED");
  const href = await page.getByRole("link", { name: /^KCQG-/ }).first().getAttribute("href");
  const id = href!.split("/").pop()!;
  await page.goto(`/tham-dinh/${id}`);
  const content = page.getByTestId("project-content");
  await expect(content.getByRole("heading", { name: "Nội dung đề án" })).toBeVisible();
  for (const part of ["Sự cần thiết và căn cứ", "Mục tiêu", "Quy mô", "Tổ chức thực hiện", "Hiệu quả dự kiến"]) await expect(content.getByText(part, { exact: true })).toBeVisible();
  await expect(content.getByRole("heading", { name: "Đơn vị thụ hưởng" })).toBeVisible();
  await expect(content.getByRole("columnheader", { name: "Đã được hỗ trợ trước đây" })).toBeVisible();
  const sheet = page.getByTestId("appraisal").filter({ hasText: "Cấp cơ sở (Sở Công Thương)" });
  await expect(sheet).toHaveCount(1);
  await expect(sheet).toContainText("Bộ phận chuyên môn của Sở · Mẫu 4a · Sở Công Thương thẩm định đạt – đề nghị đăng ký với Cục");
  for (const criterion of ["Sự phù hợp với nguyên tắc xây dựng đề án (Điều 4)", "Mục tiêu, sự cần thiết, hiệu quả; tính hợp lý của dự toán", "Năng lực của đơn vị thực hiện, phối hợp, thụ hưởng", "Khả năng lồng ghép với các chương trình khác", "Tính đầy đủ, hợp lệ của hồ sơ"]) {
    await expect(sheet.getByRole("listitem").filter({ hasText: criterion })).toContainText(`${criterion}: Đạt`);
  }
  await expect(sheet).toContainText(/Đề nghị đăng ký với Cục để xem xét đưa vào kế hoạch khuyến công quốc gia năm \d{4}\./);
});
