// Plans through the real UI: the Cục opens the issued 2026 KCQG plan (seeded), proposes an
// adjustment decided at Cục level (TT 36/2013 Điều 11.2.b), records the decision, and sees the
// new version with its diff. Each run adds one version, so the test reads the numbers it sees.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, signIn, open } from "./fixtures";

/** Signs in as the Cục and opens the issued 2026 KCQG plan from the list. */
async function openNationalPlan2026(page: Page): Promise<void> {
  await signIn(page, DEMO_ACCOUNTS.cuc);
  await open(page, "/ke-hoach");
  const row = page.getByRole("row").filter({ hasText: "Quốc gia (KCQG)" }).filter({ hasText: "2026" });
  await row.getByRole("link", { name: "2026" }).first().click();
  await expect(page.getByRole("heading", { name: "Kế hoạch khuyến công quốc gia năm 2026" })).toBeVisible();
}

test("an SCT proposes an adjustment of the issued 2026 national plan; the Cục decides it and sees the new version and its diff", async ({ page }) => {
  // The requester never decides their own request (decision 038), so the SCT asks and the Cục decides.
  await signIn(page, DEMO_ACCOUNTS.sctThanhHoa);
  await open(page, "/ke-hoach");
  await page.getByRole("row").filter({ hasText: "Quốc gia (KCQG)" }).filter({ hasText: "2026" }).getByRole("link", { name: "2026" }).first().click();
  const reason = `Điều chỉnh thời gian tổ chức hội chợ sang quý IV do thời tiết ${Date.now() % 100000}`;
  await page.getByLabel("Loại điều chỉnh").selectOption("OTHER");
  await page.getByLabel("Lý do", { exact: true }).fill(reason);
  await page.getByRole("button", { name: "Gửi đề nghị" }).click();
  await expect(page.getByTestId("plan-adjustments").locator("li").filter({ hasText: reason })).toContainText("Chờ quyết định");

  await page.context().clearCookies();
  await openNationalPlan2026(page);
  const versions = page.getByTestId("plan-versions").locator("tbody tr");
  const before = await versions.count();
  const request = page.getByTestId("plan-adjustments").locator("li").filter({ hasText: reason });
  await expect(request).toContainText("Cấp quyết định: Cục");
  await request.getByLabel("Số", { exact: true }).fill(String(Date.now() % 100000));
  await request.getByLabel("Ngày ký").fill("15/09/2026");
  await request.getByLabel("Người ký").fill("Phó Cục trưởng (thử nghiệm)");
  await request.getByRole("button", { name: "Chấp thuận và ghi nhận quyết định" }).click();
  const dialog = page.getByRole("dialog", { name: "Xác nhận phê duyệt điều chỉnh" });
  await expect(dialog).toContainText(`Tạo phiên bản ${before + 1}, hiệu lực từ 15/09/2026`);
  await dialog.getByRole("button", { name: "Xác nhận" }).click();
  // The request leaves the pending list as the page refreshes; the new version is the proof.

  await expect(versions).toHaveCount(before + 1);
  await expect(versions.last()).toContainText("Điều chỉnh khác");
  await expect(page.getByTestId("plan-diff")).toContainText(`Thay đổi từ phiên bản ${before} đến phiên bản ${before + 1}`);
});

test("another province's SCT cannot open a KCĐP plan that is not its own", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.sctLaoCai);
  await open(page, "/ke-hoach");
  await expect(page.getByRole("row").filter({ hasText: "Thanh Hóa" })).toHaveCount(0);
});

test("a malformed or repeated as-of date is refused in Vietnamese with 400, from the annex and from the plan page", async ({ page }) => {
  await openNationalPlan2026(page);
  const planPath = new URL(page.url()).pathname;
  for (const bad of ["2026-99-99", "0000-00-00"]) {
    const annex = await page.request.get(`${planPath}/phu-luc/xlsx?asOf=${bad}`);
    expect(annex.status()).toBe(400);
    expect(await annex.text()).toContain(`Ngày "${bad}" không hợp lệ`);
  }
  const planAnswer = await page.goto(`${planPath}?asOf=2026-99-99`);
  expect(planAnswer?.status()).toBe(400);
  await expect(page.getByText(/Ngày .2026-99-99. không hợp lệ/).first()).toBeVisible();
  await page.getByRole("link", { name: "Mở trang theo ngày hôm nay" }).click();
  await expect(page).toHaveURL(new RegExp(`${planPath}$`));
  const repeated = await page.request.get(`${planPath}?asOf=2026-01-01&asOf=2026-02-01`);
  expect(repeated.status()).toBe(400);
  expect(await repeated.text()).toContain("được gửi nhiều lần");
});
