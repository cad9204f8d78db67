// Demo accounts are the seed's accounts on the reserved ".local" domain (prisma/seed/demo/users.ts).
// Outside demo mode they cannot act (loadActor refuses them) and the sign-in page does not list
// them, so a database that once held demo data is not an open door (docs/decisions/049).
import type { Prisma } from "../db/generated/client";

export const DEMO_ACCOUNT_DOMAIN = "khuyencong.local";

export function isDemoAccount(email: string): boolean {
  return email.toLowerCase().endsWith(`@${DEMO_ACCOUNT_DOMAIN}`);
}

/** The `where` that leaves demo accounts out when demo mode is off. */
export function usableAccountWhere(demoMode: boolean): Prisma.UserWhereInput {
  return demoMode ? {} : { NOT: { email: { endsWith: `@${DEMO_ACCOUNT_DOMAIN}`, mode: "insensitive" } } };
}
