// Builds an Actor from the database: roles, organisation lineage and geographic scope, with
// provinces expanded through succession by lib/admin-units (a Lào Cai user also covers the old Yên Bái).
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { Actor } from "./actor";
import { nameAt, NAME_HISTORY_SELECT } from "../organisations/names";
import { expandScope } from "../admin-units/load";
import { isNational } from "../admin-units/scope";
import { demoMode } from "../env";
import { usableAccountWhere } from "./demo-accounts";

export async function loadActor(db: Db, userId: string): Promise<Actor | null> {
  return loadActive(db, { id: userId });
}

/**
 * For a session token: the version it was issued with must still be the user's. Sign-out, a
 * password change or deactivation raise the version (lib/auth/sessions.ts), refusing older tokens.
 */
export async function loadSessionActor(db: Db, userId: string, sessionVersion: number): Promise<Actor | null> {
  return loadActive(db, { id: userId, sessionVersion });
}

async function loadActive(db: Db, where: Prisma.UserWhereInput): Promise<Actor | null> {
  const user = await db.user.findFirst({
    where: { ...where, active: true, ...usableAccountWhere(demoMode()) },
    select: {
      id: true,
      mustChangePassword: true,
      email: true,
      name: true,
      organisation: { select: { id: true, kind: true, predecessors: { select: { id: true } }, names: NAME_HISTORY_SELECT } },
      roles: { select: { role: true } },
      scopes: { select: { kind: true, zoneId: true, provinceId: true } },
    },
  });
  if (!user) return null;
  const roles = user.roles.map((r) => r.role);
  // National is the role alone (docs/decisions/014): a national actor needs no province list.
  const provinceIds = isNational({ roles }) ? [] : await expandScope(db, user.scopes);
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    organisationId: user.organisation.id,
    organisationName: nameAt(user.organisation.names),
    organisationKind: user.organisation.kind,
    organisationIds: [user.organisation.id, ...user.organisation.predecessors.map((p) => p.id)],
    roles,
    scope: { provinceIds },
    mustChangePassword: user.mustChangePassword,
  };
}
