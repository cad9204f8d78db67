import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { disagreementsWithNext, firstLoadChunks, pageEntries, parseClientReferenceManifest, routeChunks, routeOfEntry, weighRoutes } from "./first-load";

// The shape Next 16.4 writes: a script assigning the page's manifest to a global.
const manifest = (entry: string, entryJSFiles: Record<string, string[]>) =>
  `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST[${JSON.stringify(entry)}] = ${JSON.stringify({ moduleLoading: { prefix: "" }, clientModules: {}, entryCSSFiles: {}, entryJSFiles })};\n`;

describe("routeOfEntry", () => {
  it("drops route groups, parallel slots and the /page suffix", () => {
    expect(routeOfEntry("/(app)/page")).toBe("/");
    expect(routeOfEntry("/(app)/de-an/[id]/page")).toBe("/de-an/[id]");
    expect(routeOfEntry("/(public)/dang-nhap/page")).toBe("/dang-nhap");
    expect(routeOfEntry("/@modal/x/page")).toBe("/x");
  });
  it("is null for route handlers", () => {
    expect(routeOfEntry("/api/health/route")).toBeNull();
  });
});

describe("pageEntries", () => {
  it("keeps pages, sorted by route, without the internal global-error page", () => {
    const entries = pageEntries({ "/(app)/de-an/page": "x", "/(app)/page": "x", "/api/health/route": "x", "/_global-error/page": "x", "/_not-found/page": "x" });
    expect(entries).toEqual([
      { entry: "/(app)/page", route: "/" },
      { entry: "/_not-found/page", route: "/_not-found" },
      { entry: "/(app)/de-an/page", route: "/de-an" },
    ]);
  });
});

describe("parseClientReferenceManifest and firstLoadChunks", () => {
  const entryJSFiles = {
    "[project]/app/layout": ["static/chunks/a.js", "static/chunks/b.js"],
    "[project]/app/(app)/layout": ["static/chunks/a.js", "static/chunks/c.js"],
    "[project]/app/(app)/de-an/page": ["static/chunks/a.js", "static/chunks/d.js", "static/css/x.css"],
  };
  it("reads the page's entryJSFiles without touching this process's globals", () => {
    const parsed = parseClientReferenceManifest(manifest("/(app)/de-an/page", entryJSFiles), "/(app)/de-an/page");
    expect(parsed).toEqual(entryJSFiles);
    expect((globalThis as { __RSC_MANIFEST?: unknown }).__RSC_MANIFEST).toBeUndefined();
  });
  it("throws when the manifest is for another entry", () => {
    expect(() => parseClientReferenceManifest(manifest("/(app)/page", entryJSFiles), "/(app)/de-an/page")).toThrow(/entryJSFiles/);
  });
  it("unions every segment's JS and the root files once each, CSS left out", () => {
    expect(firstLoadChunks(entryJSFiles, ["static/chunks/r.js", "static/chunks/a.js"])).toEqual(["static/chunks/a.js", "static/chunks/b.js", "static/chunks/c.js", "static/chunks/d.js", "static/chunks/r.js"]);
  });
});

describe("routeChunks, weighRoutes and the check against Next's list", () => {
  const dist = mkdtempSync(path.join(tmpdir(), "first-load-"));
  mkdirSync(path.join(dist, "server/app/(app)/de-an"), { recursive: true });
  mkdirSync(path.join(dist, "static/chunks"), { recursive: true });
  writeFileSync(path.join(dist, "server/app-paths-manifest.json"), JSON.stringify({ "/(app)/page": "app/(app)/page.js", "/(app)/de-an/page": "app/(app)/de-an/page.js", "/api/health/route": "app/api/health/route.js" }));
  writeFileSync(path.join(dist, "build-manifest.json"), JSON.stringify({ rootMainFiles: ["static/chunks/root.js"], polyfillFiles: ["static/chunks/poly.js"] }));
  writeFileSync(path.join(dist, "server/app/(app)/page_client-reference-manifest.js"), manifest("/(app)/page", { "[project]/app/layout": ["static/chunks/shared.js"] }));
  writeFileSync(path.join(dist, "server/app/(app)/de-an/page_client-reference-manifest.js"), manifest("/(app)/de-an/page", { "[project]/app/layout": ["static/chunks/shared.js"], "[project]/app/(app)/de-an/page": ["static/chunks/list.js"] }));
  const bodies = { "root.js": "r".repeat(5000), "shared.js": "s ".repeat(3000), "list.js": JSON.stringify(Array.from({ length: 500 }, (_, i) => i)) };
  for (const [name, body] of Object.entries(bodies)) writeFileSync(path.join(dist, "static/chunks", name), body);
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const gz = (name: keyof typeof bodies) => gzipSync(Buffer.from(bodies[name])).length;

  it("lists each page route with its first-load chunks, polyfills not counted", () => {
    expect(routeChunks(dist)).toEqual([
      { route: "/", entry: "/(app)/page", chunks: ["static/chunks/shared.js", "static/chunks/root.js"] },
      { route: "/de-an", entry: "/(app)/de-an/page", chunks: ["static/chunks/shared.js", "static/chunks/list.js", "static/chunks/root.js"] },
    ]);
  });
  it("sums the gzipped size of each chunk", () => {
    const [home, list] = weighRoutes(routeChunks(dist), dist);
    expect(home!.gzipBytes).toBe(gz("shared.js") + gz("root.js"));
    expect(list!.gzipBytes).toBe(gz("shared.js") + gz("list.js") + gz("root.js"));
    expect(list!.rawBytes).toBe(bodies["shared.js"].length + bodies["list.js"].length + bodies["root.js"].length);
  });
  it("names the routes whose chunks differ from route-bundle-stats.json (project-relative paths)", () => {
    const routes = routeChunks(dist);
    const same = [{ route: "/", firstLoadChunkPaths: [".next/static/chunks/root.js", ".next/static/chunks/shared.js"] }];
    expect(disagreementsWithNext(routes, same)).toEqual([]);
    const other = [{ route: "/de-an", firstLoadChunkPaths: [".next/static/chunks/shared.js", ".next/static/chunks/root.js"] }];
    expect(disagreementsWithNext(routes, other)).toEqual(["/de-an"]);
  });
});
