// Issue #8's journey through the real UI: regional centre 1 signs a support contract under its task
// assignment, records the first advance and two monthly reports; the SCT confirms them and accepts
// the work (Mẫu 5b); the centre pays the balance and submits the settlement dossier; the Cục
// approves it and liquidates. The money panel is checked at every step (demo đề án
// KCQG-2026-38-005, docs/demo-data.md: 280 triệu support, task assignment from the Cục, one
// beneficiary, nothing recorded yet).
import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, open, signIn, signOut } from "./fixtures";

const CODE = "KCQG-2026-38-005";

/** Today and a later day in Vietnam as yyyy-mm-dd, the value a date input takes. */
function vietnamDay(offsetDays = 0): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date(Date.now() + offsetDays * 86_400_000));
}

async function openProject(page: Page): Promise<string> {
  await open(page, `/de-an?q=${CODE}`);
  await page.getByRole("link", { name: CODE }).first().click();
  await expect(page).toHaveURL(/\/de-an\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}

/** The money panel of the đề án page shows these figures (triệu đồng). */
async function expectMoney(page: Page, projectPath: string, figures: Partial<Record<"approved" | "contracted" | "advanced" | "paid" | "settled" | "outstanding" | "remaining", string>>) {
  await open(page, projectPath);
  for (const [key, text] of Object.entries(figures)) await expect(page.getByTestId(`money-${key}`)).toContainText(text);
}

async function recordEntry(page: Page, contractPath: string, kind: "ADVANCE" | "PAYMENT", amount: string, voucher: string) {
  await open(page, `${contractPath}/so-cai`);
  const form = page.getByTestId("ledger-form");
  await form.locator('select[name="kind"]').selectOption(kind);
  await form.locator('select[name="fundingSource"]').selectOption("KCQG");
  await form.locator('input[name="amount"]').fill(amount);
  await form.locator('input[name="occurredOn"]').fill(vietnamDay());
  await form.locator('input[name="voucherRef"]').fill(voucher);
  await form.getByRole("button", { name: "Ghi sổ" }).click();
  await expect(form.getByRole("status")).toHaveText(`Đã ghi bút toán ${voucher}.`);
}

async function submitProgress(page: Page, projectPath: string, completion: string, done: string, cost: string) {
  await open(page, `${projectPath}/tien-do`);
  const form = page.getByRole("region", { name: "Lập báo cáo tháng" });
  const month = form.getByRole("combobox", { name: "Tháng" });
  await expect(month.locator("option").first()).toBeAttached();
  // The earliest month still open: running totals go up month by month.
  const values = (await month.locator("option").evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))).filter(Boolean).sort();
  // With one month left the form offers it alone, as a disabled choice.
  if (await month.isEnabled()) await month.selectOption(values[0]!);
  else await expect(month).toHaveValue(values[0]!);
  await form.getByLabel("Hoàn thành (%)").fill(completion);
  await form.getByLabel(/^Khối lượng lũy kế: /).first().fill(done);
  await form.getByLabel(/^Kinh phí lũy kế: /).first().fill(cost);
  await form.getByLabel("Thuyết minh tình hình thực hiện").fill("Đã lắp đặt và chạy thử thiết bị.");
  const label = (await month.locator(`option[value="${values[0]}"]`).textContent())!.trim();
  await form.getByRole("button", { name: "Gửi báo cáo" }).click();
  // The form starts afresh for the months left; the report shows as its own card.
  await expect(page.getByRole("region", { name: `Báo cáo tháng ${label}` })).toBeVisible();
}

