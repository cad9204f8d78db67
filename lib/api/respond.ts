// JSON answers of the API: never cached (figures are per actor and per instant), never sniffed.
import { apiFailureOf } from "./errors";

const HEADERS = { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };

export function apiJson(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...HEADERS, ...headers } });
}

export function apiErrorResponse(error: unknown): Response {
  const { status, body } = apiFailureOf(error);
  // A 401 names the scheme, as RFC 9110 asks, so a client knows to send a bearer token.
  return apiJson(body, status, status === 401 ? { "WWW-Authenticate": 'Bearer realm="khuyen-cong"' } : {});
}
