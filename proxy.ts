// Convenience only: sends visitors without a session cookie to sign-in before rendering.
// It is never the guard; every page and action resolves the actor on the server (lib/auth).
// It also answers a malformed or repeated ?asOf= with 400 on every page and route
// (docs/decisions/019); the pages and routes keep their own checks. The JSON API (/api/v1),
// next-auth, the sign-in page and the health check are not gated: the API answers its own 401 in
// JSON (decision 033), the health check needs no session (decision 050), nor the one-time
// password link, opened by someone not signed in (decision 049).
// Every response it passes gets the nonce CSP and HSTS; X-Forwarded-Host from a client is
// replaced by Host, and a cross-origin server action is refused (decision 046). Every request gets
// a request id (x-request-id) that the logs carry and the response echoes (decision 050), and the
// page's path for requireActor (lib/http/request-path.ts, decision 048).
// Sign-out (POST /api/auth/signout) answers with Clear-Site-Data (ASVS 14.3.1).
import { NextResponse, type NextRequest } from "next/server";
import { env, forwardedHostTrusted } from "./lib/env";
import { REQUEST_PATH_HEADER } from "./lib/http/request-path";
import { logCrossOriginRefused } from "./lib/http/cross-origin-log";
import { SESSION_COOKIES, isSameOrigin } from "./lib/http/same-origin";
import { contentSecurityPolicy, createNonce, strictTransportSecurity } from "./lib/http/security-headers";
import { badAsOfPage } from "./lib/i18n/bad-as-of-page";
import { LOCALE_COOKIE, resolveLocale } from "./lib/i18n/locales";
import { renderMessage } from "./lib/i18n/messages";
import { REQUEST_ID_HEADER, requestIdFrom } from "./lib/log/request-id";

/** Paths that answer for themselves, without a session and without the HTML ?asOf= refusal. */
const SELF_ANSWERING = /^\/(api\/auth|api\/v1|api\/health|dang-nhap|dat-lai-mat-khau)(\/|$)/;

function route(request: NextRequest, forwarded: Headers, nonce: string, csp: string): NextResponse {
  const locale = resolveLocale(request.cookies.get(LOCALE_COOKIE)?.value);
  // Next compares a server action's Origin with X-Forwarded-Host (else Host); refuse here with
  // the same rule, minus a client-supplied X-Forwarded-Host.
  if (request.method === "POST" && request.headers.has("next-action") && !isSameOrigin(request)) {
    void logCrossOriginRefused(request, "serverAction");
    return new NextResponse(renderMessage(locale, "errors.api.crossOrigin"), { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  forwarded.set("content-security-policy", csp);
  forwarded.set("x-nonce", nonce);
  const host = request.headers.get("host");
  if (!forwardedHostTrusted() && host) forwarded.set("x-forwarded-host", host);
  const pass = () => NextResponse.next({ request: { headers: forwarded } });

  if (SELF_ANSWERING.test(request.nextUrl.pathname)) return pass();
  const refusal = request.nextUrl.searchParams.has("asOf") ? badAsOfPage(request.nextUrl, locale) : null;
  if (refusal) return new NextResponse(refusal, { status: 400, headers: { "content-type": "text/html; charset=utf-8" } });
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) return pass();
  const url = request.nextUrl.clone();
  url.pathname = "/dang-nhap";
  url.search = "";
  const target = request.nextUrl.pathname + request.nextUrl.search;
  if (target !== "/") url.searchParams.set("callbackUrl", target);
  return NextResponse.redirect(url);
}

export function proxy(request: NextRequest) {
  const { NODE_ENV, NEXTAUTH_URL, APP_URL } = env();
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, NODE_ENV === "development");
  const hsts = strictTransportSecurity(NODE_ENV === "production", NEXTAUTH_URL ?? APP_URL);
  const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
  const forwarded = new Headers(request.headers);
  forwarded.set(REQUEST_ID_HEADER, requestId);
  forwarded.set(REQUEST_PATH_HEADER, request.nextUrl.pathname);
  const response = route(request, forwarded, nonce, csp);
  response.headers.set("Content-Security-Policy", csp);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  // Sign-out (next-auth's POST) also empties this origin's cache and web storage (ASVS 14.3.1).
  if (request.method === "POST" && request.nextUrl.pathname === "/api/auth/signout") response.headers.set("Clear-Site-Data", '"cache", "storage"');
  return response;
}

export const config = {
  // /_next/static is immutable files; they get the static headers from next.config.ts.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
