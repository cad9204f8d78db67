import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS, signIn, signOut, waitForSignInForm } from "./fixtures";

test("an unauthenticated visit redirects to the Vietnamese sign-in page", async ({ page }) => {
  await page.goto("/de-an?year=2027");
  await expect(page).toHaveURL(/\/dang-nhap\?callbackUrl=%2Fde-an%3Fyear%3D2027/);
  await expect(page.getByRole("heading", { name: "Quản lý chương trình khuyến công" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
});

test("a wrong password gives a clear Vietnamese message and keeps the email", async ({ page }) => {
  await page.goto("/dang-nhap");
  await waitForSignInForm(page);
  await page.getByLabel("Thư điện tử").fill(DEMO_ACCOUNTS.cuc);
  await page.getByLabel("Mật khẩu").fill("sai-mat-khau");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Thư điện tử hoặc mật khẩu không đúng" })).toBeVisible();
  await expect(page.getByLabel("Thư điện tử")).toHaveValue(DEMO_ACCOUNTS.cuc);
  await expect(page).toHaveURL(/\/dang-nhap/);
});

test("an empty form is refused before it is sent", async ({ page }) => {
  await page.goto("/dang-nhap");
  await waitForSignInForm(page);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Hãy nhập thư điện tử và mật khẩu." })).toBeVisible();
});

test("signing in returns to the page asked for, and signing out ends the session", async ({ page }) => {
  await page.goto("/tinh-thanh");
  await expect(page).toHaveURL(/dang-nhap/);
  await waitForSignInForm(page);
  await page.getByLabel("Thư điện tử").fill(DEMO_ACCOUNTS.leadership);
  await page.getByLabel("Mật khẩu").fill("KhuyenCong@2026");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/tinh-thanh$/);
  await signOut(page);
  await page.goto("/");
  await expect(page).toHaveURL(/dang-nhap/);
});

test("signing out stays on the host and port the app was opened at", async ({ page, baseURL }) => {
  // The server's NEXTAUTH_URL names 127.0.0.1; opened as localhost (like PORT=3500 against the
  // default localhost:3000), next-auth's own redirect would leave this origin.
  const here = new URL(baseURL ?? "");
  here.hostname = "localhost";
  const origin = here.origin;
  await page.goto(`${origin}/dang-nhap`);
  await waitForSignInForm(page);
  await page.getByLabel("Thư điện tử").fill(DEMO_ACCOUNTS.cuc);
  await page.getByLabel("Mật khẩu").fill("KhuyenCong@2026");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("button", { name: "Đăng xuất" })).toBeEnabled();
  expect(new URL(page.url()).origin).toBe(origin);
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(`${origin}/dang-nhap`);
});

test("every page finds its favicon", async ({ request }) => {
  const response = await request.get("/favicon.ico");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("image/");
});

test("the shell switches to English and back", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.cuc);
  await page.getByLabel("Ngôn ngữ").selectOption("en");
  await expect(page.getByRole("link", { name: "Provinces", exact: true })).toBeVisible();
  await page.getByLabel("Language").selectOption("vi");
  await expect(page.getByRole("link", { name: "Tỉnh, thành phố", exact: true })).toBeVisible();
});
