// Fuzzing every app route handler (issue #11 §6), against real PostgreSQL in a database of its own
// so the row counts are this file's alone. Routes are discovered from the code (every route.ts
// under app/, every exported method); requests come from fast-check (tests/security/
// route-requests.ts): hostile path params, query strings and bodies, shaped by what each route file
// reads and by the lib schemas named like its path. Each runs in-process as anonymous, an SCT and a
// provincial centre of province A, Cục staff, an admin and a caller with a garbage credential; for
// /api/v1 the roles call with real API tokens (or, sometimes, the session cookie). Expected, for
// every case: the handler resolves, never answers ≥ 500 (the database is up, so /api/health has no
// reason for its 503 either), echoes no markup in a text body, and when no case of a writing method
// succeeded (and always for GET), no table gained or lost a row. next-auth's own route is called
// too, inside the request scope Next gives it (tests/security/route-requests.ts inRequestScope).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { rowCounts, useOwnDatabase } from "./own-database";
import { REFLECTED_MARKUP } from "../security/arbitraries";
import { discoverRoutes, discoverSchemas, schemasNamedLike, type DiscoveredRoute } from "../security/discover";
import { recordFigures } from "../security/figures";
import { buildRequest, inRequestScope, literalsOf, namesReadBy, routeCase, routeName, routeShape, type RouteCase, type Shape } from "../security/route-requests";

// Next's request stores are AsyncLocalStorage instances created when its modules load; outside
// `next start` nobody installs the global they are made from.
await vi.hoisted(async () => {
  const { AsyncLocalStorage } = await import("node:async_hooks");
  (globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage = AsyncLocalStorage;
});

// The session lookup is the one seam replaced: the actor of an app route comes from next-auth's
// JWT cookie, which only a signed-in browser has. Everything below it (scope, policies, queries,
// PostgreSQL) is real. /api/v1 asks this only when a session cookie is present; tokens are real.
let current: Actor | null = null;
vi.mock("../../lib/auth/session", () => ({ getActor: async () => current, requireActor: async () => current }));
// next-intl's server functions work only under the React Server condition Next's bundler sets;
// this stands in for its request config (lib/i18n/request.ts) with the case's language.
let caseLocale: "vi" | "en" = "vi";
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("use-intl/core");
  const messages = { vi: (await import("../../messages/vi.json")).default, en: (await import("../../messages/en.json")).default };
  return {
    getLocale: async () => caseLocale,
    getTranslations: async (opts?: { locale?: "vi" | "en"; namespace?: string }) => createTranslator({ locale: opts?.locale ?? caseLocale, messages: messages[opts?.locale ?? caseLocale], namespace: opts?.namespace as never }),
  };
});
// Revalidation is the framework's cache, not the behaviour under test.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined, updateTag: () => undefined, refresh: () => undefined }));

const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
const SEED = Number(process.env.FUZZ_SEED ?? 20261203);
const WRITING = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const TEXTUAL = /^(text\/|application\/(json|problem\+json|xml))/i;

type Caller = { name: string; headers: (route: DiscoveredRoute, pick: number) => Record<string, string>; actor: Actor | null };

let callers: Caller[];
let routes: DiscoveredRoute[];
let ids: string[];
let plausible: string[];
let byName: Record<string, string[]>;
let reportNames: string[];
let schemas: Awaited<ReturnType<typeof discoverSchemas>>;
let db: typeof import("../../lib/db/client").db;
let storageDir: string | undefined;


/** How the cases ended, by status: how deep the requests reached past validation. */
const statuses: Record<string, number> = {};
/** The same, by route method: which ones the cases reached past their checks. */
const byRoute: Record<string, Record<string, number>> = {};
const totals = { cases: 0, routes: 0, unexpected: [] as string[], rejected: [] as string[], reflected: [] as string[], partial: [] as string[], unhandled: [] as string[], succeeded: new Set<string>() };
const onUnhandled = (reason: unknown) => totals.unhandled.push(String(reason).slice(0, 300));

/** Enough of a PDF for the upload's content check. */
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const SESSION_COOKIE = "next-auth.session-token=fuzz";
const GARBAGE_AUTH = ["Bearer", "Bearer ", "Basic dXNlcjpwYXNz", "Bearer kc_", "Bearer kc_00000000_xxxxxxxx", "bearer  kc_' OR 1=1 --", "Bearer <script>alert(1)</script>", "Token abc", "Bearer a b", `Bearer ${"k".repeat(10_000)}`];

