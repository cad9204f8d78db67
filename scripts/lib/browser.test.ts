import { describe, expect, it } from "vitest";
import { BROWSER_ENV, type BrowserSituation, browserExecutable, browserStopMessage, DEBIAN_CHROMIUM, nextBrowserStep } from "./browser";

const PLAYWRIGHT_OWN = "/root/.cache/ms-playwright/chromium-1200/chrome-linux/chrome";
const nothing: BrowserSituation = { isRoot: false, isDebian: false, candidates: [], started: null, networkOk: false, tried: [] };

describe("nextBrowserStep", () => {
  it("runs the suite with the browser that started", () => {
    expect(nextBrowserStep({ ...nothing, isRoot: true, isDebian: true, candidates: [DEBIAN_CHROMIUM], started: DEBIAN_CHROMIUM })).toEqual({ action: "run", executablePath: DEBIAN_CHROMIUM });
    expect(nextBrowserStep({ ...nothing, candidates: [DEBIAN_CHROMIUM, PLAYWRIGHT_OWN], started: PLAYWRIGHT_OWN })).toEqual({ action: "run", executablePath: PLAYWRIGHT_OWN });
  });

  it("installs Debian's chromium with apt as root on Debian, before trying the network", () => {
    expect(nextBrowserStep({ ...nothing, isRoot: true, isDebian: true, networkOk: true })).toEqual({ action: "install", install: "apt" });
    // A chromium that exists but does not start (missing libraries) is reinstalled the same way.
    expect(nextBrowserStep({ ...nothing, isRoot: true, isDebian: true, candidates: [DEBIAN_CHROMIUM] })).toEqual({ action: "install", install: "apt" });
  });

  it("runs Playwright's own install where apt is not possible and the network allows", () => {
    expect(nextBrowserStep({ ...nothing, isDebian: true, networkOk: true })).toEqual({ action: "install", install: "playwright" });
    expect(nextBrowserStep({ ...nothing, networkOk: true })).toEqual({ action: "install", install: "playwright" });
    expect(nextBrowserStep({ ...nothing, isRoot: true, isDebian: true, networkOk: true, tried: ["apt"] })).toEqual({ action: "install", install: "playwright" });
  });

  it("stops with the command to run when nothing can be installed, never repeating an install", () => {
    expect(nextBrowserStep({ ...nothing, isDebian: true })).toEqual({ action: "stop", command: "sudo apt-get install -y chromium", found: [] });
    expect(nextBrowserStep({ ...nothing, isRoot: true, isDebian: true, tried: ["apt"] })).toEqual({ action: "stop", command: "apt-get install -y chromium", found: [] });
    expect(nextBrowserStep(nothing)).toEqual({ action: "stop", command: "npx playwright install --with-deps chromium", found: [] });
    expect(nextBrowserStep({ ...nothing, networkOk: true, tried: ["playwright"], candidates: [PLAYWRIGHT_OWN] })).toEqual({ action: "stop", command: "npx playwright install --with-deps chromium", found: [PLAYWRIGHT_OWN] });
  });

  it("says it in one Vietnamese line naming the command", () => {
    const line = browserStopMessage({ action: "stop", command: "sudo apt-get install -y chromium", found: [] });
    expect(line).toBe("✖ Bỏ qua end-to-end: không tìm thấy Chromium. Hãy chạy `sudo apt-get install -y chromium` rồi chạy lại `npm test`.");
    expect(line).not.toContain("\n");
  });
});

describe("browserExecutable", () => {
  it("prefers the executable the runner checked, then Debian's chromium, then Playwright's own", () => {
    expect(browserExecutable({ [BROWSER_ENV]: PLAYWRIGHT_OWN }, () => true)).toBe(PLAYWRIGHT_OWN);
    expect(browserExecutable({}, (path) => path === DEBIAN_CHROMIUM)).toBe(DEBIAN_CHROMIUM);
    expect(browserExecutable({}, () => false)).toBeUndefined();
  });
});
