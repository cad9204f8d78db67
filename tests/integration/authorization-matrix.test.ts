// The authorization matrix (issue #11 §3), against real PostgreSQL in a database of its own. Every
// server action and route handler is discovered from the code (tests/security/discover.ts); each
// runs as every role, and as nobody, on a fresh resource in the caller's scope (side A) and one
// outside it (side B), through the real parse → handler → error mapping. Each decision is compared
// with the declared table (tests/security/matrix/expectations.ts). It fails on any unexpected
// allow, on any unexpected denial (the table must stay true), and on any action or route missing
// from the table; it prints the number of cases.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { discoverActions, discoverRoutes, type DiscoveredAction, type DiscoveredRoute } from "../security/discover";
import { recordFigures } from "../security/figures";
import type { Decision } from "../security/matrix/outcome";
import { useOwnDatabase } from "./own-database";

// Next's request stores are AsyncLocalStorage instances created when its modules load; outside
// `next start` nobody installs the global they are made from (next-auth reads them).
await vi.hoisted(async () => {
  const { AsyncLocalStorage } = await import("node:async_hooks");
  (globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage = AsyncLocalStorage;
});

// Outside a request Next's cache and cookies have no store; the session is the one seam swapped:
// route handlers read the caller from `getActor`, set per case here.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined, updateTag: () => undefined, refresh: () => undefined }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined, has: () => false }), headers: async () => new Headers() }));
vi.mock("next-intl/server", async (original) => ({ ...(await original<object>()), getLocale: async () => "vi", getTranslations: async () => (key: string) => key }));
vi.mock("../../lib/i18n/request-locale", () => ({ requestLocale: async () => "vi" }));
const session = vi.hoisted(() => ({ actor: null as unknown }));
vi.mock("../../lib/auth/session", async (original) => ({ ...(await original<object>()), getActor: async () => session.actor }));

type Matrix = typeof import("../security/matrix/expectations");
type World = import("../security/matrix/world").MatrixWorld;

let world: World;
let matrix: Matrix;
let actions: DiscoveredAction[];
let routes: DiscoveredRoute[];
const cases: { kind: "action" | "route"; key: string; caller: string; side: string; expected: Decision; actual: Decision; outcome: string }[] = [];

beforeAll(async () => {
  await useOwnDatabase("matrix");
  const { db } = await import("../../lib/db/client");
  const { buildMatrixWorld } = await import("../security/matrix/world");
  world = await buildMatrixWorld(db());
  matrix = await import("../security/matrix/expectations");
  ({ actions } = await discoverActions());
  routes = await discoverRoutes();
}, 300_000);

/** A case whose resource could not be made: the table would be judged on nothing, so the run fails. */
const setupFailures: string[] = [];
const unexpected = (decision: Decision) => cases.filter((c) => c.actual === decision && c.expected !== decision);

afterAll(() => {
  const allows = unexpected("allow");
  const denials = unexpected("deny");
  const count = (kind: string) => cases.filter((c) => c.kind === kind).length;
  console.log(`[authorization matrix] ${cases.length} cases: ${count("action")} over ${actions?.length ?? 0} server actions and ${count("route")} over ${routes?.length ?? 0} route handlers × ${world?.callers.length ?? 0} callers × 2 sides; allowed ${cases.filter((c) => c.actual === "allow").length}, denied ${cases.filter((c) => c.actual === "deny").length}; unexpected allows ${allows.length}, unexpected denials ${denials.length}`);
  if (process.env.MATRIX_VERBOSE) for (const c of cases) console.log(`  · ${c.key} as ${c.caller} on side ${c.side}: ${c.actual} (${c.outcome})`);
  for (const f of setupFailures) console.log(`  ✖ setup: ${f}`);
  for (const c of [...allows, ...denials]) console.log(`  ✖ ${c.key} as ${c.caller} on side ${c.side}: expected ${c.expected}, got ${c.actual} (${c.outcome})`);
  recordFigures("authorization-matrix", { cases: cases.length, actionCases: count("action"), routeCases: count("route"), actions: actions?.length ?? 0, routes: routes?.length ?? 0, callers: world?.callers.map((c) => c.label) ?? [], unexpectedAllows: allows.length, unexpectedDenials: denials.length });
});

describe("authorization matrix", () => {
  it("declares an expectation for every discovered server action and route handler, and nothing else", () => {
    const actionNames = actions.map((a) => a.name);
    expect(new Set(actionNames).size).toBe(actionNames.length);
    expect(actionNames.filter((n) => !(n in matrix.ACTION_EXPECTATIONS))).toEqual([]);
    expect(Object.keys(matrix.ACTION_EXPECTATIONS).filter((n) => !actionNames.includes(n))).toEqual([]);
    const routeKeys = routes.map((r) => r.key);
    expect(routeKeys.filter((k) => !(k in matrix.ROUTE_EXPECTATIONS))).toEqual([]);
    expect(Object.keys(matrix.ROUTE_EXPECTATIONS).filter((k) => !routeKeys.includes(k))).toEqual([]);
  });

  it("lets every role do on each side exactly what the table declares, through every server action", async () => {
    const { PAYLOADS } = await import("../security/matrix/payloads");
    const { GRANTED } = await import("../security/matrix/granted");
    const { resourcesOf, SIDES } = await import("../security/matrix/world");
    const { decisionOfAction, describeOutcome } = await import("../security/matrix/outcome");
    for (const { name, action } of actions) {
      const expectation = matrix.ACTION_EXPECTATIONS[name]!;
      for (const side of SIDES) {
        for (const caller of world.callers) {
          let payload: unknown;
          try {
            payload = await PAYLOADS[name]!(resourcesOf(world, side), world, caller);
          } catch (error) {
            setupFailures.push(`${name} side ${side} as ${caller.label}: ${String(error).slice(0, 300)}`);
            continue;
          }
          const result = await action.invoke(payload, { locale: "vi", actor: async () => caller.actor });
          const expected: Decision = expectation[side].includes(caller.label) ? "allow" : "deny";
          cases.push({ kind: "action", key: name, caller: caller.label, side, expected, actual: decisionOfAction(result, GRANTED[name]), outcome: describeOutcome(result) });
        }
      }
    }
    expect(setupFailures).toEqual([]);
    expect(unexpected("allow").map((c) => `${c.key} ${c.caller} ${c.side} ${c.outcome}`)).toEqual([]);
    expect(unexpected("deny").map((c) => `${c.key} ${c.caller} ${c.side} ${c.outcome}`)).toEqual([]);
  }, 1_200_000);

  it("lets every role read on each side exactly what the table declares, through every route handler", async () => {
    const { ROUTE_REQUESTS } = await import("../security/matrix/route-requests");
    const { inRequestScope } = await import("../security/route-requests");
    const { resourcesOf, SIDES } = await import("../security/matrix/world");
    const { decisionOfResponse } = await import("../security/matrix/outcome");
    for (const route of routes) {
      const expectation = matrix.ROUTE_EXPECTATIONS[route.key]!;
      for (const side of SIDES) {
        for (const caller of world.callers) {
          let built: Awaited<ReturnType<(typeof ROUTE_REQUESTS)[string]>>;
          try {
            built = await ROUTE_REQUESTS[route.key]!(resourcesOf(world, side), world, caller);
          } catch (error) {
            setupFailures.push(`${route.key} side ${side} as ${caller.label}: ${String(error).slice(0, 300)}`);
            continue;
          }
          session.actor = caller.actor;
          let response: Response;
          try {
            response = await inRequestScope(built.request, () => route.handler(built.request, { params: Promise.resolve(built.params as Record<string, string>) }));
          } catch (error) {
            setupFailures.push(`${route.key} side ${side} as ${caller.label} threw: ${String(error).slice(0, 300)}`);
            continue;
          }
          const expected: Decision = expectation[side].includes(caller.label) ? "allow" : "deny";
          const body = await response.text();
          cases.push({ kind: "route", key: route.key, caller: caller.label, side, expected, actual: decisionOfResponse(response, body), outcome: `${response.status} ${body.slice(0, 160).replace(/\s+/g, " ")}` });
        }
      }
    }
    session.actor = null;
    expect(setupFailures).toEqual([]);
    expect(unexpected("allow").filter((c) => c.kind === "route").map((c) => `${c.key} ${c.caller} ${c.side} ${c.outcome}`)).toEqual([]);
    expect(unexpected("deny").filter((c) => c.kind === "route").map((c) => `${c.key} ${c.caller} ${c.side} ${c.outcome}`)).toEqual([]);
  }, 600_000);
});
