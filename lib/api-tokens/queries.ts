import "server-only";
// The actor's own tokens for the /tai-khoan/api page. The hash never leaves lib.
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { tokenState, type TokenState } from "./rules";

const TOKEN_LIST_SELECT = { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true } satisfies Prisma.ApiTokenSelect;
export type ApiTokenListItem = Prisma.ApiTokenGetPayload<{ select: typeof TOKEN_LIST_SELECT }> & { state: TokenState };

export async function listOwnApiTokens(actor: Actor, now = new Date()): Promise<ApiTokenListItem[]> {
  const rows = await db().apiToken.findMany({ where: { userId: actor.userId }, select: TOKEN_LIST_SELECT, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  return rows.map((row) => ({ ...row, state: tokenState(row, now) }));
}
