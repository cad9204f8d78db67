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
  await page.getByLabel("Thư điện tử").fill(email);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByTestId("user-box")).toBeVisible();
}
