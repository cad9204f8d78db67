// Hostile HTTP requests for the route-handler fuzz test (tests/integration/fuzz-routes.test.ts):
// path params, query strings and bodies from fast-check, shaped by what the route file itself
// reads (its dynamic segments, the names it asks the query or form for) and by the lib schemas
// named like its path, with hostile leaves from arbitraries.ts.
import fc from "fast-check";
import { NextRequest } from "next/server";
import { z } from "zod";
import { HOSTILE_STRINGS, hostileString, inputsFor } from "./arbitraries";

export type Segment = { name: string; catchAll: boolean };
export type Body = { contentType: string | null; data: BodyInit | null; declaredLength?: string };
export type RouteCase = { params: Record<string, string | string[]>; query: [string, string][]; body: Body | null; locale: "vi" | "en" };

/** The route's URL path ("/de-an/[id]/pdf") and its dynamic segments, from the file's place under app/. */
export function routeShape(file: string): { path: string; segments: Segment[] } {
  const parts = file.replace(/^app\//, "").replace(/\/?route\.ts$/, "").split("/").filter((p) => p && !/^\(.*\)$/.test(p));
  const segments = parts.flatMap((p) => {
    const m = /^\[(\.\.\.)?(\w+)\]$/.exec(p);
    return m ? [{ name: m[2]!, catchAll: Boolean(m[1]) }] : [];
  });
  return { path: `/${parts.join("/")}`, segments };
}

/** The names a route file asks of the query or the form: `.get("year")`, `getAll("format")`, `text("kind")`. */
export function namesReadBy(source: string): string[] {
  return [...new Set([...source.matchAll(/\b(?:get|getAll|text)\(\s*["'](\w+)["']\s*\)/g)].map((m) => m[1]!))];
}

/** Short literals of a route file ("mau-6", "xlsx"): the values its own checks accept, for its params and query. */
export function literalsOf(source: string): string[] {
  return [...new Set([...source.matchAll(/["']([A-Za-z0-9][A-Za-z0-9-]{1,11})["']/g)].map((m) => m[1]!))];
}

/** Words of the route's fixed path segments, to find the lib schemas named like it ("api" and "v1" say nothing of it). */
export function routeName(path: string): string {
  return path.split("/").filter((p) => p && !p.startsWith("[") && p !== "api" && p !== "v1").flatMap((p) => p.split(/[-.]/)).map((w, i) => (i ? w[0]!.toUpperCase() + w.slice(1) : w)).join("");
}

/** A string that fits in a URL: lone surrogates would make encodeURIComponent throw before the handler is reached. */
const wellFormed = (s: string) => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");

/** Raw bytes a file field may carry: a plausible PDF, a PNG header, an executable, nothing, noise. */
const fileBytes = fc.oneof(
  fc.constant(new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")),
  fc.constant(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  fc.constant(new TextEncoder().encode("MZ\x90\x00<script>alert(1)</script>")),
  fc.constant(new Uint8Array()),
  fc.uint8Array({ maxLength: 256 }),
);

const json = (value: unknown) => JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v)) ?? "";

/** Content types a client may claim, right or wrong for what follows. */
const contentType = fc.constantFrom<string | null>(null, "application/json", "application/json; charset=utf-8", "APPLICATION/JSON", "text/plain", "application/x-www-form-urlencoded", "application/xml", "multipart/form-data", "application/octet-stream", "json", ";;");

/**
 * What is known of one route: its segments, the names it reads, plausible values (all, and by
 * name where known), ids of real rows, and the schemas for its bodies.
 */
export type Shape = { segments: Segment[]; names: readonly string[]; plausible: readonly string[]; byName: Readonly<Record<string, readonly string[]>>; ids: readonly string[]; schemas: readonly z.ZodType[] };

function paramValue(shape: Shape, name: string): fc.Arbitrary<string> {
  const fitting = shape.byName[name]?.length ? shape.byName[name]! : shape.ids;
  return fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...fitting) }, { weight: 1, arbitrary: fc.constantFrom(...shape.ids, ...shape.plausible) }, { weight: 3, arbitrary: hostileString }, { weight: 1, arbitrary: fc.uuid() });
}

/** A plausible query: some known names with values that fit them, then at most one hostile value or junk key. */
function plausibleQuery(shape: Shape): fc.Arbitrary<[string, string][]> {
  const names = shape.names.filter((n) => shape.byName[n]?.length);
  if (!names.length) return fc.constant([]);
  const fitting = fc.subarray(names, { maxLength: Math.min(4, names.length) }).chain((chosen) => fc.tuple(...chosen.map((n) => fc.constantFrom(...shape.byName[n]!).map((v): [string, string] => [n, v]))));
  const spoil = fc.oneof(
    { weight: 2, arbitrary: fc.constant(null) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...names), hostileString) },
    { weight: 1, arbitrary: fc.tuple(fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ maxLength: 8 })), fc.constantFrom(...shape.plausible)) },
  );
  return fc.tuple(fitting, spoil).map(([pairs, bad]) => {
    if (!bad) return pairs;
    const at = pairs.findIndex(([n]) => n === bad[0]);
    return at >= 0 ? pairs.map((p, i) => (i === at ? bad : p)) : [...pairs, bad];
  });
}

function queryPairs(shape: Shape): fc.Arbitrary<[string, string][]> {
  return fc.oneof({ weight: 1, arbitrary: randomQuery(shape) }, { weight: 2, arbitrary: plausibleQuery(shape) });
}

function randomQuery(shape: Shape): fc.Arbitrary<[string, string][]> {
  const name = fc.oneof({ weight: 4, arbitrary: shape.names.length ? fc.constantFrom(...shape.names) : fc.string({ maxLength: 8 }) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }, { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) });
  const value = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...shape.plausible, ...shape.ids) }, { weight: 2, arbitrary: hostileString }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });
  // Repeated keys come from drawing a name twice, and from an explicit duplicate of the first pair.
  return fc.tuple(fc.array(fc.tuple(name, value), { maxLength: 6 }), fc.boolean()).map(([pairs, repeat]) => (repeat && pairs[0] ? [...pairs, [pairs[0][0], `${pairs[0][1]}2`]] : pairs));
}

