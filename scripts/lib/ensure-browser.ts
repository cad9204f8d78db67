// The side of the browser check that touches the machine: which executables exist, whether one
// starts, whether Playwright's download host answers, and the installs. The decision itself is
// nextBrowserStep in ./browser.ts (unit-tested).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { BROWSER_ARGS, type BrowserInstall, type BrowserSituation, type BrowserStep, DEBIAN_CHROMIUM, nextBrowserStep } from "./browser";

function candidates(): string[] {
  const playwrightOwn = chromium.executablePath();
  return [...new Set([DEBIAN_CHROMIUM, playwrightOwn])].filter((path) => path !== "" && existsSync(path));
}

/** Launches each candidate headless with the suite's flags; the first that starts wins. */
async function firstThatStarts(paths: readonly string[]): Promise<string | null> {
  for (const executablePath of paths) {
    try {
      const browser = await chromium.launch({ executablePath, headless: true, args: BROWSER_ARGS, timeout: 60_000 });
      await browser.close();
      return executablePath;
    } catch (error) {
      console.error(`  ${executablePath}: ${(error as Error).message.split("\n")[0]}`);
    }
  }
  return null;
}

/** Playwright downloads from its CDN (or PLAYWRIGHT_DOWNLOAD_HOST); a closed network refuses fast. */
async function downloadHostAnswers(): Promise<boolean> {
  const host = process.env.PLAYWRIGHT_DOWNLOAD_HOST ?? "https://cdn.playwright.dev";
  try {
    await fetch(host, { method: "HEAD", signal: AbortSignal.timeout(5_000) });
    return true;
  } catch {
    return false;
  }
}

function install(kind: BrowserInstall): void {
  const run = (command: string, args: string[]) => spawnSync(command, args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } }).status === 0;
  if (kind === "apt") {
    console.log("  Cài Chromium của Debian (apt-get install -y chromium)…");
    if (run("apt-get", ["update", "-qq"])) run("apt-get", ["install", "-y", "-qq", "chromium"]);
  } else {
    console.log("  Tải Chromium của Playwright (npx playwright install chromium)…");
    run("npx", ["playwright", "install", "chromium"]);
  }
}

/** Makes sure a browser starts, installing one where the machine allows; never throws. */
export async function ensureBrowser(): Promise<Extract<BrowserStep, { action: "run" | "stop" }>> {
  const tried: BrowserInstall[] = [];
  const isRoot = process.getuid?.() === 0;
  const isDebian = existsSync("/etc/debian_version");
  let networkOk: boolean | undefined;
  for (;;) {
    const found = candidates();
    const started = await firstThatStarts(found);
    // Only ask the network when the answer matters (no browser, and apt is not the next step).
    if (!started && networkOk === undefined && !(isRoot && isDebian && !tried.includes("apt"))) networkOk = await downloadHostAnswers();
    const situation: BrowserSituation = { isRoot, isDebian, candidates: found, started, networkOk: networkOk ?? false, tried };
    const step = nextBrowserStep(situation);
    if (step.action !== "install") return step;
    tried.push(step.install);
    install(step.install);
  }
}
