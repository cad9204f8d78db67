// `npm test`: every test — unit and integration (vitest, real PostgreSQL), then a production
// build and the Playwright journeys in Chromium — and one summary at the end.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { BROWSER_ENV, browserStopMessage } from "./lib/browser";
import { ensureBrowser } from "./lib/ensure-browser";

type Counts = { passed: number; failed: number; skipped: number; ok: boolean };
const OUT = ".data/test-results";
mkdirSync(OUT, { recursive: true });

function run(command: string, args: string[], env: Record<string, string> = {}): boolean {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status === 0;
}

function readJson(file: string): unknown {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
}

function vitestCounts(ok: boolean): Counts {
  const report = readJson(`${OUT}/vitest.json`) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number } | null;
  if (!report) return { passed: 0, failed: 1, skipped: 0, ok: false };
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests, ok };
}

function playwrightCounts(ok: boolean): Counts {
  const report = readJson(`${OUT}/playwright.json`) as { stats: { expected: number; unexpected: number; skipped: number; flaky: number } } | null;
  if (!report) return { passed: 0, failed: 1, skipped: 0, ok: false };
  const s = report.stats;
  return { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped, ok };
}

for (const f of ["vitest.json", "playwright.json"]) rmSync(`${OUT}/${f}`, { force: true });

console.log("\n▶ Unit và integration (vitest, PostgreSQL thật)\n");
const vitestOk = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${OUT}/vitest.json`]);
const vitest = vitestCounts(vitestOk);

console.log("\n▶ Build production (next build)\n");
const buildOk = run("npm", ["run", "build"]);

let e2e: Counts = { passed: 0, failed: 0, skipped: 0, ok: false };
if (buildOk) {
  console.log("\n▶ End-to-end (Playwright, Chromium)\n");
  // A browser that cannot start would fail every journey with "Executable doesn't exist".
  const browser = await ensureBrowser();
  if (browser.action === "run") {
    const e2eOk = run("npx", ["playwright", "test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: `${OUT}/playwright.json`, [BROWSER_ENV]: browser.executablePath });
    e2e = playwrightCounts(e2eOk);
  } else {
    console.error(browserStopMessage(browser));
    e2e = { passed: 0, failed: 1, skipped: 0, ok: false };
  }
} else {
  console.error("✖ next build thất bại: bỏ qua end-to-end.");
}

const passed = vitest.passed + e2e.passed;
const skipped = vitest.skipped + e2e.skipped;
const ok = vitest.ok && buildOk && e2e.ok && vitest.failed + e2e.failed === 0;
// A step that crashed without reporting a failing test still counts as one failure.
const failed = Math.max(vitest.failed + e2e.failed, ok ? 0 : 1);
console.log("\n──────── Tổng kết ────────");
console.log(`vitest (unit + integration): ${vitest.passed} passed, ${vitest.failed} failed, ${vitest.skipped} skipped`);
console.log(`build: ${buildOk ? "ok" : "FAILED"}`);
console.log(`playwright (e2e): ${e2e.passed} passed, ${e2e.failed} failed, ${e2e.skipped} skipped`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(ok ? 0 : 1);
