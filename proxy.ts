// Convenience only: sends visitors without a session cookie to sign-in before rendering.
// It is never the guard; every page and action resolves the actor on the server (lib/auth).
// It also answers a malformed or repeated ?asOf= with 400 on every page and route
// (docs/decisions/019); the pages and routes keep their own checks. The JSON API (/api/v1) is
// left out: it answers its own 401 in JSON, for bearer tokens as for sessions (decision 033); so
// are sign-in and the health check (decision 050). Every request, those included, gets a request
// id (x-request-id) that the logs carry and the response echoes.
import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIES } from "./lib/http/same-origin";
import { badAsOfPage } from "./lib/i18n/bad-as-of-page";
import { LOCALE_COOKIE, resolveLocale } from "./lib/i18n/locales";
import { REQUEST_ID_HEADER, requestIdFrom } from "./lib/log/request-id";

/** Paths that answer for themselves, without a session and without the HTML ?asOf= refusal. */
const SELF_ANSWERING = /^\/(api\/auth|api\/v1|api\/health|dang-nhap)(\/|$)/;

function route(request: NextRequest, forwarded: Headers): NextResponse {
  const pass = () => NextResponse.next({ request: { headers: forwarded } });
  if (SELF_ANSWERING.test(request.nextUrl.pathname)) return pass();
  const refusal = request.nextUrl.searchParams.has("asOf") ? badAsOfPage(request.nextUrl, resolveLocale(request.cookies.get(LOCALE_COOKIE)?.value)) : null;
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
  const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
  const forwarded = new Headers(request.headers);
  forwarded.set(REQUEST_ID_HEADER, requestId);
  const response = route(request, forwarded);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
