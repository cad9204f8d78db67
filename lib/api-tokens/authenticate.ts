import "server-only";
// From a bearer token to its owner's actor. The lookup is by SHA-256 (unique index), so the clear
// token is never compared or stored. The actor is loaded like a session's (lib/auth/load-actor):
// a deactivated user is refused, and a changed role or scope applies at the next request.
import type { Actor } from "../auth/actor";
import { loadActor } from "../auth/load-actor";
import { db } from "../db/client";
import { tokenState } from "./rules";
import { hashToken, isTokenShaped } from "./token";

export type TokenRefusal = "UNKNOWN" | "EXPIRED" | "REVOKED" | "INACTIVE_USER";
export type TokenAuthentication = { ok: true; actor: Actor; tokenId: string } | { ok: false; refusal: TokenRefusal };

/** "Last used" is written at most once a minute per token, not on every request. */
const LAST_USED_PRECISION_MS = 60_000;

export async function authenticateToken(token: string, now = new Date()): Promise<TokenAuthentication> {
  if (!isTokenShaped(token)) return { ok: false, refusal: "UNKNOWN" };
  const found = await db().apiToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, userId: true, expiresAt: true, revokedAt: true } });
  if (!found) return { ok: false, refusal: "UNKNOWN" };
  const state = tokenState(found, now);
  if (state !== "ACTIVE") return { ok: false, refusal: state };
  const actor = await loadActor(db(), found.userId);
  if (!actor) return { ok: false, refusal: "INACTIVE_USER" };
  await db().apiToken.updateMany({
    where: { id: found.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_PRECISION_MS) } }] },
    data: { lastUsedAt: now },
  });
  return { ok: true, actor, tokenId: found.id };
}
