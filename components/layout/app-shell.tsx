import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { ActionResult } from "@/lib/action";
import type { Actor } from "@/lib/auth/actor";
import type { Section } from "@/lib/auth/sections";
import { NotificationBell } from "@/components/notifications/bell";
import { LanguageSwitch } from "./language-switch";
import { NavMenu } from "./nav-menu";
import { navFor } from "./nav-items";
import { SignOutButton } from "./sign-out-button";

type Props = {
  actor: Actor;
  /** The menu sections this actor may open (lib/auth/sections). */
  sections: readonly Section[];
  unreadCount: number;
  /** The language switch's server action, passed down so components never import from app/. */
  setLocale: (input: { locale: string }) => Promise<ActionResult<{ locale: string }>>;
  children: ReactNode;
};

export async function AppShell({ actor, sections, unreadCount, setLocale, children }: Props) {
  const t = await getTranslations();
  return (
    // slate-50, not slate-100: the muted slate-500 notes across the app need it for 4.5:1 contrast (WCAG 1.4.3).
    <div className="min-h-screen bg-slate-50 text-slate-900">
      <header className="flex flex-wrap items-center justify-between gap-2 bg-blue-900 px-4 py-2 text-white">
        <Link href="/" className="font-semibold">
          {t("app.name")}
        </Link>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm" data-testid="user-box">
          <span>
            <span className="font-medium">{actor.name}</span>
            <span className="ml-2 hidden text-blue-200 sm:inline">
              {actor.roles.map((r) => t(`roles.${r}`)).join(", ")} · {actor.organisationName}
            </span>
          </span>
          {sections.includes("apiTokens") ? (
            <Link href="/tai-khoan/api" className="whitespace-nowrap text-blue-100 hover:text-white hover:underline">
              {t("nav.apiTokens")}
            </Link>
          ) : null}
          <Link href="/tai-khoan/doi-mat-khau" className="whitespace-nowrap text-blue-100 hover:text-white hover:underline">
            {t("nav.changePassword")}
          </Link>
          <NotificationBell count={unreadCount} label={t("notifications.bellUnread", { count: unreadCount })} />
          <span className="rounded bg-white px-1 text-slate-900">
            <LanguageSwitch label={t("nav.language")} setLocale={setLocale} />
          </span>
          <span className="rounded bg-white text-slate-900">
            <SignOutButton label={t("nav.signOut")} />
          </span>
        </div>
      </header>
      <div className="md:flex">
        <NavMenu links={navFor(sections).map((item) => ({ href: item.href, label: t(`nav.${item.labelKey}`) }))} label={t("nav.menu")} openLabel={t("nav.openMenu")} closeLabel={t("nav.closeMenu")} />
        <main className="min-w-0 flex-1 p-3 sm:p-6">{children}</main>
      </div>
    </div>
  );
}
