// Whether the production build in .next is older than the sources it is built from: the load test
// builds only then (or always fails with --skip-build and no build), so a rerun starts in seconds.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const SOURCES = ["app", "lib", "components", "messages", "proxy.ts", "instrumentation.ts", "next.config.ts", "package-lock.json", "prisma/schema.prisma", "postcss.config.mjs", "public"];
const SKIP = new Set(["node_modules", ".next", "generated"]);

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return entry.endsWith(".test.ts") || entry.endsWith(".test.tsx") ? 0 : stat.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(entry)) if (!SKIP.has(name)) newest = Math.max(newest, newestMtime(path.join(entry, name)));
  return newest;
}

/** Why a build is needed ("missing", "stale"), or null when .next/BUILD_ID is newer than every source. */
export function buildNeeded(): "missing" | "stale" | null {
  if (!existsSync(".next/BUILD_ID")) return "missing";
  const built = statSync(".next/BUILD_ID").mtimeMs;
  return SOURCES.some((s) => newestMtime(s) > built) ? "stale" : null;
}

/** `npm run build` (Prisma client, then next build), its output passed through. */
export function runBuild(): void {
  const result = spawnSync("npm", ["run", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error(`next build thất bại (mã ${result.status ?? result.signal}).`);
}
