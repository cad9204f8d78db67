// Loaders for the geography module: the data the pure functions in basis.ts, groups.ts, lookup.ts
// and scope.ts work on, and the database forms of the same answers.
import type { Actor } from "../auth/actor";
import { vietnamToday, type CalendarDay } from "../calendar";
import { db, type Tx } from "../db/client";
import { DomainError, message } from "../errors";
import { formatDate } from "../format";
import { mergerDateOf, provinceFamilyOf, validAt, type GeographyData, type ProvinceRecord } from "./basis";
import { provinceByCode } from "./lookup";
import { provinceScopeOf, provincesInScopeAt } from "./scope";

type Client = Tx;

const provinceSelect = { id: true, code: true, name: true, validFrom: true, validTo: true } as const;

/** Every province, succession link and region/zone membership (under a hundred provinces: loaded whole). */
export async function loadGeography(tx: Client = db()): Promise<GeographyData> {
  const [provinces, successions, regions, zones] = await Promise.all([
    tx.province.findMany({ orderBy: [{ code: "asc" }, { validFrom: "asc" }], select: provinceSelect }),
    tx.provinceSuccession.findMany({ select: { fromProvinceId: true, toProvinceId: true, effectiveDate: true } }),
    tx.regionMembership.findMany({ select: { provinceId: true, regionId: true, validFrom: true, validTo: true, region: { select: { name: true } } } }),
    tx.zoneMembership.findMany({ select: { provinceId: true, zoneId: true, validFrom: true, validTo: true, zone: { select: { name: true } } } }),
  ]);
  return {
    provinces,
    successions,
    regions: regions.map((m) => ({ provinceId: m.provinceId, groupId: m.regionId, groupName: m.region.name, validFrom: m.validFrom, validTo: m.validTo })),
    zones: zones.map((m) => ({ provinceId: m.provinceId, groupId: m.zoneId, groupName: m.zone.name, validFrom: m.validFrom, validTo: m.validTo })),
  };
}

/** The merger date from ProvinceSuccession.effectiveDate; an error when no succession is recorded. */
export async function loadMergerDate(tx: Client = db()): Promise<Date> {
  const latest = await tx.provinceSuccession.findFirst({ orderBy: { effectiveDate: "desc" }, select: { fromProvinceId: true, toProvinceId: true, effectiveDate: true } });
  const date = mergerDateOf(latest ? [latest] : []);
  if (!date) throw new Error("geography: no ProvinceSuccession rows, so there is no merger date");
  return date;
}

/** The provinces of the actor's scope in force on the Vietnam day `at`, by code: every province for a national actor. */
export async function provincesInScope(actor: Pick<Actor, "roles" | "scope">, at: CalendarDay, tx: Client = db()): Promise<{ id: string; code: string; name: string }[]> {
  const scope = provinceScopeOf(actor);
  // Under a hundred rows: load the candidates and let the one pure rule (scope.ts) decide.
  const candidates = await tx.province.findMany({ where: scope.all ? {} : { id: { in: [...scope.provinceIds] } }, select: provinceSelect });
  return provincesInScopeAt(actor, candidates, at).map((p) => ({ id: p.id, code: p.code, name: p.name }));
}

/** The province ids that stand for `provinceIds` in every era (succession both ways; basis.ts provinceFamilyOf). */
export async function loadProvinceFamily(tx: Pick<Client, "provinceSuccession">, provinceIds: readonly string[]): Promise<string[]> {
  if (!provinceIds.length) return [];
  const successions = await tx.provinceSuccession.findMany({ select: { fromProvinceId: true, toProvinceId: true } });
  return provinceFamilyOf(successions, provinceIds);
}

/**
 * A new record (đề án, cơ sở) goes on a province in force today: one abolished by the merger is
 * refused with a field message on `field`. Existing records keep the province they were made on.
 */
export async function assertProvinceInForce(tx: Pick<Client, "province">, provinceId: string, field: string, now?: Date): Promise<void> {
  const province = await tx.province.findUnique({ where: { id: provinceId }, select: { validFrom: true, validTo: true } });
  if (!province || validAt(province, vietnamToday(now))) return; // unknown ids are the scope check's to refuse
  const date = formatDate(province.validTo ?? province.validFrom, true);
  throw new DomainError("VALIDATION", "errors.geography.abolishedProvince", { date }, { [field]: message("errors.geography.abolishedProvinceField") });
}

/** The province with GSO `code` on `at` (null: only if the code was never reused); see lookup.ts. */
export async function findProvinceByCode(code: string, at: Date | null, tx: Client = db()): Promise<ProvinceRecord> {
  return provinceByCode(await tx.province.findMany({ where: { code: code.trim() }, select: provinceSelect }), code, at);
}

type ScopeRow = { kind: string; zoneId: string | null; provinceId: string | null };

/**
 * Province ids of a non-national user's scope rows, expanded through succession both ways (a Lào
 * Cai user also covers the old Yên Bái and the old Lào Cai), so records stay visible as recorded.
 */
export async function expandScope(tx: Client, scopes: readonly ScopeRow[]): Promise<string[]> {
  const ids = new Set(await loadProvinceFamily(tx, scopes.map((s) => s.provinceId).filter((id): id is string => Boolean(id))));
  // Zones are memberships as recorded (official over the 63, derived over the 34); not expanded,
  // so a mixed province such as Lâm Đồng does not pull a whole other zone in.
  const zoneIds = scopes.map((s) => s.zoneId).filter((id): id is string => Boolean(id));
  if (zoneIds.length) {
    const members = await tx.zoneMembership.findMany({ where: { zoneId: { in: zoneIds } }, select: { provinceId: true } });
    members.forEach((m) => ids.add(m.provinceId));
  }
  return [...ids].sort();
}
