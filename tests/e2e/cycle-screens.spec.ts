// Screens that fit (issue 10 §4): an axe-core check of every main page as the roles that use it,
// the phone menu, tables that scroll inside their own box, and a dd/mm/yyyy date that survives an
// en-US browser.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, open, signIn } from "./fixtures";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
type Found = { url: string; id: string; impact: string; nodes: number; help: string; targets: string[] };

/** The first link in the page's main area to a detail page under `prefix` (an id, not "moi"). */
async function firstDetail(page: Page, list: string, prefix: string, exclude: string[] = []): Promise<string> {
  await open(page, list);
  const hrefs = await page.locator(`main a[href^="${prefix}/"]`).evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const pattern = new RegExp(`^${prefix}/[^/?#]+$`);
  const href = hrefs.find((h) => pattern.test(h) && !exclude.some((e) => h === `${prefix}/${e}`));
  expect(href, `a detail link on ${list}`).toBeTruthy();
  return href!;
}

async function check(page: Page, url: string, found: Found[], checked: string[]): Promise<void> {
  const response = await page.goto(url);
  expect(response?.status(), url).toBeLessThan(400);
  // Hydrated: the shell's sign-out button (or the sign-in button) is enabled.
  await expect(page.getByRole("button", { name: url === "/dang-nhap" ? "Đăng nhập" : "Đăng xuất" })).toBeEnabled();
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  checked.push(url);
  for (const v of result.violations) found.push({ url, id: v.id, impact: v.impact ?? "unknown", nodes: v.nodes.length, help: v.help, targets: v.nodes.slice(0, 3).map((n) => `${n.target.join(" ")} ${n.html.slice(0, 120)} ${(n.any[0]?.message ?? "").slice(0, 120)}`) });
}

test("every main page has no serious or critical accessibility violation", async ({ page }) => {
  test.setTimeout(600_000);
  const found: Found[] = [];
  const checked: string[] = [];

  await check(page, "/dang-nhap", found, checked);

  await signIn(page, DEMO_ACCOUNTS.cuc);
  const details = [
    await firstDetail(page, "/de-an", "/de-an", ["moi", "excel"]),
    await firstDetail(page, "/tham-dinh", "/tham-dinh", ["hoi-dong"]),
    await firstDetail(page, "/ke-hoach", "/ke-hoach"),
    await firstDetail(page, "/hop-dong", "/hop-dong"),
  ];
  const cucPages = ["/", "/de-an", "/tham-dinh", "/tham-dinh/hoi-dong", "/ke-hoach", "/du-toan", "/hop-dong", "/co-so", "/bao-cao", "/bao-cao-dinh-ky", "/thong-bao", "/viec-can-lam", "/nam-ke-hoach", "/dinh-muc", "/to-chuc", "/tinh-thanh", "/tai-khoan/api", ...details];
  for (const url of cucPages) await check(page, url, found, checked);

  await page.context().clearCookies();
  await signIn(page, DEMO_ACCOUNTS.sctThanhHoa);
  for (const url of ["/", "/de-an", "/nam-ke-hoach", await firstDetail(page, "/de-an", "/de-an", ["moi", "excel"])]) await check(page, url, found, checked);

  await page.context().clearCookies();
  await signIn(page, DEMO_ACCOUNTS.centreThanhHoa);
  for (const url of ["/", "/de-an", "/de-an/moi"]) await check(page, url, found, checked);

  await page.context().clearCookies();
  await signIn(page, DEMO_ACCOUNTS.admin);
  for (const url of ["/", "/dinh-muc", "/nam-ke-hoach", "/to-chuc", "/nguoi-dung", "/nguoi-dung/moi", await firstDetail(page, "/nguoi-dung", "/nguoi-dung", ["moi"]), "/tai-khoan/doi-mat-khau"]) await check(page, url, found, checked);

  const byImpact: Record<string, number> = {};
  for (const f of found) byImpact[f.impact] = (byImpact[f.impact] ?? 0) + f.nodes;
  console.log(`axe: ${checked.length} pages checked; violations (elements) by impact: ${JSON.stringify(byImpact)}`);
  const blocking = found.filter((f) => f.impact === "serious" || f.impact === "critical");
  for (const f of blocking) console.log(`  ${f.impact} ${f.id} on ${f.url} (${f.nodes}): ${f.help} → ${f.targets.join(" | ")}`);
  expect(checked.length).toBeGreaterThanOrEqual(30);
  expect(blocking, "serious or critical axe violations").toEqual([]);
});

