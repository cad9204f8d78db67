import "server-only";
// The one wrapper of every /api/v1 route handler: resolves the caller (token or session), runs
// the handler, and turns anything thrown into the JSON error envelope. Handlers call lib with the
// actor; authorization stays in lib's policies and scoped queries, exactly as for the pages.
import type { Actor } from "../auth/actor";
import { isDenial, recordDenied } from "../audit/security";
import { log } from "../log";
import { resolveApiCaller, type ApiCaller } from "./actor";
import { clientGone } from "./client-gone";
import { apiErrorResponse } from "./respond";

export type ApiContext = { request: Request; actor: Actor; via: ApiCaller["via"]; now: Date };

export function apiRoute(handler: (context: ApiContext) => Promise<Response>): (request: Request) => Promise<Response> {
  return async (request) => {
    let caller: Actor | null = null;
    try {
      const now = new Date();
      const { actor, via } = await resolveApiCaller(request, now);
      caller = actor;
      return await handler({ request, actor, via, now });
    } catch (error) {
      // Nobody reads this answer: noted, not logged as the server's error (499, as nginx says it).
      if (clientGone(error, request.signal)) {
        void log.info("API request closed by the client before its answer", { path: new URL(request.url).pathname, reason: error instanceof Error ? error.message : String(error) });
        return new Response(null, { status: 499 });
      }
      if (isDenial(error)) await recordDenied(caller, error, `API ${new URL(request.url).pathname}`);
      return apiErrorResponse(error);
    }
  };
}

/** For the public document (the OpenAPI description): no caller, same error handling. */
export function publicApiRoute(handler: (request: Request) => Promise<Response>): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      return await handler(request);
    } catch (error) {
      return apiErrorResponse(error);
    }
  };
}
