import "server-only";
// Creating and revoking personal API tokens. The clear token is returned once, by create, and
// never stored or logged (the audit entry records the prefix); revoking is permanent.
import { recordAudit } from "../audit/record";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { DomainError, ForbiddenError, NotFoundError } from "../errors";
import { canHoldApiTokens } from "./policy";
import { MAX_ACTIVE_TOKENS, tokenExpiry } from "./rules";
import { CreateApiTokenInputSchema, RevokeApiTokenInputSchema } from "./schemas";
import { generateToken } from "./token";

export type CreatedApiToken = { id: string; name: string; prefix: string; expiresAt: Date | null; /** Shown once. */ token: string };

export async function createApiToken(actor: Actor, raw: unknown, now = new Date()): Promise<CreatedApiToken> {
  const input = CreateApiTokenInputSchema.parse(raw);
  if (!canHoldApiTokens(actor)) throw new ForbiddenError();
  const expiresAt = tokenExpiry(input.expiresOn, now);
  const { token, prefix, tokenHash } = generateToken();
  return db().$transaction(async (tx) => {
    // A count, not a lock: two creations at once may pass twenty by one, which harms nothing.
    const live = await tx.apiToken.count({ where: { userId: actor.userId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] } });
    if (live >= MAX_ACTIVE_TOKENS) throw new DomainError("VALIDATION", "errors.apiTokens.tooMany", { max: MAX_ACTIVE_TOKENS });
    const created = await tx.apiToken.create({ data: { userId: actor.userId, name: input.name, prefix, tokenHash, expiresAt }, select: { id: true, name: true, prefix: true, expiresAt: true } });
    await recordAudit(tx, actor, { action: "apiToken.create", entityType: "ApiToken", entityId: created.id, data: { name: created.name, prefix, expiresAt: expiresAt.toISOString() } });
    return { ...created, token };
  });
}

/** Revokes one of the actor's own tokens; another user's token is "not found", like a missing one. */
export async function revokeApiToken(actor: Actor, raw: unknown, now = new Date()): Promise<{ id: string; revokedAt: Date }> {
  const input = RevokeApiTokenInputSchema.parse(raw);
  return db().$transaction(async (tx) => {
    // Conditional update: two revokes at once cannot both succeed, and the first one's time stays.
    const { count } = await tx.apiToken.updateMany({ where: { id: input.id, userId: actor.userId, revokedAt: null }, data: { revokedAt: now } });
    if (count === 0) {
      const own = await tx.apiToken.findFirst({ where: { id: input.id, userId: actor.userId }, select: { prefix: true } });
      if (!own) throw new NotFoundError("apiToken");
      throw new DomainError("CONFLICT", "errors.apiTokens.alreadyRevoked", { prefix: own.prefix });
    }
    await recordAudit(tx, actor, { action: "apiToken.revoke", entityType: "ApiToken", entityId: input.id });
    return { id: input.id, revokedAt: now };
  });
}
