// Lighthouse performance score of a signed-in page (issue #12, "Client"), with Debian's chromium.
// Lighthouse 12.8 (13.x needs Node ≥ 22.19; the project supports 20.19), performance category only,
// its desktop preset (desktop screen and user agent, simulated 40 ms RTT / 10 Mbit/s, no CPU
// slowdown). Each page is run `runs` times in one browser; the run with the median score is kept
// whole (its metrics belong together). The session cookie goes on every request (extraHeaders).
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";
import { kb, medianRun } from "./stats";

export const LIGHTHOUSE_BUDGET = 90;
export const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";
/** What chromium needs here: as root in a container, no GPU, nothing fetched in the background. */
export const CHROME_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--headless=new"];

export type LighthouseMetrics = { lcpMs: number; tbtMs: number; cls: number; fcpMs: number; speedIndexMs: number; scriptTransferKb: number };
export type LighthouseRow = { page: string; score: number; budget: typeof LIGHTHOUSE_BUDGET; ok: boolean; metrics: LighthouseMetrics; runs: number[]; preset: "desktop" };

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];

function numeric(lhr: Lhr, audit: string): number {
  const value = lhr.audits[audit]?.numericValue;
  if (typeof value !== "number") throw new Error(`Lighthouse: không có số đo "${audit}" (${lhr.audits[audit]?.errorMessage ?? "không rõ"})`);
  return value;
}

/** Bytes of script transferred, from the resource-summary audit: gzipped as served, a check on first-load JS. */
function scriptTransfer(lhr: Lhr): number {
  const items = (lhr.audits["resource-summary"]?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined)?.items ?? [];
  return items.find((i) => i.resourceType === "script")?.transferSize ?? 0;
}

function summarise(lhr: Lhr): { score: number; metrics: LighthouseMetrics } {
  if (lhr.runtimeError) throw new Error(`Lighthouse ${lhr.finalDisplayedUrl}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = lhr.categories.performance?.score;
  if (typeof score !== "number") throw new Error(`Lighthouse ${lhr.finalDisplayedUrl}: không có điểm hiệu năng`);
  const round = (n: number) => Math.round(n);
  return {
    score: Math.round(score * 100),
    metrics: {
      lcpMs: round(numeric(lhr, "largest-contentful-paint")),
      tbtMs: round(numeric(lhr, "total-blocking-time")),
      cls: Math.round(numeric(lhr, "cumulative-layout-shift") * 1000) / 1000,
      fcpMs: round(numeric(lhr, "first-contentful-paint")),
      speedIndexMs: round(numeric(lhr, "speed-index")),
      scriptTransferKb: kb(scriptTransfer(lhr)),
    },
  };
}

export async function measureLighthouse({ origin, cookie, pages, runs = 3 }: { origin: string; cookie: string; pages: readonly string[]; runs?: number }): Promise<LighthouseRow[]> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS, logLevel: "silent" });
  try {
    const rows: LighthouseRow[] = [];
    for (const page of pages) {
      const url = new URL(page, origin).href;
      const results: { score: number; metrics: LighthouseMetrics }[] = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"], extraHeaders: { Cookie: cookie } }, desktopConfig);
        if (!result) throw new Error(`Lighthouse ${url}: không có kết quả`);
        // A lost session lands on the sign-in page and would score that page instead.
        if (new URL(result.lhr.finalDisplayedUrl).pathname !== new URL(url).pathname) throw new Error(`Lighthouse ${url} kết thúc ở ${result.lhr.finalDisplayedUrl} (phiên đăng nhập?)`);
        results.push(summarise(result.lhr));
      }
      const kept = medianRun(results);
      rows.push({ page, score: kept.score, budget: LIGHTHOUSE_BUDGET, ok: kept.score >= LIGHTHOUSE_BUDGET, metrics: kept.metrics, runs: results.map((r) => r.score), preset: "desktop" });
    }
    return rows;
  } finally {
    chrome.kill();
  }
}