beforeAll(async () => {
  process.on("unhandledRejection", onUnhandled);
  // A database and a storage directory of this file's own, before anything opens the lib's client.
  await useOwnDatabase("fuzz_routes");
  storageDir = await mkdtemp(path.join(tmpdir(), "kc-fuzz-routes-"));
  process.env.STORAGE_DIR = storageDir;
  ({ db } = await import("../../lib/db/client"));
  // As instrumentation.ts does at server start: zod speaks Vietnamese, as the API's messages do.
  await import("../../lib/i18n/zod-vietnamese");
  const world = await import("../fixtures/world");
  const { acceptanceInput, runningProject } = await import("../fixtures/implementation-world");
  const { createApiToken, revokeApiToken } = await import("../../lib/api-tokens/mutations");
  const { norm, kcqg } = await world.machineryNorm(db());
  // The report pages default to the current plan year: 2026 exists, as 2027 does (referenceBasics).
  const catalog = await db().contentCatalogVersion.findUniqueOrThrow({ where: { code: "ND235-2025" }, select: { id: true } });
  await db().planYear.create({ data: { year: 2026, sctSubmissionDeadline: new Date("2025-05-20"), registrationDeadline: new Date("2025-06-15"), contentCatalogVersionId: catalog.id } });
  const a = await world.provinceWorld(db(), "Tỉnh Thử Nghiệm A");
  const b = await world.provinceWorld(db(), "Tỉnh Thử Nghiệm B");
  const cuc = await world.cucStaff(db());
  const admin = await world.adminUser(db());
  const cucOrg = await db().organisation.findFirstOrThrow({ where: { kind: "CUC" }, select: { id: true } });
  const projectA = await world.draftProject(db(), { implementerId: a.centreOrg.id, provinceId: a.current.id, fundingSourceId: kcqg.id });
  const projectB = await world.draftProject(db(), { implementerId: b.centreOrg.id, provinceId: b.current.id, fundingSourceId: kcqg.id, status: "SUBMITTED_TO_SCT" });
  const runningA = await runningProject(db(), a, { cucOrgId: cucOrg.id, fundingSourceId: kcqg.id });
  const runningB = await runningProject(db(), b, { cucOrgId: cucOrg.id, fundingSourceId: kcqg.id });
  // A row behind every kind of id a route takes: plan, council, acceptance, contract, attachment.
  const { createPlan } = await import("../../lib/plans/assemble");
  const { createCouncil } = await import("../../lib/appraisals/councils");
  const { recordAcceptance } = await import("../../lib/acceptance/mutations");
  const { uploadAttachment } = await import("../../lib/attachments/mutations");
  const plan = await createPlan(cuc, { year: 2027, level: "NATIONAL", envelope: "500" });
  const council = await createCouncil(cuc, { planYear: 2027, name: "Hội đồng thẩm định thử nghiệm", decisionRef: "QĐ 1/QĐ-CĐMST", members: [{ userId: cuc.userId, role: "CHAIR" }, { name: "Nguyễn Thị Thư Ký", role: "SECRETARY", organisationId: cuc.organisationId }, { name: "Trần Văn Thành Viên", role: "MEMBER", organisationId: cuc.organisationId }] });
  const acceptance = await recordAcceptance(a.sct, acceptanceInput(runningA));
  const attachment = await uploadAttachment(a.centre, { projectId: projectA.id, kind: "REQUEST_LETTER" }, { name: "de-nghi.pdf", bytes: PDF });
  ids = [projectA.id, projectB.id, runningA.projectId, runningA.contractId, runningB.projectId, runningB.contractId, plan.id, council.id, acceptance.id, attachment.id, a.current.id, b.current.id, a.old.id, norm.id, a.centreOrg.id];
  const roles: [string, Actor][] = [["SCT A", a.sct], ["centre A", a.centre], ["Cục", cuc], ["admin", admin]];
  const tokens = new Map<string, string>();
  for (const [name, actor] of roles) tokens.set(name, (await createApiToken(actor, { name: `Fuzz ${name}`, expiresOn: "" })).token);
  const revoked = await createApiToken(a.sct, { name: "Fuzz revoked", expiresOn: "" });
  await revokeApiToken(a.sct, { id: revoked.id });
  const garbage = [...GARBAGE_AUTH, `Bearer ${revoked.token}`, `Bearer ${tokens.get("SCT A")!.slice(0, -1)}`, `Bearer ${tokens.get("SCT A")!.toUpperCase()}`];
  const isApi = (route: DiscoveredRoute) => route.file.startsWith("app/api/v1/");
  callers = [
    { name: "anonymous", actor: null, headers: () => ({}) },
    ...roles.map(([name, actor]): Caller => ({
      name,
      actor,
      // An API caller mostly sends its token; now and then the browser session, from this site or another.
      headers: (route, pick): Record<string, string> => (isApi(route) && pick % 4 !== 0 ? { authorization: `Bearer ${tokens.get(name)}` } : { cookie: SESSION_COOKIE, ...(pick % 8 === 4 ? { origin: "http://evil.example" } : {}) }),
    })),
    { name: "garbage credential", actor: null, headers: (_route, pick) => ({ authorization: garbage[pick % garbage.length]!, cookie: pick % 2 ? SESSION_COOKIE : "next-auth.session-token=<script>" }) },
  ];
  const { PRESETS, DIMENSIONS, BASES, SOURCES } = await import("../../lib/reports/query");
  const { SUBMITTABLE_PERIODS } = await import("../../lib/periodic-reports/periods");
  const { AttachmentKind, ProjectKind, ProjectStatus } = await import("../../lib/db/generated/enums");
  // Values a real client sends, so that some cases get past validation with one hostile value beside them.
  const years = ["2027", "2026", "2019"];
  byName = {
    year: years, period: [...SUBMITTABLE_PERIODS], preset: [...PRESETS], by: [...DIMENSIONS], basis: [...BASES], source: [...SOURCES], format: ["xlsx", "csv", "pdf"], include: ["all"],
    asOf: ["2026-12-01", "2027-06-30"], month: ["6", "12"], date: ["2026-09-30"], province: [a.current.code, a.current.id, b.current.id], kind: [...Object.values(AttachmentKind), ...Object.values(ProjectKind)], status: Object.values(ProjectStatus), subject: ["ACCEPTANCE", "CONTRACT"],
    id: [projectA.id, projectB.id, runningA.projectId, runningB.projectId, runningA.contractId, runningB.contractId, plan.id],
    // next-auth's own actions (its [...nextauth] segment).
    nextauth: ["session", "csrf", "providers", "signin", "signout", "callback", "credentials", "error", "_log"], acceptanceId: [acceptance.id], attachmentId: [attachment.id], councilId: [council.id],
  };
  plausible = [...new Set(Object.values(byName).flat())];
  reportNames = (await import("../../lib/api/report-params")).REPORT_PARAMETERS.map((p) => p.name);
  routes = await discoverRoutes();
  schemas = await discoverSchemas();
}, 300_000);

