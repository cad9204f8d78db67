// Convenience only: sends visitors without a session cookie to sign-in before rendering.
// It is never the guard; every page and action resolves the actor on the server (lib/auth).
// It also answers a malformed or repeated ?asOf= with 400 on every page and route
// (docs/decisions/019); the pages and routes keep their own checks. The JSON API (/api/v1) is
// left out: it answers its own 401 in JSON, for bearer tokens as for sessions (decision 033), and so
// is the one-time password link, opened by someone not signed in (decision 049).
import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIES } from "./lib/http/same-origin";
import { badAsOfPage } from "./lib/i18n/bad-as-of-page";
import { LOCALE_COOKIE, resolveLocale } from "./lib/i18n/locales";

export function proxy(request: NextRequest) {
  const refusal = request.nextUrl.searchParams.has("asOf") ? badAsOfPage(request.nextUrl, resolveLocale(request.cookies.get(LOCALE_COOKIE)?.value)) : null;
  if (refusal) return new NextResponse(refusal, { status: 400, headers: { "content-type": "text/html; charset=utf-8" } });
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/dang-nhap";
  url.search = "";
  const target = request.nextUrl.pathname + request.nextUrl.search;
  if (target !== "/") url.searchParams.set("callbackUrl", target);
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/((?!api/auth|api/v1|dang-nhap|dat-lai-mat-khau|_next/static|_next/image|favicon.ico).*)"],
};
