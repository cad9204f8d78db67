// Builds an Actor from the database: roles, organisation lineage and geographic scope, with
// provinces expanded through succession (a Lào Cai user also covers the old Yên Bái).
import type { Db } from "../db/client";
import type { Actor } from "./actor";
import { nameAt } from "../organisations/names";

export async function loadActor(db: Db, userId: string): Promise<Actor | null> {
  const user = await db.user.findFirst({
    where: { id: userId, active: true },
    select: {
      id: true,
      email: true,
      name: true,
      organisation: { select: { id: true, kind: true, predecessors: { select: { id: true } }, names: { select: { name: true, validFrom: true, validTo: true } } } },
      roles: { select: { role: true } },
      scopes: { select: { kind: true, zoneId: true, provinceId: true } },
    },
  });
  if (!user) return null;
  const national = user.scopes.some((s) => s.kind === "NATIONAL");
  const provinceIds = national ? [] : await expandScope(db, user.scopes);
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    organisationId: user.organisation.id,
    organisationName: nameAt(user.organisation.names),
    organisationKind: user.organisation.kind,
    organisationIds: [user.organisation.id, ...user.organisation.predecessors.map((p) => p.id)],
    roles: user.roles.map((r) => r.role),
    scope: { national, provinceIds },
  };
}

async function expandScope(db: Db, scopes: { kind: string; zoneId: string | null; provinceId: string | null }[]): Promise<string[]> {
  const ids = new Set(scopes.map((s) => s.provinceId).filter((id): id is string => Boolean(id)));
  // Walk province succession both ways until no new province appears (63 → 34 is one step today).
  let frontier = [...ids];
  while (frontier.length) {
    const links = await db.provinceSuccession.findMany({
      where: { OR: [{ fromProvinceId: { in: frontier } }, { toProvinceId: { in: frontier } }] },
      select: { fromProvinceId: true, toProvinceId: true },
    });
    const next: string[] = [];
    for (const l of links) {
      for (const id of [l.fromProvinceId, l.toProvinceId]) {
        if (!ids.has(id)) {
          ids.add(id);
          next.push(id);
        }
      }
    }
    frontier = next;
  }
  // Zones are memberships as recorded (official over the 63, derived over the 34); not expanded,
  // so a mixed province such as Lâm Đồng does not pull a whole other zone in.
  const zoneIds = scopes.map((s) => s.zoneId).filter((id): id is string => Boolean(id));
  if (zoneIds.length) {
    const members = await db.zoneMembership.findMany({ where: { zoneId: { in: zoneIds } }, select: { provinceId: true } });
    members.forEach((m) => ids.add(m.provinceId));
  }
  return [...ids].sort();
}
