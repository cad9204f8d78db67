import "server-only";
// getActor/requireActor for server components and actions. The actor is loaded from the
// database on every request, so a disabled user or a changed role takes effect at once.
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { db } from "../db/client";
import type { Actor } from "./actor";
import { loadActor } from "./load-actor";
import { authOptions } from "./options";

export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions())) as { userId?: string } | null;
  if (!session?.userId) return null;
  return loadActor(db(), session.userId);
});

/** For pages: no session sends the user to sign-in. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/dang-nhap");
  return actor;
}
