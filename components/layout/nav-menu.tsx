"use client";
// The main menu. From md up it is the sidebar; below md it collapses behind a button in the
// header, so a phone gets the full width for the page. The button says whether the menu is open
// (aria-expanded); Escape closes it and gives the focus back to the button, and so does following
// a link (the page changes under the menu).
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { ActionButton } from "@/components/ui/action-button";

export type NavLink = { href: string; label: string };

const MENU_ID = "main-nav";
const BUTTON_ID = "main-nav-toggle";

export function NavMenu({ links, label, openLabel, closeLabel }: { links: readonly NavLink[]; label: string; openLabel: string; closeLabel: string }) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  // A new page closes the menu: the state is adjusted while rendering, not in an effect.
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      document.getElementById(BUTTON_ID)?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    <div className="md:min-h-[calc(100vh-48px)] md:w-56 md:shrink-0 md:border-r md:border-slate-200 md:bg-white">
      <div className="border-b border-slate-200 bg-white px-4 py-2 md:hidden">
        <ActionButton id={BUTTON_ID} aria-expanded={open} aria-controls={MENU_ID} onClick={() => setOpen((v) => !v)} className="rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100">
          <span aria-hidden>{open ? "✕" : "☰"}</span> {open ? closeLabel : openLabel}
        </ActionButton>
      </div>
      <nav id={MENU_ID} aria-label={label} className={`${open ? "block" : "hidden"} border-b border-slate-200 bg-white p-3 md:block md:border-b-0`}>
        <ul className="space-y-1">
          {links.map((item) => (
            <li key={item.href}>
              <Link href={item.href} aria-current={isCurrent(pathname, item.href) ? "page" : undefined} className="block rounded px-3 py-2 text-sm hover:bg-slate-100 aria-[current=page]:bg-slate-100 aria-[current=page]:font-medium">
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}

/** "/bao-cao/tinh" is under "Báo cáo"; "/" is only the home page itself. */
export function isCurrent(pathname: string, href: string): boolean {
  if (href === "/") return pathname === "/";
  return pathname === href || pathname.startsWith(`${href}/`);
}
