// Which Chromium the end-to-end suite drives, and what `npm test` does when none starts.
// playwright.config.ts and scripts/test.ts both read this module, so the browser the runner
// checked is the browser the suite launches. Without the check, a machine with no browser fails
// every Playwright test with "Executable doesn't exist" instead of saying what to install.
import { existsSync } from "node:fs";

/** Debian's Chromium (`apt-get install -y chromium`); this machine cannot download Playwright's. */
export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/** Set by scripts/test.ts to the executable it saw start, so the suite uses that one. */
export const BROWSER_ENV = "KC_BROWSER_EXECUTABLE";

export const BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/**
 * The executable Playwright should launch: the one the runner checked, else Debian's Chromium when
 * present, else undefined (Playwright's own download).
 */
export function browserExecutable(env: Readonly<Record<string, string | undefined>> = process.env, exists: (path: string) => boolean = existsSync): string | undefined {
  const checked = env[BROWSER_ENV];
  if (checked) return checked;
  return exists(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
}

export type BrowserInstall = "apt" | "playwright";

export type BrowserSituation = {
  isRoot: boolean;
  isDebian: boolean;
  /** Browser executables present on disk, in order of preference. */
  candidates: readonly string[];
  /** The first candidate that actually started headless, or null when none did. */
  started: string | null;
  /** Whether Playwright's download host answers. */
  networkOk: boolean;
  /** Installs already attempted in this run: a failed install is never repeated. */
  tried: readonly BrowserInstall[];
};

export type BrowserStep =
  | { action: "run"; executablePath: string }
  | { action: "install"; install: BrowserInstall }
  | { action: "stop"; command: string; found: readonly string[] };

/** The command a person should run to get a browser on this machine. */
export function installCommand(s: Pick<BrowserSituation, "isRoot" | "isDebian">): string {
  if (s.isDebian) return s.isRoot ? "apt-get install -y chromium" : "sudo apt-get install -y chromium";
  return "npx playwright install --with-deps chromium";
}

/** Pure decision: run the suite, install a browser, or stop with the command to run. */
export function nextBrowserStep(s: BrowserSituation): BrowserStep {
  if (s.started) return { action: "run", executablePath: s.started };
  if (s.isRoot && s.isDebian && !s.tried.includes("apt")) return { action: "install", install: "apt" };
  if (s.networkOk && !s.tried.includes("playwright")) return { action: "install", install: "playwright" };
  return { action: "stop", command: installCommand(s), found: s.candidates };
}

/** The one Vietnamese line printed when the suite cannot run for want of a browser. */
export function browserStopMessage(step: Extract<BrowserStep, { action: "stop" }>): string {
  const found = step.found.length > 0 ? `${step.found.join(", ")} có nhưng không khởi động được` : "không tìm thấy Chromium";
  return `✖ Bỏ qua end-to-end: ${found}. Hãy chạy \`${step.command}\` rồi chạy lại \`npm test\`.`;
}
