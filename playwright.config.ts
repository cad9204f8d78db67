import { defineConfig } from "@playwright/test";
import { BROWSER_ARGS, browserExecutable } from "./scripts/lib/browser";
import { E2E_APP_PORT } from "./scripts/lib/clusters";

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${E2E_APP_PORT}`,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
    launchOptions: {
      // The executable `npm test` saw start, else Debian's Chromium, else Playwright's own.
      executablePath: browserExecutable(),
      args: [...BROWSER_ARGS, "--disable-quic"],
    },
  },
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    url: `http://127.0.0.1:${E2E_APP_PORT}/dang-nhap`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    // The journeys sign in with the seeded demo accounts, which a production server refuses unless
    // demo mode is on (docs/decisions/049).
    env: { DEMO_MODE: "1" },
  },
});
