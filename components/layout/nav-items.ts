import type { Section } from "@/lib/auth/sections";

export type NavItem = { href: string; labelKey: Section };

/** The menu in display order; which items an actor sees is lib/auth/sections (by concept policy). */
export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", labelKey: "home" },
  { href: "/viec-can-lam", labelKey: "worklist" },
  { href: "/de-an", labelKey: "projects" },
  { href: "/co-so", labelKey: "facilities" },
  { href: "/tinh-thanh", labelKey: "provinces" },
  { href: "/to-chuc", labelKey: "organisations" },
  { href: "/dinh-muc", labelKey: "norms" },
  { href: "/tham-dinh", labelKey: "appraisal" },
  { href: "/ke-hoach", labelKey: "plans" },
  { href: "/nam-ke-hoach", labelKey: "planYears" },
  { href: "/du-toan", labelKey: "allocations" },
  { href: "/hop-dong", labelKey: "contracts" },
  { href: "/bao-cao", labelKey: "reports" },
  { href: "/bao-cao-dinh-ky", labelKey: "periodicReports" },
  { href: "/thong-bao", labelKey: "notifications" },
  { href: "/nguoi-dung", labelKey: "users" },
  { href: "/nhat-ky", labelKey: "auditLog" },
];

export function navFor(sections: readonly Section[]): NavItem[] {
  return NAV_ITEMS.filter((i) => sections.includes(i.labelKey));
}
