import "server-only";
// Who calls the API: a personal token (Authorization: Bearer kc_…) or the browser session, never
// anything in the query or body. A request that names a token is judged by the token alone (a
// bad token is refused even with a valid cookie). The session is asked only when its cookie is
// present, so an anonymous call answers 401 without touching next-auth.
import { authenticateToken, type TokenRefusal } from "../api-tokens/authenticate";
import { SHOWN_PREFIX_LENGTH, isTokenShaped } from "../api-tokens/token";
import { recordTokenRefused } from "../audit/security";
import type { Actor } from "../auth/actor";
import { getActor } from "../auth/session";
import { logCrossOriginRefused } from "../http/cross-origin-log";
import { hasSessionCookie, isSameOrigin } from "../http/same-origin";
import type { ErrorKey } from "../i18n/messages";
import { ApiRefusal, type ApiErrorCode } from "./errors";

export type ApiCaller = { actor: Actor; via: "token" | "session" };

const REFUSALS: Record<TokenRefusal, [ApiErrorCode, ErrorKey]> = {
  UNKNOWN: ["UNAUTHENTICATED", "errors.api.tokenUnknown"],
  EXPIRED: ["TOKEN_EXPIRED", "errors.api.tokenExpired"],
  REVOKED: ["TOKEN_REVOKED", "errors.api.tokenRevoked"],
  INACTIVE_USER: ["UNAUTHENTICATED", "errors.api.userInactive"],
};

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export async function resolveApiCaller(request: Request, now = new Date()): Promise<ApiCaller> {
  const authorization = request.headers.get("authorization");
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    const where = new URL(request.url).pathname;
    if (!match) {
      await recordTokenRefused("MALFORMED", null, where);
      throw new ApiRefusal(401, "UNAUTHENTICATED", "errors.api.badAuthorization");
    }
    const token = match[1]!;
    const found = await authenticateToken(token, now);
    if (!found.ok) {
      await recordTokenRefused(found.refusal, isTokenShaped(token) ? token.slice(0, SHOWN_PREFIX_LENGTH) : null, where);
      throw new ApiRefusal(401, ...REFUSALS[found.refusal]);
    }
    return admitted({ actor: found.actor, via: "token" });
  }
  if (!hasSessionCookie(request)) throw new ApiRefusal(401, "UNAUTHENTICATED", "errors.api.noCredentials");
  // A cookie rides along with cross-site requests; a token does not, so only the session is checked.
  if (UNSAFE_METHODS.has(request.method) && !isSameOrigin(request)) {
    await logCrossOriginRefused(request, "api");
    throw new ApiRefusal(403, "FORBIDDEN", "errors.api.crossOrigin");
  }
  const actor = await getActor();
  if (!actor) throw new ApiRefusal(401, "UNAUTHENTICATED", "errors.api.sessionExpired");
  return admitted({ actor, via: "session" });
}

/** A token made before an admin reset the password works again once the owner has changed it. */
function admitted(caller: ApiCaller): ApiCaller {
  if (caller.actor.mustChangePassword) throw new ApiRefusal(403, "FORBIDDEN", "errors.api.passwordChangeRequired");
  return caller;
}