afterAll(async () => {
  process.off("unhandledRejection", onUnhandled);
  if (storageDir) await rm(storageDir, { recursive: true, force: true });
  const summary = `${totals.cases} cases over ${totals.routes} route methods × ${callers?.length ?? 0} callers (seed ${SEED}, ${RUNS} runs each); unexpected ${totals.unexpected.length}, rejected ${totals.rejected.length}, reflected markup ${totals.reflected.length}, partial writes ${totals.partial.length}, unhandled rejections ${totals.unhandled.length}`;
  console.log(`[fuzz-routes] ${summary}; statuses ${Object.entries(statuses).sort().map(([k, n]) => `${k} ${n}`).join(", ")}; route methods that answered 2xx: ${[...totals.succeeded].sort().join(", ") || "none"}`);
  recordFigures("fuzz-routes", {
    cases: totals.cases, routes: totals.routes, callers: callers?.length ?? 0, seed: SEED, runs: RUNS, statuses,
    unexpected: totals.unexpected.length, rejected: totals.rejected.length, reflected: totals.reflected.length, partial: totals.partial.length, unhandled: totals.unhandled.length,
    succeeded: [...totals.succeeded].sort(), byRoute,
  });
  if (process.env.FUZZ_VERBOSE) console.log(JSON.stringify(byRoute, null, 1));
});

const ROOT = path.resolve(import.meta.dirname, "../..");

