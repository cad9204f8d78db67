// Issue #11 (decision 046): security headers on pages, file downloads and the JSON API; a nonce
// CSP that the app's own scripts satisfy; server actions refused across origins even with a
// forged X-Forwarded-Host.
import { expect, test, type APIResponse } from "@playwright/test";
import { DEMO_ACCOUNTS, open, signIn } from "./fixtures";

function expectSecurityHeaders(response: APIResponse): void {
  const headers = response.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["permissions-policy"]).toContain("geolocation=()");
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  // The test server is plain http: HSTS would be ignored there and is not sent.
  expect(headers["strict-transport-security"]).toBeUndefined();
}

test("pages, downloads and the API carry the security headers; the home page runs under its nonce", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => { if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text()); });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`));
  });

  expectSecurityHeaders(await page.request.get("/dang-nhap"));
  await signIn(page, DEMO_ACCOUNTS.cuc);

  const home = await page.request.get("/");
  expectSecurityHeaders(home);
  const nonce = /'nonce-([^']+)'/.exec(home.headers()["content-security-policy"]!)![1]!;
  const html = await home.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  // Each response has its own nonce.
  const again = await page.request.get("/");
  expect(again.headers()["content-security-policy"]).not.toContain(nonce);

  const xlsx = await page.request.get("/de-an/excel/xuat?year=2022&source=KCQG");
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
  expectSecurityHeaders(xlsx);

  const api = await page.request.get("/api/v1/openapi.json");
  expect(api.status()).toBe(200);
  expectSecurityHeaders(api);
  expectSecurityHeaders(await page.request.get("/api/v1/reports/summary"));

  // The rendered home page hydrates (an ActionButton is enabled) with no CSP violation.
  await open(page, "/");
  await open(page, "/tai-khoan/api");
  expect(violations).toEqual([]);
});

test("a server action from another origin is refused, forged X-Forwarded-Host or not; the same origin works", async ({ page, baseURL }) => {
  await signIn(page, DEMO_ACCOUNTS.cuc);
  await open(page, "/tai-khoan/api");
  const ownName = `Mã e2e ${Date.now()}`;
  await page.getByLabel("Tên mã").fill(ownName);
  const [action] = await Promise.all([
    page.waitForRequest((request) => request.method() === "POST" && Boolean(request.headers()["next-action"])),
    page.getByRole("button", { name: "Tạo mã" }).click(),
  ]);
  await expect(page.getByTestId("new-token")).toContainText(ownName);

  // Replays the very same action call, with another name, as a hostile page would send it.
  const replay = (name: string, headers: Record<string, string>) => page.request.post(action.url(), {
    headers: { ...action.headers(), ...headers },
    data: action.postData()!.replace(ownName, name),
    maxRedirects: 0,
  });
  const forgedName = `Mã giả mạo ${Date.now()}`;
  const forged = await replay(forgedName, { origin: "https://evil.example", "x-forwarded-host": "evil.example" });
  expect(forged.status()).toBe(403);
  const plain = await replay(`${forgedName} 2`, { origin: "https://evil.example" });
  expect(plain.status()).toBe(403);
  const sameOrigin = await replay(`${ownName} lần hai`, { origin: new URL(baseURL!).origin });
  expect(sameOrigin.status()).toBe(200);

  await open(page, "/tai-khoan/api");
  const table = page.getByRole("table");
  await expect(table).toContainText(`${ownName} lần hai`);
  await expect(table).not.toContainText(forgedName);
});
