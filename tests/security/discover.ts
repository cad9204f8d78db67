// Finds what the security tests must cover from the code itself, so a new server action, route
// handler or input schema cannot be forgotten: every "use server" module's exported actions, every
// app route handler, and every zod schema exported by a lib schemas module.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { ServerAction } from "../../lib/action";

const ROOT = path.resolve(import.meta.dirname, "../..");

function filesUnder(dir: string, accept: (name: string) => boolean): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && accept(e.name))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)))
    .sort();
}

export type DiscoveredAction = { key: string; file: string; name: string; action: ServerAction<unknown> };
export type DiscoveredRoute = { key: string; file: string; method: string; handler: (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> };
export type DiscoveredSchema = { key: string; schema: z.ZodType };

/** Every export of every "use server" module under app/. A non-action export is reported, not skipped. */
export async function discoverActions(): Promise<{ actions: DiscoveredAction[]; unwrapped: string[] }> {
  const files = filesUnder("app", (n) => /\.tsx?$/.test(n)).filter((f) => /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(readFileSync(path.join(ROOT, f), "utf8")));
  const actions: DiscoveredAction[] = [];
  const unwrapped: string[] = [];
  for (const file of files) {
    const mod = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      const key = `${file}#${name}`;
      if (typeof value === "function" && "invoke" in value) actions.push({ key, file, name, action: value as ServerAction<unknown> });
      else unwrapped.push(key);
    }
  }
  return { actions, unwrapped };
}

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Every HTTP method exported by an app route handler (route.ts). */
export async function discoverRoutes(): Promise<DiscoveredRoute[]> {
  const routes: DiscoveredRoute[] = [];
  for (const file of filesUnder("app", (n) => n === "route.ts")) {
    const mod = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    for (const method of METHODS) if (typeof mod[method] === "function") routes.push({ key: `${method} ${file}`, file, method, handler: mod[method] as DiscoveredRoute["handler"] });
  }
  return routes;
}

/** Every zod schema exported from lib/**\/schemas.ts. */
export async function discoverSchemas(): Promise<DiscoveredSchema[]> {
  const found: DiscoveredSchema[] = [];
  for (const file of filesUnder("lib", (n) => n === "schemas.ts")) {
    const mod = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) if (value instanceof z.ZodType) found.push({ key: `${file}#${name}`, schema: value });
  }
  return found;
}

/** Words of an identifier: "recordAllocationAction" → record, allocation. */
function words(name: string): string[] {
  return name.replace(/(Action|InputSchema|Schema|Input)$/g, "").split(/(?=[A-Z])/).map((w) => w.toLowerCase()).filter((w) => w.length > 2);
}

/** The lib schemas whose names share the most words with the action's, best first (at most `limit`). */
export function schemasNamedLike(actionName: string, schemas: readonly DiscoveredSchema[], limit = 3): DiscoveredSchema[] {
  const mine = new Set(words(actionName));
  return schemas
    .map((s) => ({ s, score: words(s.key.split("#")[1]!).filter((w) => mine.has(w)).length }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((x) => x.s);
}