test.describe("on a phone (375 px)", () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test("the menu opens and closes, and wide tables scroll in their own box", async ({ page }) => {
    await signIn(page, DEMO_ACCOUNTS.cuc);
    const nav = page.getByRole("navigation", { name: "Danh mục chính" });
    const toggle = page.getByRole("button", { name: "Mở danh mục" });
    await expect(nav).toBeHidden();
    await toggle.click();
    await expect(nav).toBeVisible();
    await expect(page.getByRole("button", { name: "Đóng danh mục" })).toHaveAttribute("aria-expanded", "true");
    await page.keyboard.press("Escape");
    await expect(nav).toBeHidden();
    await expect(toggle).toBeFocused();
    // Following a link closes the menu on the new page.
    await toggle.click();
    await nav.getByRole("link", { name: "Đề án" }).click();
    await expect(page).toHaveURL(/\/de-an$/);
    await expect(nav).toBeHidden();

    const box = page.locator("main .overflow-x-auto").first();
    await expect(box).toBeVisible();
    const sizes = await box.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(sizes.scroll, "the đề án table is wider than a phone").toBeGreaterThan(sizes.client);
    await box.evaluate((el) => el.scrollBy(200, 0));
    expect(await box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    // Codes keep to one line.
    const code = page.getByRole("row").nth(1).getByRole("cell").first();
    expect(await code.evaluate((el) => getComputedStyle(el).whiteSpace)).toBe("nowrap");
  });

  test("no main list makes the page scroll sideways", async ({ page }) => {
    test.setTimeout(240_000);
    await signIn(page, DEMO_ACCOUNTS.cuc);
    const lists = ["/", "/de-an", "/tham-dinh", "/tham-dinh/hoi-dong", "/ke-hoach", "/du-toan", "/hop-dong", "/co-so", "/bao-cao", "/bao-cao-dinh-ky", "/thong-bao", "/viec-can-lam", "/nam-ke-hoach", "/dinh-muc", "/to-chuc", "/tinh-thanh", "/tai-khoan/api"];
    const wide: string[] = [];
    for (const url of lists) {
      await open(page, url);
      const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
      if (scroll > inner) {
        // Name the widest culprits, so a failure says where to look.
        const culprits = await page.evaluate(() => [...document.querySelectorAll("body *")].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && !el.closest(".overflow-x-auto")).slice(-3).map((el) => `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 60)}`));
        wide.push(`${url}: ${scroll} px (${culprits.join("; ")})`);
      }
    }
    expect(wide, "pages wider than 375 px").toEqual([]);
  });
});

test.describe("on a 1366 × 768 laptop", () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  /** The table's box scrolls nothing sideways and every amount column ends inside the window. */
  async function fits(table: Locator, amountHeaders: readonly string[], where: string): Promise<void> {
    await expect(table).toBeVisible();
    const box = table.locator("xpath=ancestor::div[contains(@class, 'overflow-x-auto')][1]");
    const sizes = await box.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(sizes.scroll, `${where}: the budget table scrolls sideways`).toBeLessThanOrEqual(sizes.client);
    for (const header of amountHeaders) {
      const cell = await table.getByRole("columnheader", { name: header, exact: true }).boundingBox();
      expect(cell && cell.x + cell.width, `${where}: "${header}" is outside the window`).toBeLessThanOrEqual(1366);
    }
  }

  test("the Mẫu 1 budget table fits on the đề án edit page and the detail page", async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, DEMO_ACCOUNTS.centreThanhHoa);
    await open(page, "/de-an/moi");
    await page.getByLabel("Tên đề án").fill(`Bảng dự toán vừa màn hình (e2e ${Date.now()})`);
    await page.getByRole("button", { name: "+ Thêm dòng dự toán" }).click();
    await page.getByLabel("Nội dung chi 1").fill("Máy sấy nông sản công suất lớn kèm lắp đặt và chạy thử");
    await page.getByLabel("Tổng kinh phí 1").fill("123.456,5");
    await page.getByLabel("KC hỗ trợ 1").fill("23.456,5");
    await page.getByLabel("Nguồn khác 1").fill("1.000");
    await page.getByRole("button", { name: "Lưu nháp" }).click();
    await expect(page).toHaveURL(/\/de-an\/[0-9a-f-]+\/sua$/);
    await fits(page.getByTestId("budget-lines"), ["Tổng kinh phí", "KC hỗ trợ", "Nguồn khác", "Vốn đối ứng"], "edit page");

    await open(page, page.url().replace(/\/sua$/, ""));
    const detail = page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "Hạng mục", exact: true }) });
    await fits(detail, ["Tổng kinh phí", "Kinh phí khuyến công hỗ trợ", "Vốn đối ứng"], "detail page");
  });
});

test.describe("under an en-US browser", () => {
  test.use({ locale: "en-US" });

  test("a date typed as 05/03/2027 is stored as 5 March and shown as 05/03/2027", async ({ page }) => {
    await signIn(page, DEMO_ACCOUNTS.leadership);
    await open(page, "/tai-khoan/api");
    const name = `Ngày dd/mm ${Date.now()}`;
    await page.getByLabel("Tên mã").fill(name);
    const expires = page.getByLabel("Hết hạn vào ngày");
    await expect(expires).toHaveAttribute("placeholder", "dd/mm/yyyy");
    await expires.fill("05/03/2027");
    await page.getByRole("button", { name: "Tạo mã" }).click();
    await expect(page.getByTestId("new-token")).toBeVisible();
    await page.reload();
    await expect(page.getByTestId("api-tokens").getByRole("row").filter({ hasText: name })).toContainText("05/03/2027");

    // A GET form (the plan's as-of day) sends the ISO day and shows it back as typed.
    const plan = await firstDetail(page, "/ke-hoach", "/ke-hoach");
    await open(page, plan);
    await page.getByLabel("Xem kế hoạch tại ngày").fill("05/03/2027");
    await page.getByLabel("Xem kế hoạch tại ngày").press("Enter");
    await expect(page).toHaveURL(/asOf=2027-03-05/);
    await expect(page.getByLabel("Xem kế hoạch tại ngày")).toHaveValue("05/03/2027");
  });
});
