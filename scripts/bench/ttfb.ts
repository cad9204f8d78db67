// Framework ratio (issue #12): a page's time to first byte over that of the trivial page /ping,
// the lightest signed-in page (proxy, session, app shell and nothing else; see app/(app)/ping).
// Node's http client on one kept-alive socket, so the figure is the server's, not a connect; the
// clock runs from the request's start to the first body byte. No page has a loading.tsx; /bao-cao
// streams its figures behind a Suspense boundary below its shell (decision 062), so its first byte
// is the shell's work and its total ("trọn") the whole page's. Requests are sequential; each page is
// paired with a fresh block of /ping measured just before it.
import http from "node:http";
import { median, ratio } from "./stats";

export const TTFB_BUDGET = 3;
export const TRIVIAL_PAGE = "/ping";

export type TtfbRow = { page: string; ttfbMedianMs: number; trivialMedianMs: number; ratio: number; budget: typeof TTFB_BUDGET; ok: boolean; samples: number; totalMedianMs: number };
export type TtfbOptions = { origin: string; cookie: string; pages: readonly string[]; samples?: number; warmup?: number; trivial?: string };

type Timing = { ttfbMs: number; totalMs: number };

function timeOnce(agent: http.Agent, url: URL, cookie: string): Promise<Timing> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    let first: bigint | null = null;
    const req = http.get(url, { agent, headers: { cookie, accept: "text/html" } }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        reject(new Error(`${url.pathname}${url.search} trả ${res.statusCode}${res.headers.location ? ` → ${res.headers.location}` : ""} (phiên đăng nhập hỏng hay trang lỗi?)`));
        return;
      }
      res.on("data", () => (first ??= process.hrtime.bigint()));
      res.on("end", () => {
        const end = process.hrtime.bigint();
        resolve({ ttfbMs: Number((first ?? end) - started) / 1e6, totalMs: Number(end - started) / 1e6 });
      });
      res.on("error", reject);
    });
    req.setTimeout(60_000, () => req.destroy(new Error(`${url.pathname}: quá 60 giây`)));
    req.on("error", reject);
  });
}

/** `warmup` unmeasured requests, then `samples` measured ones, one after another. */
async function block(agent: http.Agent, url: URL, cookie: string, warmup: number, samples: number): Promise<Timing[]> {
  const times: Timing[] = [];
  for (let i = 0; i < warmup + samples; i++) {
    const t = await timeOnce(agent, url, cookie);
    if (i >= warmup) times.push(t);
  }
  return times;
}

/** For each page: the trivial page's block then the page's (`warmup` unmeasured, `samples` ≥ 15 measured); medians and their ratio. */
export async function measureTtfb({ origin, cookie, pages, samples = 15, warmup = 3, trivial = TRIVIAL_PAGE }: TtfbOptions): Promise<TtfbRow[]> {
  if (samples < 15) throw new Error("measureTtfb: at least 15 samples per page");
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const trivialUrl = new URL(trivial, origin);
  const rows: TtfbRow[] = [];
  try {
    for (const page of pages) {
      const url = new URL(page, origin);
      // The trivial page's block just before the page's: adjacent in time, so drift in the machine's
      // load moves both alike, and not each one right after a heavy request: alternating them, /ping
      // measured 74-78 ms beside the dashboard and 31-44 ms beside light pages (the heavy page's
      // after-work lands on the next request), which flattered the heavy pages' ratios.
      const trivialTimes = await block(agent, trivialUrl, cookie, warmup, samples);
      const pageTimes = await block(agent, url, cookie, warmup, samples);
      const ttfbMedianMs = round1(median(pageTimes.map((t) => t.ttfbMs)));
      const trivialMedianMs = round1(median(trivialTimes.map((t) => t.ttfbMs)));
      const r = ratio(ttfbMedianMs, trivialMedianMs);
      rows.push({ page, ttfbMedianMs, trivialMedianMs, ratio: r, budget: TTFB_BUDGET, ok: r <= TTFB_BUDGET, samples, totalMedianMs: round1(median(pageTimes.map((t) => t.totalMs))) });
    }
  } finally {
    agent.destroy();
  }
  return rows;
}

function round1(ms: number): number {
  return Math.round(ms * 10) / 10;
}
