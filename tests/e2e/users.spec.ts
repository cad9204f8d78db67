// User administration journeys: an admin creates an account and resets its password, handing over
// one-time links (never a password); the user sets a password by the link, signs in, and changes
// it again themselves, after which every session ends. Non-admins do not see the section.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, open, signIn, signOut, waitForSignInForm } from "./fixtures";

test.describe.configure({ mode: "serial" }); // the second journey uses the account the first one creates

const email = `can.bo.${Date.now()}@sct-thanhhoa.gov.vn`;
const FIRST = "đồi chè Thanh Hóa xanh mướt";
const SECOND = "lúa chín vàng đồng Nông Cống";

async function linkShown(page: Page): Promise<string> {
  const box = page.getByTestId("one-time-link");
  await expect(box).toContainText("chỉ hiện lần này");
  return (await box.locator("code").textContent())!.trim();
}

async function setPasswordByLink(page: Page, link: string, password: string): Promise<void> {
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Đặt mật khẩu" })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await expect(page.getByRole("button", { name: "Đặt mật khẩu" })).toBeEnabled();
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill("ngắn quá");
  await page.getByLabel("Nhập lại mật khẩu mới", { exact: true }).fill("ngắn quá");
  await page.getByRole("button", { name: "Đặt mật khẩu" }).click();
  await expect(page.getByText("Mật khẩu mới cần ít nhất 12 ký tự")).toBeVisible();
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill(password);
  await page.getByLabel("Nhập lại mật khẩu mới", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Đặt mật khẩu" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã đặt mật khẩu" })).toBeVisible();
  await page.getByRole("button", { name: "Đến trang đăng nhập" }).click();
  await expect(page).toHaveURL(/dang-nhap/);
}

test("an admin creates an account and resets its password; the user sets it by the link and signs in", async ({ page }) => {
  await page.goto("/dang-nhap");
  await expect(page.getByTestId("demo-hint")).toContainText("Chế độ trình diễn");
  await signIn(page, DEMO_ACCOUNTS.admin);
  await page.getByRole("navigation", { name: "Danh mục chính" }).getByRole("link", { name: "Người dùng", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Người dùng" })).toBeVisible();
  await page.getByRole("link", { name: "Tạo tài khoản" }).click();
  await expect(page.getByRole("button", { name: "Tạo tài khoản" })).toBeEnabled();

  // A scope that does not fit the roles is refused on its field, and what was typed stays.
  await page.getByRole("textbox", { name: /^Thư điện tử/ }).fill(email);
  await page.getByRole("textbox", { name: "Họ và tên" }).fill("Nguyễn Văn Sở");
  await page.getByLabel("Đơn vị").selectOption({ label: "Sở Công Thương Thanh Hóa" });
  await page.getByRole("checkbox", { name: "Sở Công Thương" }).check();
  await page.getByLabel(/^Phạm vi địa lý/).selectOption({ label: "Toàn quốc" });
  await page.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(page.getByText("Chọn phạm vi hợp với vai trò đã chọn.")).toBeVisible();
  await expect(page.getByRole("textbox", { name: /^Thư điện tử/ })).toHaveValue(email);

  await page.getByLabel(/^Phạm vi địa lý/).selectOption({ label: "Tỉnh: Thanh Hóa" });
  await page.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(page.getByText(`Đã tạo tài khoản ${email}.`)).toBeVisible();
  const firstLink = await linkShown(page);
  expect(firstLink).toMatch(/\/dat-lai-mat-khau\/[A-Za-z0-9_-]{43}$/);

  // The admin resets the password: a new link, which supersedes the first.
  await page.getByRole("link", { name: "Xem tài khoản" }).click();
  await expect(page.getByRole("heading", { name: "Nguyễn Văn Sở" })).toBeVisible();
  await expect(page.getByText("Đang hoạt động, chờ đặt mật khẩu mới")).toBeVisible();
  await page.getByRole("button", { name: "Đặt lại mật khẩu" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Đặt lại mật khẩu" }).click();
  const resetLink = await linkShown(page);
  expect(resetLink).not.toBe(firstLink);
  await signOut(page);

  await page.goto(firstLink);
  await expect(page.getByRole("alert").filter({ hasText: "Liên kết đặt mật khẩu không dùng được" })).toBeVisible();
  await setPasswordByLink(page, resetLink, FIRST);
  await signIn(page, email, FIRST);
  await expect(page.getByTestId("user-box")).toContainText("Nguyễn Văn Sở");
  // The link works once.
  await signOut(page);
  await page.goto(resetLink);
  await expect(page.getByRole("alert").filter({ hasText: "đã được dùng" })).toBeVisible();
});

test("a user changes their own password, which ends their sessions; they sign in again with it", async ({ page }) => {
  await signIn(page, email, FIRST);
  await page.getByTestId("user-box").getByRole("link", { name: "Đổi mật khẩu" }).click();
  await expect(page.getByRole("heading", { name: "Đổi mật khẩu" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Đổi mật khẩu" })).toBeEnabled();
  await page.getByLabel("Mật khẩu đang dùng", { exact: true }).fill("không phải mật khẩu");
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill(SECOND);
  await page.getByLabel("Nhập lại mật khẩu mới", { exact: true }).fill(SECOND);
  await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(page.getByText("Mật khẩu đang dùng không đúng.")).toBeVisible();
  await page.getByLabel("Mật khẩu đang dùng", { exact: true }).fill(FIRST);
  await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(page.getByRole("status").filter({ hasText: "hãy đăng nhập lại bằng mật khẩu mới" })).toBeVisible();
  await page.getByRole("button", { name: "Đăng nhập lại" }).click();
  await expect(page).toHaveURL(/dang-nhap/);
  await waitForSignInForm(page);
  await signIn(page, email, SECOND);
});

test("a non-admin has no user administration: not in the menu, not found by address", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.sctThanhHoa);
  await expect(page.getByRole("navigation", { name: "Danh mục chính" }).getByRole("link", { name: "Người dùng", exact: true })).toHaveCount(0);
  await open(page, "/nguoi-dung").catch(() => undefined);
  await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
});
