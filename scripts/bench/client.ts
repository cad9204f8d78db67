// The client part of `npm run bench` (issue #12): first-load JS of every route against 200 KB
// gzipped (from the build, first-load.ts explains how) and the Lighthouse performance score of the
// dashboard and the đề án list against 90 (lighthouse.ts). Needs a production build in `distDir`
// and that build served at `origin`, signed in with `cookie`.
import { disagreementsWithNext, readNextRouteStats, routeChunks, weighRoutes } from "./first-load";
import { measureLighthouse, type LighthouseRow } from "./lighthouse";
import { kb } from "./stats";

export const FIRST_LOAD_BUDGET_KB = 200;
export const LIGHTHOUSE_PAGES = ["/", "/de-an"] as const;

/** `ownKb`: beyond the chunks every route loads (React, Next's runtime, the shell); `largestOwnChunk` is what to look at first when over. */
export type FirstLoadRow = { route: string; firstLoadJsKb: number; budgetKb: typeof FIRST_LOAD_BUDGET_KB; ok: boolean; rawKb: number; ownKb: number; largestOwnChunk: { file: string; gzipKb: number } | null };
export type ClientResults = { routes: FirstLoadRow[]; lighthouse: LighthouseRow[]; method: string };

/** Per-route first-load JS of the build in `distDir`, heaviest first; throws if it disagrees with Next's own route-bundle-stats.json. */
export function firstLoadJs(distDir = ".next"): FirstLoadRow[] {
  const routes = routeChunks(distDir);
  const next = readNextRouteStats(distDir);
  const differ = next ? disagreementsWithNext(routes, next, distDir) : [];
  if (differ.length) throw new Error(`Danh sách chunk khác route-bundle-stats.json của Next ở: ${differ.join(", ")}`);
  const weights = weighRoutes(routes, distDir);
  const shared = new Set(weights[0]?.chunks.map((c) => c.file).filter((f) => weights.every((w) => w.chunks.some((c) => c.file === f))));
  return weights
    .map((w): FirstLoadRow => {
      const own = w.chunks.filter((c) => !shared.has(c.file));
      const largest = own.reduce<(typeof own)[number] | null>((a, b) => (!a || b.gzipBytes > a.gzipBytes ? b : a), null);
      const firstLoadJsKb = kb(w.gzipBytes);
      return { route: w.route, firstLoadJsKb, budgetKb: FIRST_LOAD_BUDGET_KB, ok: firstLoadJsKb <= FIRST_LOAD_BUDGET_KB, rawKb: kb(w.rawBytes), ownKb: kb(own.reduce((sum, c) => sum + c.gzipBytes, 0)), largestOwnChunk: largest && { file: largest.file, gzipKb: kb(largest.gzipBytes) } };
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
