// The client part of `npm run bench` (issue #12): first-load JS of every route against 200 KB
// gzipped (from the build, first-load.ts explains how) and the Lighthouse performance score of the
// dashboard and the đề án list against 90 (lighthouse.ts). Needs a production build in `distDir`
// and that build served at `origin`, signed in with `cookie`.
import { disagreementsWithNext, readNextRouteStats, routeChunks, weighRoutes } from "./first-load";
import { measureLighthouse, type LighthouseRow } from "./lighthouse";
import { kb } from "./stats";

export const FIRST_LOAD_BUDGET_KB = 200;
export const LIGHTHOUSE_PAGES = ["/", "/de-an"] as const;

export type FirstLoadRow = { route: string; firstLoadJsKb: number; budgetKb: typeof FIRST_LOAD_BUDGET_KB; ok: boolean; rawKb: number; largestChunk: { file: string; gzipKb: number } };
export type ClientResults = { routes: FirstLoadRow[]; lighthouse: LighthouseRow[]; method: string };

/** Per-route first-load JS of the build in `distDir`, heaviest first; throws if it disagrees with Next's own route-bundle-stats.json. */
export function firstLoadJs(distDir = ".next"): FirstLoadRow[] {
  const routes = routeChunks(distDir);
  const next = readNextRouteStats(distDir);
  const differ = next ? disagreementsWithNext(routes, next, distDir) : [];
  if (differ.length) throw new Error(`Danh sách chunk khác route-bundle-stats.json của Next ở: ${differ.join(", ")}`);
  return weighRoutes(routes, distDir)
    .map((w): FirstLoadRow => {
      const largest = w.chunks.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a));
      const firstLoadJsKb = kb(w.gzipBytes);
      return { route: w.route, firstLoadJsKb, budgetKb: FIRST_LOAD_BUDGET_KB, ok: firstLoadJsKb <= FIRST_LOAD_BUDGET_KB, rawKb: kb(w.rawBytes), largestChunk: { file: largest.file, gzipKb: kb(largest.gzipBytes) } };
    })
    .sort((a, b) => b.firstLoadJsKb - a.firstLoadJsKb || a.route.localeCompare(b.route));
}

export async function measureClient({ origin, cookie, distDir = ".next", lighthouseRuns = 3 }: { origin: string; cookie: string; distDir?: string; lighthouseRuns?: number }): Promise<ClientResults> {
  const routes = firstLoadJs(distDir);
  const lighthouse = await measureLighthouse({ origin, cookie, pages: LIGHTHOUSE_PAGES, runs: lighthouseRuns });
  return {
    routes,
    lighthouse,
    method: "first-load JS: union of the page's client-reference-manifest entryJSFiles and build-manifest rootMainFiles, each chunk gzipped (zlib default level); Lighthouse 12.8 desktop preset, performance only, median of runs",
  };
}
