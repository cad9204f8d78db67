import "server-only";
// The next-auth route handler. next-auth 4 reads a POST that declares JSON with request.json() and
// lets a malformed body throw, which Next answers with a 500; its own client only posts forms, so
// such a body is refused here with a 400 before next-auth sees it. A path without an action
// (/api/auth//session) is a 404 here: next-auth takes it for a misconfiguration and answers 500.
import NextAuth from "next-auth";
import { edgeText } from "../i18n/error-text";
import { requestLocale } from "../i18n/request-locale";
import { authOptions } from "./options";

type Context = { params: Promise<{ nextauth: string[] }> };

/** Mirrors next-auth's own test (next/utils getBody): a POST with a body whose type contains application/json. */
const parsedAsJson = (request: Request) => request.method === "POST" && request.body !== null && (request.headers.get("content-type") ?? "").includes("application/json");

const TEXT = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };

export async function authRouteHandler(request: Request, context: Context): Promise<Response> {
  const [action] = (await context.params).nextauth ?? [];
  if (!action) return new Response(edgeText(await requestLocale(), "errors.missing.page"), { status: 404, headers: TEXT });
  if (parsedAsJson(request)) {
    try {
      await request.clone().json();
    } catch {
      return new Response(edgeText(await requestLocale(), "errors.api.badJson"), { status: 400, headers: TEXT });
    }
  }
  return NextAuth(authOptions())(request, context);
}
