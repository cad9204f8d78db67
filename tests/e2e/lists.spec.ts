import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS, signIn, signOut, open } from "./fixtures";

test("provinces toggle between the 63 and the 34 and show succession", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.cuc);
  await page.getByRole("link", { name: "Tỉnh, thành phố", exact: true }).click();
  await expect(page.getByRole("row")).toHaveCount(35);
  await page.getByRole("link", { name: "63 tỉnh (trước 01/07/2025)" }).click();
  await expect(page.getByRole("row")).toHaveCount(64);
  await page.getByRole("searchbox").fill("yen bai");
  await page.getByRole("button", { name: "Tìm kiếm" }).click();
  const yenBai = page.getByRole("row").filter({ hasText: "Yên Bái" });
  await expect(yenBai).toContainText("Lào Cai (15)");
});

test("search ignores diacritics: 'thanh hoa' finds Thanh Hóa", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.cuc);
  await open(page, "/tinh-thanh?set=34");
  await page.getByRole("searchbox").fill("thanh hoa");
  await page.getByRole("button", { name: "Tìm kiếm" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Thanh Hóa" })).toHaveCount(1);
  await open(page, "/to-chuc?q=so+cong+thuong+thanh+hoa");
  await expect(page.getByRole("cell", { name: "Sở Công Thương Thanh Hóa" }).first()).toBeVisible();
});

test("an SCT sees only its province's đề án and cannot open another province's", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.sctLaoCai);
  await open(page, "/de-an");
  const firstLink = page.getByRole("row").nth(1).getByRole("link");
  const href = await firstLink.getAttribute("href");
  expect(href).toMatch(/^\/de-an\//);
  await signOut(page);
  await signIn(page, DEMO_ACCOUNTS.sctThanhHoa);
  await page.goto(href!);
  await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
  await open(page, "/de-an?q=yen+bai");
  await expect(page.getByText("Không có kết quả phù hợp.")).toBeVisible();
});

test("a đề án opens with its budget and timeline", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.centreThanhHoa);
  await open(page, "/de-an");
  await page.getByRole("row").nth(1).getByRole("link").click();
  await expect(page.getByRole("heading", { name: "Dự toán kinh phí" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Lịch sử xử lý" })).toBeVisible();
  await expect(page.getByText("Đơn vị tính: triệu đồng").first()).toBeVisible();
});

// Keyset pages (decision 063): the links carry a cursor and the list's filters; back returns the same rows.
test("the đề án list pages forward and back by cursor, keeping the filters", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.cuc);
  await open(page, "/de-an?sort=code&dir=asc");
  const firstCode = page.getByRole("row").nth(1).getByRole("link").first();
  const first = (await firstCode.textContent())!;
  await page.getByRole("link", { name: "Trang sau" }).click();
  await expect(page).toHaveURL(/\?.*sort=code&dir=asc&sau=[\w-]+$/);
  await expect(firstCode).not.toHaveText(first);
  await page.getByRole("link", { name: "Trang trước" }).click();
  await expect(page).toHaveURL(/[?&]truoc=[\w-]+$/);
  await expect(firstCode).toHaveText(first);
  await expect(page.getByRole("link", { name: "Trang trước" })).toHaveCount(0);
  // An old ?page=N link still opens its page; a forged cursor opens page 1.
  await open(page, "/de-an?sort=code&dir=asc&page=2");
  await expect(page.getByRole("link", { name: "Trang trước" })).toBeVisible();
  await expect(firstCode).not.toHaveText(first);
  await open(page, "/de-an?sort=code&dir=asc&sau=bm90LWEtY3Vyc29y");
  await expect(firstCode).toHaveText(first);
});
