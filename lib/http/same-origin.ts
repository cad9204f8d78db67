import { forwardedHostTrusted } from "../env";

// Route handlers, unlike server actions, get no built-in CSRF check. The session cookie is
// SameSite=Lax already; refusing a cookie-authenticated POST whose Origin is another host closes
// the rest. Used by the attachment upload and the JSON API.
// X-Forwarded-Host counts only when a configured proxy sets it (decision 046).
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true; // browsers always send Origin on POST; clients without it carry no victim's cookie
  const host = requestHost(request);
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** The host the client addressed: Host, or X-Forwarded-Host when a trusted proxy sets it. */
export function requestHost(request: Request): string | null {
  const forwarded = forwardedHostTrusted() ? request.headers.get("x-forwarded-host") : null;
  return forwarded ?? request.headers.get("host");
}

/** next-auth's session cookie names (plain and on HTTPS): their presence is only a hint, never proof. */
export const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"] as const;

/** Whether the request carries a session cookie, from the raw Cookie header. */
export function hasSessionCookie(request: Request): boolean {
  const names = (request.headers.get("cookie") ?? "").split(";").map((part) => part.split("=")[0]!.trim());
  return SESSION_COOKIES.some((name) => names.includes(name));
}
