// Every route handler under app/api/v1 is described by the OpenAPI document, with each method it
// exports, and the document describes nothing that does not exist. Routes are found on disk, so
// a new endpoint cannot be forgotten. The catch-all [...path] is not an endpoint: it answers 404.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { OPENAPI_DOCUMENT } from "../lib/api/openapi";

const ROOT = path.join("app", "api", "v1");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === "route.ts" ? [full] : [];
  });
}

/** app/api/v1/reports/[id]/route.ts → /api/v1/reports/{id} */
const urlOf = (file: string) => `/${path.dirname(file).split(path.sep).slice(1).map((s) => s.replace(/^\[(\w+)\]$/, "{$1}")).join("/")}`;
const exportedMethods = (file: string) => METHODS.filter((m) => new RegExp(`export\\s+(?:const|async\\s+function|function)\\s+${m}\\b`).test(readFileSync(file, "utf8")));

const endpoints = routeFiles(ROOT).filter((f) => !f.includes("[..."));
const documented = OPENAPI_DOCUMENT.paths as Record<string, Partial<Record<Lowercase<(typeof METHODS)[number]>, unknown>>>;

describe("the OpenAPI document and app/api/v1", () => {
  it("finds the routes on disk (the walk itself works)", () => {
    expect(endpoints.map(urlOf)).toEqual(expect.arrayContaining(["/api/v1/reports/summary", "/api/v1/reports/trend", "/api/v1/periodic-reports", "/api/v1/openapi.json"]));
  });

  it("describes every route file with every method it exports", () => {
    const missing = endpoints.flatMap((file) => exportedMethods(file).filter((m) => !documented[urlOf(file)]?.[m.toLowerCase() as Lowercase<typeof m>]).map((m) => `${m} ${urlOf(file)}`));
    expect(missing).toEqual([]);
  });

  it("describes no path or method that has no handler", () => {
    const byUrl = new Map(endpoints.map((f) => [urlOf(f), exportedMethods(f).map((m) => m.toLowerCase())]));
    const extra = Object.entries(documented).flatMap(([url, ops]) => Object.keys(ops).filter((m) => !byUrl.get(url)?.includes(m)).map((m) => `${m} ${url}`));
    expect(extra).toEqual([]);
  });
});

describe("the OpenAPI document", () => {
  const text = JSON.stringify(OPENAPI_DOCUMENT);

  it("is OpenAPI 3.1, version 1, with bearer and cookie security", () => {
    expect(OPENAPI_DOCUMENT.openapi).toBe("3.1.0");
    expect(OPENAPI_DOCUMENT.info.version).toBe("1");
    expect(Object.keys(OPENAPI_DOCUMENT.components.securitySchemes)).toEqual(["bearerAuth", "sessionCookie"]);
  });

  it("resolves every $ref", () => {
    const refs = [...text.matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(10);
    expect(refs.filter((r) => !(r in OPENAPI_DOCUMENT.components.schemas))).toEqual([]);
  });

  it("gives every operation an id, responses with 4xx errors, and every authenticated one a 401", () => {
    for (const [url, ops] of Object.entries(documented)) {
      for (const op of Object.values(ops) as { operationId?: string; responses: Record<string, unknown>; security?: unknown[] }[]) {
        expect(op.operationId, url).toBeTruthy();
        if (op.security?.length !== 0) expect(Object.keys(op.responses), url).toEqual(expect.arrayContaining(["400", "401", "403"]));
      }
    }
  });
});
