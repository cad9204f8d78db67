import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "KhuyenCong@2026";

export const DEMO_ACCOUNTS = {
  admin: "admin@khuyencong.local",
  cuc: "cuc@khuyencong.local",
  leadership: "lanhdao@khuyencong.local",
  regionalCentre: "ttkc1@khuyencong.local",
  sctThanhHoa: "sct.thanhhoa@khuyencong.local",
  centreThanhHoa: "ttkc.thanhhoa@khuyencong.local",
  sctLaoCai: "sct.laocai@khuyencong.local",
} as const;

/** Signs in through the real form, as a person would. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/dang-nhap");
  await waitForSignInForm(page);
  await page.getByLabel("Thư điện tử").fill(email);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByTestId("user-box")).toBeVisible();
  await waitForHydration(page);
}

/**
 * Waits until React has hydrated a signed-in page. ActionButton stays disabled until then, and
 * the shell's sign-out button is one, so its being enabled means typing and choosing will stick.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await expect(page.getByRole("button", { name: "Đăng xuất" })).toBeEnabled();
}

/** The sign-in button is an ActionButton: enabled means the form is hydrated. */
export async function waitForSignInForm(page: Page): Promise<void> {
  await expect(page.getByRole("button", { name: "Đăng nhập" })).toBeEnabled();
}

/** Opens a signed-in page and waits until it reacts to input. */
export async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForHydration(page);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/dang-nhap/);
}

/**
 * Fills the five TT 36/2013 Điều 9 criteria of an appraisal sheet (they start unassessed). The
 * dossier criterion defaults to "Đạt một phần": "Đạt" needs the required documents attached.
 */
export async function assessCriteria(scope: Page | ReturnType<Page["locator"]>, options: { label?: string; dossier?: "Đạt" | "Đạt một phần" } = {}): Promise<void> {
  const label = options.label ?? "";
  for (let i = 1; i <= 5; i++) {
    await scope.getByLabel(`Đánh giá ${label}${i}`, { exact: true }).selectOption({ label: i === 5 ? (options.dossier ?? "Đạt một phần") : "Đạt" });
  }
}

/** Confirms the legal act in the open confirmation dialog. */
export async function confirmInDialog(page: Page): Promise<void> {
  await page.getByRole("dialog").getByRole("button", { name: "Xác nhận" }).click();
}
