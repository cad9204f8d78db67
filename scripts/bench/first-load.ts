// First-load JavaScript per route, from the production build in .next (issue #12, "Client").
//
// Method, as Next 16.4 itself computes it for .next/diagnostics/route-bundle-stats.json
// (node_modules/next/dist/build/route-bundle-stats.js; its `next build` table no longer prints sizes):
//   1. .next/server/app-paths-manifest.json lists every app entry ("/(app)/de-an/[id]/page");
//      the route is that key without route groups and without "/page" ("/de-an/[id]").
//   2. The page's client reference manifest (.next/server/app/<entry>_client-reference-manifest.js,
//      a script that sets globalThis.__RSC_MANIFEST[entry]) has `entryJSFiles`: for each segment of
//      the tree (root layout, error, not-found, global-error, group layout, page) the chunks its
//      client components need. The browser loads all of them before it can hydrate that page.
//   3. Plus .next/build-manifest.json `rootMainFiles`: the runtime and React, loaded on every page.
//      (`polyfillFiles` are `nomodule` scripts that a current browser skips: not counted.)
//   The union of 2 and 3 is the route's first-load set; we gzip each chunk (zlib.gzipSync, the level
//   `next start` compresses with) and sum. When Next wrote route-bundle-stats.json the two chunk lists
//   are compared, so a change in Next's layout shows up as a mismatch rather than as a wrong number.
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";

export type RouteChunks = { route: string; entry: string; chunks: string[] };

/** "/(app)/de-an/[id]/page" → "/de-an/[id]"; "/(app)/page" → "/". Null for route handlers. */
export function routeOfEntry(entry: string): string | null {
  if (!entry.endsWith("/page")) return null;
  const segments = entry.slice(0, -"/page".length).split("/").filter((s) => s && !(s.startsWith("(") && s.endsWith(")")) && !s.startsWith("@"));
  return `/${segments.join("/")}`;
}

/** The `entryJSFiles` of one client reference manifest, run in an empty context (it only assigns a global). */
export function parseClientReferenceManifest(source: string, entry: string): Record<string, string[]> {
  const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> } = {};
  sandbox.globalThis = sandbox;
  vm.runInNewContext(source, sandbox, { timeout: 1000 });
  const manifest = sandbox.__RSC_MANIFEST?.[entry];
  if (!manifest?.entryJSFiles) throw new Error(`Client reference manifest không có entryJSFiles cho ${entry}.`);
  return manifest.entryJSFiles;
}

/** Union of every segment's chunks and the shared root files, JS only, in first-seen order. */
export function firstLoadChunks(entryJSFiles: Record<string, string[]>, rootMainFiles: readonly string[]): string[] {
  return [...new Set([...Object.values(entryJSFiles).flat(), ...rootMainFiles].filter((f) => f.endsWith(".js")))];
}

/** Routes a user can open: page entries, without Next's internal global-error page. */
export function pageEntries(appPathsManifest: Record<string, string>): { route: string; entry: string }[] {
  return Object.keys(appPathsManifest)
    .map((entry) => ({ entry, route: routeOfEntry(entry) }))
    .filter((e): e is { entry: string; route: string } => e.route !== null && e.route !== "/_global-error")
    .sort((a, b) => a.route.localeCompare(b.route));
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

/** Every page route of the build in `distDir` with the chunk files (relative to distDir) of its first load. */
export function routeChunks(distDir = ".next"): RouteChunks[] {
  const appPaths = readJson<Record<string, string>>(path.join(distDir, "server/app-paths-manifest.json"));
  const { rootMainFiles = [] } = readJson<{ rootMainFiles?: string[] }>(path.join(distDir, "build-manifest.json"));
  return pageEntries(appPaths).map(({ route, entry }) => {
    const file = path.join(distDir, "server/app", `${entry}_client-reference-manifest.js`);
    return { route, entry, chunks: firstLoadChunks(parseClientReferenceManifest(readFileSync(file, "utf8"), entry), rootMainFiles) };
  });
}

/**
 * Routes whose chunk set differs from Next's own route-bundle-stats.json (paths there are relative
 * to the project, here to distDir). Empty when the file is absent: it is a diagnostic, not required.
 */
export function disagreementsWithNext(routes: readonly RouteChunks[], stats: readonly { route: string; firstLoadChunkPaths: string[] }[], distDir = ".next"): string[] {
  const theirs = new Map(stats.map((s) => [s.route, new Set(s.firstLoadChunkPaths.map((p) => path.relative(distDir, p)))]));
  return routes
    .filter((r) => {
      const other = theirs.get(r.route);
      return other !== undefined && (other.size !== r.chunks.length || r.chunks.some((c) => !other.has(c)));
    })
    .map((r) => r.route);
}

export type RouteWeight = { route: string; gzipBytes: number; rawBytes: number; chunks: { file: string; gzipBytes: number }[] };

/** Gzipped and raw bytes of each route's first load; each chunk is read and compressed once. */
export function weighRoutes(routes: readonly RouteChunks[], distDir = ".next"): RouteWeight[] {
  const cache = new Map<string, { gzip: number; raw: number }>();
  const size = (file: string) => {
    let s = cache.get(file);
    if (!s) {
      const bytes = readFileSync(path.join(distDir, file));
      s = { gzip: gzipSync(bytes).length, raw: bytes.length };
      cache.set(file, s);
    }
    return s;
  };
  return routes.map((r) => {
    const chunks = r.chunks.map((file) => ({ file, gzipBytes: size(file).gzip }));
    return { route: r.route, gzipBytes: chunks.reduce((s, c) => s + c.gzipBytes, 0), rawBytes: r.chunks.reduce((s, f) => s + size(f).raw, 0), chunks };
  });
}

/** Next's own list, if this build wrote it. */
export function readNextRouteStats(distDir = ".next"): { route: string; firstLoadChunkPaths: string[] }[] | null {
  try {
    return readJson(path.join(distDir, "diagnostics/route-bundle-stats.json"));
  } catch {
    return null;
  }
}
