// Facilities journey: an SCT filters /co-so, opens a facility, reads its support history, edits
// it (commune included) and sees the edit in the history; another province's SCT gets a 404. A
// facility typed in the đề án editor is created by the đề án save, never by a refused one.
import { expect, test } from "@playwright/test";
import { withCheckDigit } from "../../lib/facilities/tax-code";
import { DEMO_ACCOUNTS, open, signIn, signOut, waitForHydration } from "./fixtures";

test("an SCT filters facilities, reads a facility's support, edits its commune and sees the history", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.sctThanhHoa);
  await open(page, "/co-so");
  await page.getByLabel("Đã được hỗ trợ").selectOption("yes");
  await page.getByRole("button", { name: "Tìm kiếm" }).click();
  await expect(page).toHaveURL(/supported=yes/);
  const first = page.getByRole("row").nth(1);
  await first.getByRole("link").nth(1).click();
  await expect(page).toHaveURL(/\/co-so\/[0-9a-f-]{36}$/);
  const detailUrl = page.url();

  const support = page.getByTestId("facility-support");
  await expect(support.getByRole("link").first()).toHaveAttribute("href", /^\/de-an\//);
  await expect(page.getByTestId("facility-support-totals")).toContainText("Tổng cộng");
  await expect(page.getByTestId("facility-identity")).toContainText("Thanh Hóa");

  await page.getByTestId("facility-edit-link").click();
  await waitForHydration(page);
  const form = page.getByTestId("facility-edit-form");
  const commune = form.getByTestId("commune-select");
  await expect(commune).toBeEnabled();
  const current = await commune.inputValue();
  const target = (await commune.locator("option", { hasText: "Thọ Xuân" }).getAttribute("value")) === current ? "Nga Sơn" : "Thọ Xuân";
  const industry = `Chế biến nông sản ${Date.now() % 100000}`;

  // Bad input first: the message names the field and nothing typed is lost.
  await form.getByLabel("Tên cơ sở").fill("A");
  await form.getByLabel("Ngành nghề").fill(industry);
  await form.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(form.getByText("Tên cơ sở cần ít nhất 3 ký tự.")).toBeVisible();
  await expect(form.getByLabel("Ngành nghề")).toHaveValue(industry);
  await page.goto(page.url());
  await waitForHydration(page);

  await expect(commune).toBeEnabled();
  await commune.selectOption({ label: target });
  await form.getByLabel("Ngành nghề").fill(industry);
  await form.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page).toHaveURL(detailUrl);
  await expect(page.getByTestId("facility-identity")).toContainText(target);
  const history = page.getByTestId("facility-history");
  await expect(history).toContainText(`→ ${industry}`);
  await expect(history).toContainText(`Xã, phường:`);
  await expect(history).toContainText(`→ ${target}`);

  // Province B's SCT cannot open A's facility: the same 404 as a missing one.
  await signOut(page);
  await signIn(page, DEMO_ACCOUNTS.sctLaoCai);
  await page.goto(detailUrl);
  await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
  await page.goto(`${detailUrl}/sua`);
  await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
});

test("the đề án editor's new-facility form offers the province's current communes", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.centreThanhHoa);
  await open(page, "/de-an/moi");
  await page.getByRole("button", { name: "+ Thêm cơ sở mới" }).click();
  const commune = page.getByTestId("facility-form").getByLabel("Xã, phường");
  await expect(commune).toBeEnabled();
  // The 34-province set in force today: Hạc Thành (new), not Đông Sơn (a ward of the old city).
  await expect(commune.locator("option", { hasText: "Hạc Thành" })).toHaveCount(1);
  await expect(commune.locator("option", { hasText: "Đông Sơn" })).toHaveCount(0);
});

test("a facility typed in the đề án editor is created with the đề án; a refused save creates none and keeps what was typed", async ({ page }) => {
  test.setTimeout(120_000);
  let taxCode: string | null = null;
  while (!taxCode) taxCode = withCheckDigit(String(Math.floor(Math.random() * 1e9)).padStart(9, "0"));
  const name = `HTX Gốm Thử ${taxCode}`;
  await signIn(page, DEMO_ACCOUNTS.centreThanhHoa);
  await open(page, "/de-an/moi");
  await page.getByLabel("Tên đề án").fill("Đề");
  await page.getByRole("button", { name: "+ Thêm cơ sở mới" }).click();
  const form = page.getByTestId("facility-form");
  await form.getByLabel("Mã số thuế").fill("123");
  await form.getByLabel("Tên cơ sở").fill(name);
  await form.getByLabel("Ngành nghề").fill("Gốm sứ");
  await form.getByLabel("Địa chỉ (thôn, xã/phường)").fill("Thôn Gốm");
  await form.getByLabel("Họ tên chủ cơ sở").fill("Đinh Thị Chủ");
  await page.getByRole("button", { name: "Lưu nháp" }).click();

  // Both the đề án's and the facility's errors at once; nothing typed is lost.
  await expect(page.getByRole("status")).toContainText("Chưa lưu được");
  await expect(form.getByRole("alert")).toContainText("Mã số thuế phải gồm 10 chữ số");
  await expect(page.getByText("Tên đề án cần ít nhất 5 ký tự.")).toBeVisible();
  await expect(form.getByLabel("Tên cơ sở")).toHaveValue(name);
  await expect(page).toHaveURL(/\/de-an\/moi$/);
  await page.getByLabel("Tìm theo mã số thuế hoặc tên").fill(taxCode);
  await page.getByRole("button", { name: "Tìm", exact: true }).click();
  await expect(page.getByText("Không tìm thấy cơ sở phù hợp trong phạm vi của bạn.")).toBeVisible();

  await page.getByLabel("Tên đề án").fill("Hỗ trợ lò nung gốm cho cơ sở mới");
  await form.getByLabel("Mã số thuế").fill(taxCode);
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page).toHaveURL(/\/de-an\/[0-9a-f-]+\/sua$/);
  await expect(page.getByTestId("picked-facilities")).toContainText(name);
  await expect(page.getByTestId("facility-form")).toHaveCount(0);
});
