import "server-only";
// The names a province page and an implementer page are titled with. Provinces and organisations
// are reference data every signed-in user may read (decision 017); the figures themselves come
// through buildReport, which refuses a province outside the actor's scope.
import type { CalendarDay } from "../calendar";
import { db } from "../db/client";
import { nameAt, NAME_HISTORY_SELECT } from "../organisations/names";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The province's name, or null for an id that is not a province. */
export async function findProvinceName(provinceId: string): Promise<string | null> {
  if (!UUID.test(provinceId)) return null;
  return (await db().province.findUnique({ where: { id: provinceId }, select: { name: true } }))?.name ?? null;
}

/** The implementer's name in force at the cut-off (organisations are renamed), or null for an unknown id. */
export async function findImplementerName(implementerId: string, at: CalendarDay): Promise<string | null> {
  if (!UUID.test(implementerId)) return null;
  const org = await db().organisation.findUnique({ where: { id: implementerId }, select: { names: NAME_HISTORY_SELECT } });
  return org ? nameAt(org.names, at) : null;
}