/** The route file and the lib modules it imports: where the names it reads are spelled out. */
function sourcesOf(file: string): string[] {
  const source = readFileSync(path.join(ROOT, file), "utf8");
  const libs = [...source.matchAll(/from\s+["']@\/(lib\/[\w/.-]+)["']/g)].map((m) => path.join(ROOT, `${m[1]}.ts`)).filter((f) => existsSync(f));
  return [source, ...libs.map((f) => readFileSync(f, "utf8"))];
}

function shapeOf(route: DiscoveredRoute): { path: string; shape: Shape } {
  const { path: urlPath, segments } = routeShape(route.file);
  const [own, ...libs] = sourcesOf(route.file);
  // Routes that hand the whole query to lib's report parser take the names documented for it.
  const reports = [own!, ...libs].some((s) => /parseReportQuery|reports\/query/.test(s)) ? reportNames : [];
  const names = [...new Set([...[own!, ...libs].flatMap(namesReadBy), ...reports])];
  // A segment the route checks against its own literals ([sheet], [format]) is tried with them.
  const literals = literalsOf(own!);
  const fromLiterals = Object.fromEntries(segments.filter((s) => !byName[s.name]).map((s) => [s.name, literals]));
  return { path: urlPath, shape: { segments, names, plausible: [...plausible, ...literals], byName: { ...byName, ...fromLiterals }, ids, schemas: schemasNamedLike(routeName(urlPath), schemas).map((s) => s.schema) } };
}

/** The response read to its end (a stream must not be left open); the text only when it is text. */
async function readResponse(response: Response): Promise<string | null> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  return TEXTUAL.test(response.headers.get("content-type") ?? "text/plain") ? new TextDecoder().decode(bytes) : null;
}

describe("fuzzing every route handler", () => {
  it("finds every route.ts, each with at least one method", () => {
    const files = readdirSync(path.join(ROOT, "app"), { recursive: true, encoding: "utf8" }).filter((f) => path.basename(f) === "route.ts");
    expect(new Set(routes.map((r) => r.file)).size).toBe(files.length);
    expect(routes.length).toBeGreaterThan(15);
  });

  it("answers every hostile request below 500: no throw, no unhandled rejection, no echoed markup, no partial write", async () => {
    for (const [r, route] of routes.entries()) {
      totals.routes += 1;
      const { path: urlPath, shape } = shapeOf(route);
      const writes = WRITING.has(route.method);
      const before = await rowCounts(db());
      let accepted = false;
      for (const [k, caller] of callers.entries()) {
        await fc.assert(
          fc.asyncProperty(routeCase(shape, writes), fc.nat(), async (c: RouteCase, pick) => {
            totals.cases += 1;
            current = caller.actor;
            caseLocale = c.locale;
            const label = `${route.key} as ${caller.name}`;
            // Built outside the try: a request the test cannot build is the test's fault, not the route's.
            const request = buildRequest(route.method, urlPath, c, caller.headers(route, pick));
            let status: number;
            let text: string | null;
            try {
              const response = await inRequestScope(request, () => route.handler(request, { params: Promise.resolve(c.params) as never }));
              status = response.status;
              text = await readResponse(response);
            } catch (error) {
              totals.rejected.push(`${label}: ${String(error).slice(0, 200)} ← ${describeCase(c)}`);
              return;
            }
            statuses[status] = (statuses[status] ?? 0) + 1;
            const mine = (byRoute[route.key] ??= {});
            mine[status] = (mine[status] ?? 0) + 1;
            if (status >= 500) totals.unexpected.push(`${label}: ${status} ${text?.slice(0, 200)} ← ${describeCase(c)}`);
            if (status >= 200 && status < 300) {
              totals.succeeded.add(route.key);
              if (writes) accepted = true;
            }
            if (text && REFLECTED_MARKUP.test(text)) totals.reflected.push(`${label}: ${text.slice(0, 200)} ← ${describeCase(c)}`);
          }),
          // A seed of each route and caller's own, so the callers do not all send the same requests.
          { numRuns: RUNS, seed: SEED + r * 100 + k, endOnFailure: true },
        );
      }
      if (!accepted) {
        const after = await rowCounts(db());
        const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
        if (changed.length) totals.partial.push(`${route.key}: ${changed.map((t) => `${t} ${before[t]}→${after[t]}`).join(", ")}`);
      }
    }
    // One assertion, so a failure shows every kind of finding at once.
    const { rejected, unexpected, reflected, partial, unhandled } = totals;
    expect({ rejected, unexpected, reflected, partial, unhandled }).toEqual({ rejected: [], unexpected: [], reflected: [], partial: [], unhandled: [] });
    expect(totals.cases).toBeGreaterThan(1000);
  }, 1_800_000);
});

function describeCase(c: RouteCase): string {
  const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 60)}…(${s.length})` : s);
  const params = Object.entries(c.params).map(([k, v]) => `${k}=${clip(JSON.stringify(v))}`).join(" ");
  const query = c.query.map(([k, v]) => `${clip(k)}=${clip(v)}`).join("&");
  const body = c.body ? ` body ${c.body.contentType ?? "—"} ${typeof c.body.data === "string" ? clip(c.body.data) : c.body.data?.constructor.name}` : "";
  return `${params} ?${query}${body} [${c.locale}]`;
}