test("regional centre 1 runs a đề án from its support contract to liquidation", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, DEMO_ACCOUNTS.regionalCentre);
  const projectPath = await openProject(page);
  await expectMoney(page, projectPath, { approved: "280 triệu đồng", contracted: "280 triệu đồng", advanced: "0 triệu đồng", outstanding: "0 triệu đồng" });

  // 1. The support contract with the beneficiary, under the Cục's task assignment.
  await page.getByRole("link", { name: "Ký hợp đồng" }).click();
  await expect(page).toHaveURL(/\/hop-dong\/moi$/);
  await page.locator('select[name="beneficiaryId"]').selectOption({ index: 1 });
  await page.locator('input[name="number"]').fill(`${Date.now() % 100_000}/2026/HĐHT-E2E`);
  await page.locator('input[name="signedOn"]').fill(vietnamDay());
  await page.locator('input[name="startsOn"]').fill(vietnamDay());
  await page.locator('input[name="endsOn"]').fill(vietnamDay(60));
  await page.locator('input[name="value"]').fill("280");
  await page.locator('input[name="counterpartValue"]').fill("280");
  await page.locator('textarea[name="terms"]').fill("Bên A hỗ trợ máy móc thiết bị theo đề án; bên B đối ứng phần còn lại.");
  await page.getByRole("button", { name: "Ký và lưu hợp đồng" }).click();
  await expect(page).toHaveURL(/\/hop-dong\/[0-9a-f-]{36}$/);
  const contractPath = new URL(page.url()).pathname;
  await expect(page.getByRole("link", { name: "Tải hợp đồng (PDF)" })).toBeVisible();

  // 2. The first advance: 70 % of 280 triệu.
  await recordEntry(page, contractPath, "ADVANCE", "196", "PC-E2E-01");
  await expectMoney(page, projectPath, { advanced: "196 triệu đồng", outstanding: "196 triệu đồng", remaining: "84 triệu đồng" });

  // 3. Two monthly reports (Mẫu 3b).
  await submitProgress(page, projectPath, "50", "0,5", "300");
  await submitProgress(page, projectPath, "100", "1", "560");
  await signOut(page);

  // 4. The SCT confirms both reports and accepts the work.
  await signIn(page, DEMO_ACCOUNTS.sctThanhHoa);
  await open(page, `${projectPath}/tien-do`);
  const toConfirm = page.getByTestId("progress-confirm");
  await expect(toConfirm).toHaveCount(2);
  for (const left of [1, 0]) {
    const block = toConfirm.first();
    await block.getByLabel("Ý kiến xác nhận").fill("Khối lượng, kinh phí đúng thực tế.");
    await block.getByRole("button", { name: "Xác nhận khối lượng và kinh phí" }).click();
    // A confirmed report is frozen: its confirmation form goes away.
    await expect(toConfirm).toHaveCount(left);
  }

  await open(page, `${projectPath}/nghiem-thu`);
  const acceptance = page.getByRole("region", { name: "Lập biên bản nghiệm thu" });
  await acceptance.getByLabel("Mẫu 5b — nghiệm thu chung (Sở Công Thương)").check();
  await acceptance.getByLabel("Ngày nghiệm thu").fill(vietnamDay());
  await acceptance.getByLabel("Địa điểm").fill("Xưởng của cơ sở thụ hưởng");
  await acceptance.getByLabel("Thành phần tham gia (mỗi người một dòng)").fill("Lê Thị Thu Hà — Sở Công Thương\nTrần Văn Hải — Trung tâm 1");
  await acceptance.getByLabel("Khối lượng công việc đã thực hiện").fill("Lắp đặt, vận hành thiết bị");
  await acceptance.getByLabel(/^Khối lượng — /).first().fill("1");
  await acceptance.getByLabel(/^Kinh phí hỗ trợ \(triệu đồng\) — /).first().fill("280");
  await acceptance.getByLabel(/^Vốn đối ứng \(triệu đồng\) — /).first().fill("280");
  await acceptance.getByLabel("Kết luận").fill("Đạt yêu cầu, đưa vào sử dụng.");
  await acceptance.getByRole("button", { name: "Lưu biên bản" }).click();
  // Once the đề án is accepted the form is gone: the minutes are listed with their PDF.
  await expect(page.getByRole("link", { name: "Tải PDF" }).first()).toBeVisible();
  await signOut(page);

  // 5. The balance after acceptance, then the settlement dossier.
  await signIn(page, DEMO_ACCOUNTS.regionalCentre);
  await recordEntry(page, contractPath, "PAYMENT", "84", "PC-E2E-02");
  await expectMoney(page, projectPath, { advanced: "196 triệu đồng", paid: "84 triệu đồng", remaining: "0 triệu đồng" });
  await open(page, `${projectPath}/quyet-toan`);
  const dossier = page.getByRole("region", { name: "Nộp hồ sơ quyết toán" });
  await dossier.getByLabel("Kinh phí hỗ trợ đề nghị quyết toán (triệu đồng)").fill("280");
  await dossier.getByLabel("Vốn đối ứng quyết toán (triệu đồng)").fill("280");
  await dossier.getByRole("button", { name: "Nộp hồ sơ" }).click();
  // The form gives way to the dossier's state once it is submitted.
  await expect(page.getByText(/^Đã nộp, chờ duyệt: đề nghị quyết toán 280 triệu đồng/)).toBeVisible();
  await signOut(page);

  // 6. The Cục approves the settlement (the advance is cleared) and liquidates.
  await signIn(page, DEMO_ACCOUNTS.cuc);
  await open(page, `${projectPath}/quyet-toan`);
  await page.getByRole("region", { name: "Duyệt hồ sơ quyết toán" }).getByRole("button", { name: "Phê duyệt quyết toán" }).click();
  await expect(page.getByText(/^Đã phê duyệt: đề nghị quyết toán 280 triệu đồng/)).toBeVisible();
  await expectMoney(page, projectPath, { settled: "196 triệu đồng", outstanding: "0 triệu đồng", paid: "84 triệu đồng" });
  await open(page, `${projectPath}/quyet-toan`);
  const liquidation = page.getByRole("region", { name: "Thanh lý hợp đồng (Mẫu 6)" });
  await liquidation.getByLabel("Ngày thanh lý").fill(vietnamDay());
  await liquidation.getByLabel("Số biên bản thanh lý").fill("01/2026/BBTL-E2E");
  await liquidation.getByRole("button", { name: "Ghi thanh lý" }).click();
  await expect(page.getByText(/^Đã thanh lý ngày .*, biên bản 01\/2026\/BBTL-E2E/)).toBeVisible();
  await open(page, projectPath);
  await expect(page.locator("dl").first()).toContainText("Đã thanh lý");
  await expectMoney(page, projectPath, { advanced: "196 triệu đồng", paid: "84 triệu đồng", settled: "196 triệu đồng", outstanding: "0 triệu đồng", remaining: "0 triệu đồng" });
});
