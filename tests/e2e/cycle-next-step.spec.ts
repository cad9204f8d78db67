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
