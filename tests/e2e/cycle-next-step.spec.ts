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
    await expect(page.getByText(/Trang \d+\/\d+ · [\d.]+ bản ghi/)).toContainText(` · ${counted.toLocaleString("vi-VN")} bản ghi`);
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

// The SCT's sheet sits above this content (Appraisals); the demo's registered đề án carry no
// province appraisal rows, so the registration journey is where a sheet is recorded and read.
test("the Cục's appraisal page shows the đề án's content on the decision page", async ({ page }) => {
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
});
