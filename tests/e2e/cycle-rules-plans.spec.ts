// Plan decision rules through the real UI (decision 038): issuing a plan asks for confirmation
// with what will be issued, an effective date before signing needs a confirmed reason that the
// plan then shows, and the person who requested an adjustment is told they cannot decide it.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, signIn, open } from "./fixtures";

/** dd/mm/yyyy of Vietnam's today shifted by `days`, as a person types it. */
function vnDay(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const parts = Object.fromEntries(new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh", day: "2-digit", month: "2-digit", year: "numeric" }).formatToParts(d).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year}`;
}

async function openNationalPlan2026(page: Page): Promise<void> {
  await open(page, "/ke-hoach");
  const row = page.getByRole("row").filter({ hasText: "Quốc gia (KCQG)" }).filter({ hasText: "2026" });
  await row.getByRole("link", { name: "2026" }).first().click();
  await expect(page.getByRole("heading", { name: "Kế hoạch khuyến công quốc gia năm 2026" })).toBeVisible();
}

/** Signs in as an SCT, creates its 2027 KCĐP plan and adds one nhiệm vụ, ready to issue. */
async function draftProvincialPlan(page: Page, email: string, taskTitle: string, amount: string): Promise<void> {
  await signIn(page, email);
  await open(page, "/ke-hoach");
  await page.getByLabel("Năm kế hoạch").fill("2027");
  await page.getByLabel("Mức trần ngân sách (triệu đồng)").fill("1.000");
  await page.getByRole("button", { name: "Lập kế hoạch KCĐP của tỉnh" }).click();
  await expect(page.getByRole("heading", { name: /Kế hoạch khuyến công địa phương năm 2027/ })).toBeVisible();
  await page.getByLabel("Tên nhiệm vụ").fill(taskTitle);
  await page.getByLabel("Kinh phí (triệu đồng)").fill(amount);
  await page.getByRole("button", { name: "Thêm nhiệm vụ" }).click();
  await expect(page.getByText("Đã thêm nhiệm vụ.")).toBeVisible();
}

test("an SCT issues its provincial plan after a confirmation, with a retroactive effective date and its reason", async ({ page }) => {
  await draftProvincialPlan(page, DEMO_ACCOUNTS.sctLaoCai, "Kiểm tra, giám sát đề án khuyến công địa phương", "120");

  await page.getByLabel("Số", { exact: true }).fill("77");
  await page.getByLabel("Ký hiệu").fill("QĐ-UBND");
  await page.getByLabel("Ngày ký").fill(vnDay(0));
  await page.getByLabel("Ngày hiệu lực").fill(vnDay(-10));
  await page.getByLabel("Người ký", { exact: true }).fill("Chủ tịch UBND tỉnh (thử nghiệm)");
  await expect(page.getByTestId("retroactive-fields")).toBeVisible();

  // Without the reason and the confirmation the server refuses and the plan stays a draft.
  await page.getByRole("button", { name: "Ban hành", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Xác nhận ban hành kế hoạch" });
  await expect(dialog).toContainText(`Ban hành phiên bản 1, hiệu lực từ ${vnDay(-10)}`);
  await expect(dialog).toContainText("1 đề án, nhiệm vụ");
  await dialog.getByRole("button", { name: "Xác nhận" }).click();
  await expect(page.getByText("phải xác nhận và ghi lý do hồi tố")).toBeVisible();

  const reason = "Thực hiện từ đầu tháng theo chỉ đạo của UBND tỉnh";
  await page.getByLabel("Lý do hồi tố").fill(reason);
  await page.getByLabel("Tôi xác nhận quyết định có hiệu lực hồi tố").check();
  await page.getByRole("button", { name: "Ban hành", exact: true }).click();
  await dialog.getByRole("button", { name: "Xác nhận" }).click();
  await expect(page.getByTestId("retroactive-reason")).toContainText(reason);
});

test("a signing date after today is refused, naming the field", async ({ page }) => {
  await draftProvincialPlan(page, DEMO_ACCOUNTS.sctThanhHoa, "Kiểm tra đề án", "50");
  await page.getByLabel("Số", { exact: true }).fill("78");
  await page.getByLabel("Ngày ký").fill(vnDay(3));
  await page.getByLabel("Người ký", { exact: true }).fill("Chủ tịch UBND tỉnh (thử nghiệm)");
  await page.getByRole("button", { name: "Ban hành", exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Xác nhận" }).click();
  await expect(page.getByText(/Ngày ký quyết định không được sau hôm nay/)).toBeVisible();
  await expect(page.getByLabel("Ngày ký")).toHaveValue(vnDay(3));
});

test("the Cục cannot decide the adjustment it requested, and the page says why", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.cuc);
  await openNationalPlan2026(page);
  await page.getByLabel("Loại điều chỉnh").selectOption("CHANGE_TIMING");
  await page.getByRole("combobox", { name: "Đề án", exact: true }).selectOption({ index: 1 });
  const reason = `Lùi hội chợ do thời tiết ${Date.now() % 100000}`;
  await page.getByLabel("Lý do", { exact: true }).fill(reason);
  await page.getByRole("button", { name: "Gửi đề nghị" }).click();
  const request = page.getByTestId("plan-adjustments").locator("li").filter({ hasText: reason });
  await expect(request).toContainText("Chờ quyết định");
  await expect(request.getByTestId("own-request")).toContainText("phân tách nhiệm vụ");
  await expect(request.getByRole("button", { name: "Chấp thuận và ghi nhận quyết định" })).toHaveCount(0);
});
