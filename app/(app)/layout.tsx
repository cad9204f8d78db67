import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { sectionsFor } from "@/lib/auth/sections";
import { requireActor } from "@/lib/auth/session";
import { countUnreadNotices } from "@/lib/notifications/queries";
import { setLocale } from "./actions";

// Every page under (app) needs a session; the actor is resolved on the server.
export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const unread = await countUnreadNotices(actor);
  return <AppShell actor={actor} sections={sectionsFor(actor)} unreadCount={unread} setLocale={setLocale}>{children}</AppShell>;
}