function body(shape: Shape): fc.Arbitrary<Body | null> {
  const value = inputsFor(shape.schemas, shape.ids);
  const fileName = fc.oneof({ weight: 3, arbitrary: fc.constantFrom("de-nghi.pdf", "a.png", "x.exe", "") }, { weight: 1, arbitrary: hostileString });
  const form = fc.tuple(queryPairs(shape), fc.option(fc.tuple(fileBytes, fileName), { nil: undefined }))
    .map(([fields, file]): Body => {
      const data = new FormData();
      for (const [k, v] of fields) data.append(wellFormed(k), wellFormed(v));
      if (file) data.append("file", new Blob([file[0] as BlobPart]), wellFormed(file[1]).slice(0, 300) || "f");
      return { contentType: null, data };
    });
  return fc.oneof(
    { weight: 4, arbitrary: fc.tuple(value, fc.constantFrom("application/json", "application/json; charset=utf-8")).map(([v, type]): Body => ({ contentType: type, data: json(v) })) },
    { weight: 2, arbitrary: fc.tuple(value, contentType).map(([v, type]): Body => ({ contentType: type, data: json(v) })) },
    { weight: 2, arbitrary: fc.tuple(hostileString, contentType).map(([text, type]): Body => ({ contentType: type, data: wellFormed(text) })) },
    { weight: 2, arbitrary: form },
    { weight: 1, arbitrary: fc.constantFrom<Body>({ contentType: "application/json", data: "{\"rows\": [" }, { contentType: "application/json", data: "[".repeat(100_000) }, { contentType: "application/json", data: new Uint8Array([0xff, 0xfe, 0x00]) }) },
    // Huge, or declaring a length that is not the body's.
    { weight: 1, arbitrary: fc.constantFrom<Body>({ contentType: "application/json", data: json({ rows: [{ note: "x".repeat(3 * 1024 * 1024) }] }) }, { contentType: "multipart/form-data; boundary=x", data: "--x\r\n", declaredLength: "999999999999" }, { contentType: "application/json", data: "{}", declaredLength: "-1" }, { contentType: "application/json", data: "{}", declaredLength: "abc" }) },
    { weight: 1, arbitrary: fc.constant(null) },
  );
}

/** One hostile request for a route method: params, query, body (for writing methods) and the UI language. */
export function routeCase(shape: Shape, writes: boolean): fc.Arbitrary<RouteCase> {
  const params = fc.record(Object.fromEntries(shape.segments.map((s) => [s.name, s.catchAll ? fc.array(paramValue(shape, s.name), { minLength: 1, maxLength: 4 }) : paramValue(shape, s.name)])) as Record<string, fc.Arbitrary<string | string[]>>);
  return fc.record({ params, query: queryPairs(shape), body: writes ? body(shape) : fc.constant(null), locale: fc.constantFrom("vi" as const, "en" as const) });
}

const ORIGIN = "http://localhost:3000";

/** The request as Next would hand it to the handler, with the caller's headers. */
export function buildRequest(method: string, path: string, c: RouteCase, headers: Record<string, string>): NextRequest {
  const filled = path.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_m, name: string) => {
    const v = c.params[name]!;
    return (Array.isArray(v) ? v : [v]).map((s) => encodeURIComponent(wellFormed(s))).join("/");
  });
  const url = new URL(filled, ORIGIN);
  for (const [k, v] of c.query) url.searchParams.append(wellFormed(k), wellFormed(v));
  const all = new Headers({ host: "localhost:3000", ...headers });
  if (c.body?.contentType) all.set("content-type", c.body.contentType);
  if (c.body?.declaredLength) all.set("content-length", c.body.declaredLength);
  const init = { method, headers: all, ...(c.body?.data != null ? { body: c.body.data, duplex: "half" } : {}) };
  return new NextRequest(url, init as ConstructorParameters<typeof NextRequest>[1]);
}

/**
 * Runs `fn` inside the request scope Next gives a route handler (work and request stores), so
 * code that asks next/headers for the request's cookies and headers (next-auth) gets this
 * request's. Needs globalThis.AsyncLocalStorage set before Next's modules load.
 */
export async function inRequestScope<T>(request: Request, fn: () => Promise<T>): Promise<T> {
  const { workAsyncStorage } = await import("next/dist/server/app-render/work-async-storage.external");
  const { workUnitAsyncStorage } = await import("next/dist/server/app-render/work-unit-async-storage.external");
  const { createRequestStoreForAPI } = await import("next/dist/server/async-storage/request-store");
  const url = new URL(request.url);
  const store = createRequestStoreForAPI({ headers: Object.fromEntries(request.headers) } as never, { pathname: url.pathname, search: url.search }, undefined as never, () => undefined, undefined as never, undefined);
  const work = { route: url.pathname, forceStatic: false, dynamicShouldError: false, isStaticGeneration: false };
  return workAsyncStorage.run(work as never, () => workUnitAsyncStorage.run(store as never, fn));
}
