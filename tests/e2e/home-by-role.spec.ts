import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS, signIn } from "./fixtures";

const ROLES = [
  { email: DEMO_ACCOUNTS.admin, role: "Quản trị hệ thống", national: true },
  { email: DEMO_ACCOUNTS.cuc, role: "Cán bộ Cục", national: true },
  { email: DEMO_ACCOUNTS.leadership, role: "Lãnh đạo", national: true },
  { email: DEMO_ACCOUNTS.regionalCentre, role: "Trung tâm khuyến công vùng", national: false },
  { email: DEMO_ACCOUNTS.sctThanhHoa, role: "Sở Công Thương", national: false },
  { email: DEMO_ACCOUNTS.centreThanhHoa, role: "Trung tâm khuyến công tỉnh", national: false },
  { email: DEMO_ACCOUNTS.sctLaoCai, role: "Sở Công Thương", national: false },
];

for (const account of ROLES) {
  test(`${account.email} signs in and sees the home page of the role`, async ({ page }) => {
    await signIn(page, account.email);
    await expect(page.getByTestId("user-box")).toContainText(account.role);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Xin chào");
    const projects = page.getByTestId("stat-projects");
    await expect(projects).toBeVisible();
    // Real counts from the database: every demo role has đề án in scope.
    await expect(projects).not.toContainText(/^Đề án trong phạm vi0$/);
    await expect(page.getByTestId("stat-provinces")).toContainText("34");
    if (account.national) {
      const figures = page.getByTestId("national-figures");
      await expect(figures).toBeVisible();
      // KCQG 2022: 140 tỷ planned, 28,98 tỷ allocated = 20,70 % of plan (the article's "20,7 %").
      const row2022 = figures.getByRole("row").filter({ hasText: /^2022/ });
      await expect(row2022).toContainText("140");
      await expect(row2022).toContainText("28,98");
      await expect(row2022).toContainText("20,70 %");
    } else {
      await expect(page.getByTestId("national-figures")).toHaveCount(0);
    }
  });
}
