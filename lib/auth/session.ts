import "server-only";
// getActor/requireActor for server components and actions. The actor is loaded from the
// database on every request, so a disabled user, a changed role or an ended session (the token's
// sessionVersion is no longer the user's, docs/decisions/048) takes effect at once.
import { cache } from "react";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "../db/client";
import { CHANGE_PASSWORD_PATH, REQUEST_PATH_HEADER } from "../http/request-path";
import type { Actor } from "./actor";
import { loadSessionActor } from "./load-actor";
import { authOptions, type SessionClaims } from "./options";

export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions())) as SessionClaims | null;
  // A token without a version predates session control: it is refused like an ended one.
  if (!session?.userId || typeof session.sessionVersion !== "number") return null;
  return loadSessionActor(db(), session.userId, session.sessionVersion);
});

/**
 * For pages: no session sends the user to sign-in, and a user whose password an admin reset to
 * the change-password page. The redirect is for convenience: lib/action.ts and lib/api/actor.ts
 * refuse such a user's actions and API calls, except the password change itself.
 */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/dang-nhap");
  if (actor.mustChangePassword && (await headers()).get(REQUEST_PATH_HEADER) !== CHANGE_PASSWORD_PATH) redirect(CHANGE_PASSWORD_PATH);
  return actor;
}
