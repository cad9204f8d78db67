import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS, signIn, signOut, waitForHydration, waitForSignInForm } from "./fixtures";

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

test("a session cookie saved before sign-out no longer opens any page", async ({ page, browser }) => {
  await signIn(page, DEMO_ACCOUNTS.sctThanhHoa);
  const saved = await page.context().cookies();
  await signOut(page);
  // Someone who copied the cookie (a shared computer, a stolen backup) replays it elsewhere.
  const replay = await browser.newContext({ baseURL: page.url() });
  await replay.addCookies(saved);
  const other = await replay.newPage();
  await other.goto("/de-an");
  await expect(other).toHaveURL(/\/dang-nhap/);
  await expect(other.getByRole("button", { name: "Đăng nhập" })).toBeVisible();
  await replay.close();
});

test("five wrong passwords lock the account, the page says until when, and an admin unlocks it", async ({ page }) => {
  const email = `khoa-thu-${Date.now()}@khuyencong.local`;
  await page.goto("/dang-nhap");
  await waitForSignInForm(page);
  await page.getByLabel("Thư điện tử").fill(email);
  for (let i = 1; i <= 4; i++) {
    await page.getByLabel("Mật khẩu").fill(`sai-${i}`);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Thư điện tử hoặc mật khẩu không đúng" })).toBeVisible();
    await expect(page.getByLabel("Mật khẩu")).toHaveValue("");
  }
  await page.getByLabel("Mật khẩu").fill("sai-5");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /Tài khoản này đang tạm khóa .* Hãy thử lại sau \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/ })).toBeVisible();
  await expect(page.getByLabel("Thư điện tử")).toHaveValue(email);

  await signIn(page, DEMO_ACCOUNTS.admin);
  await page.goto("/to-chuc");
  const row = page.getByTestId("locked-accounts").getByRole("row").filter({ hasText: email });
  await expect(row).toContainText("Không có tài khoản với thư điện tử này");
  await waitForHydration(page);
  await row.getByRole("button", { name: `Mở khóa ${email}` }).click();
  await expect(page.getByText(email)).toHaveCount(0);
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
