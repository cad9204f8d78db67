import type { Role } from "@/lib/auth/actor";

export type NavItem = { href: string; labelKey: "home" | "projects" | "facilities" | "provinces" | "organisations" | "norms" | "planYears" | "allocations" | "notifications" | "appraisal" | "plans"; roles: readonly Role[] | "all" };

/** Menus by role; later issues add appraisal, plans, contracts and reports here. */
export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", labelKey: "home", roles: "all" },
  { href: "/de-an", labelKey: "projects", roles: "all" },
  { href: "/co-so", labelKey: "facilities", roles: ["ADMIN", "CUC_STAFF", "LEADERSHIP", "SCT", "PROVINCIAL_CENTRE", "REGIONAL_CENTRE"] },
  { href: "/tinh-thanh", labelKey: "provinces", roles: "all" },
  { href: "/to-chuc", labelKey: "organisations", roles: "all" },
  { href: "/dinh-muc", labelKey: "norms", roles: "all" },
  { href: "/tham-dinh", labelKey: "appraisal", roles: ["CUC_STAFF"] },
  { href: "/ke-hoach", labelKey: "plans", roles: "all" },
  { href: "/nam-ke-hoach", labelKey: "planYears", roles: "all" },
  { href: "/du-toan", labelKey: "allocations", roles: ["CUC_STAFF", "LEADERSHIP"] },
  { href: "/thong-bao", labelKey: "notifications", roles: "all" },
];

export function navFor(roles: readonly Role[]): NavItem[] {
  return NAV_ITEMS.filter((i) => i.roles === "all" || i.roles.some((r) => roles.includes(r)));
}
