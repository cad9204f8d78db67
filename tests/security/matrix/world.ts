// The world the authorization matrix runs in: province A, whose SCT and centre are the
// provincial actors, province B outside their scope, a regional centre serving a zone that holds
// A and not B, and the national roles. Cases make fresh resources on side A or B from here, so
// one case's allowed write never changes what the next case sees.
import { randomUUID } from "node:crypto";
import type { Actor } from "../../../lib/auth/actor";
import { loadActor } from "../../../lib/auth/load-actor";
import { parseCalendarDate as day } from "../../../lib/calendar";
import type { Db } from "../../../lib/db/client";
import type { ProjectStatus, Role } from "../../../lib/db/generated/enums";
import { toSearchText } from "../../../lib/search-text";
import { runningProject, type RunningProject } from "../../fixtures/implementation-world";
import { ledgerRules } from "../../fixtures/ledger-world";
import { progressDeadline } from "../../fixtures/implementation";
import { adminUser, cucStaff, draftProject, facility, machineryNorm, provinceWorld } from "../../fixtures/world";

export type Side = "A" | "B";
export const SIDES: readonly Side[] = ["A", "B"];
type ProvinceWorld = Awaited<ReturnType<typeof provinceWorld>>;

/** Who calls: null is nobody signed in. */
export type Caller = { label: Role | "ANONYMOUS"; actor: Actor | null };

async function userWith(db: Db, organisationId: string, roles: Role[], scope: { kind: "NATIONAL" | "ZONE" | "PROVINCE"; zoneId?: string; provinceId?: string }): Promise<Actor> {
  const created = await db.user.create({
    data: { email: `${randomUUID()}@test.local`, name: `Người dùng ${roles.join("+")}`, passwordHash: "not-used", organisationId, roles: { create: roles.map((role) => ({ role })) }, scopes: { create: [{ kind: scope.kind, zoneId: scope.zoneId ?? null, provinceId: scope.provinceId ?? null }] } },
    select: { id: true },
  });
  const actor = await loadActor(db, created.id);
  if (!actor) throw new Error("matrix user did not load");
  return actor;
}

async function organisation(db: Db, kind: "CUC" | "REGIONAL_CENTRE", name: string, zoneId: string | null) {
  return db.organisation.create({ data: { code: `ORG-${randomUUID()}`, kind, zoneId, validFrom: day("2025-07-01"), searchText: toSearchText(name), names: { create: { name, validFrom: day("2025-07-01") } } }, select: { id: true } });
}

export async function buildMatrixWorld(db: Db) {
  const refs = await machineryNorm(db);
  await ledgerRules(db);
  await progressDeadline(db);
  const since = day("2014-02-10");
  await db.implementationDeadline.upsert({ where: { code_validFrom: { code: "SETTLEMENT_DOSSIER", validFrom: since } }, update: {}, create: { code: "SETTLEMENT_DOSSIER", description: "Hồ sơ quyết toán sau nghiệm thu", status: "BASELINE", legalBasis: "TT 36/2013 Điều 18.1", validFrom: since, daysAfter: 15 } });
  const kcqg = refs.kcqg;
  const kcdp = await db.fundingSource.findUniqueOrThrow({ where: { code: "KCDP" }, select: { id: true } });
  const A = await provinceWorld(db, "Tỉnh Ma Trận A");
  const B = await provinceWorld(db, "Tỉnh Ma Trận B");
  const zone = await db.zone.create({ data: { code: `Z-${randomUUID().slice(0, 8)}`, name: "Vùng thử nghiệm" }, select: { id: true } });
  for (const p of [A.old, A.current]) await db.zoneMembership.create({ data: { provinceId: p.id, zoneId: zone.id, validFrom: day("2008-08-01"), basis: "test" } });
  const regionalOrg = await organisation(db, "REGIONAL_CENTRE", "Trung tâm Khuyến công vùng (thử nghiệm)", zone.id);
  const cucOrg = await organisation(db, "CUC", "Cục (lãnh đạo thử nghiệm)", null);
  const cuc = await cucStaff(db);
  // Records what a Cục caller then confirms: the one who records an entry may not confirm it.
  const otherCuc = await cucStaff(db);
  const callers: Caller[] = [
    { label: "ANONYMOUS", actor: null },
    { label: "ADMIN", actor: await adminUser(db) },
    { label: "CUC_STAFF", actor: cuc },
    { label: "LEADERSHIP", actor: await userWith(db, cucOrg.id, ["LEADERSHIP"], { kind: "NATIONAL" }) },
    { label: "REGIONAL_CENTRE", actor: await userWith(db, regionalOrg.id, ["REGIONAL_CENTRE"], { kind: "ZONE", zoneId: zone.id }) },
    { label: "SCT", actor: A.sct },
    { label: "PROVINCIAL_CENTRE", actor: A.centre },
  ];
  const worlds: Record<Side, ProvinceWorld> = { A, B };
  return { db, refs, kcqg, kcdp, worlds, cuc, otherCuc, callers, regionalOrgId: regionalOrg.id };
}

type Base = Awaited<ReturnType<typeof buildMatrixWorld>>;

/** Fresh resources of one side, for one case. */
export function resourcesOf(base: Base, side: Side) {
  const { db, worlds, kcqg, kcdp, cuc } = base;
  const w = worlds[side];
  return {
    side,
    world: w,
    /** A đề án of the side's centre in the given state, with one facility as beneficiary and one budget line. */
    async project(status: ProjectStatus = "DRAFT", source: "KCQG" | "KCDP" = "KCQG"): Promise<{ id: string; version: number; code: string }> {
      const p = await draftProject(db, { implementerId: w.centreOrg.id, provinceId: w.current.id, fundingSourceId: (source === "KCQG" ? kcqg : kcdp).id });
      const updated = await db.project.update({ where: { id: p.id }, data: { status, approvedAmount: 300_000_000n }, select: { id: true, version: true, code: true } });
      return updated;
    },
    /** A đề án under way: signed main contract with the Cục, beneficiaries, budget lines. */
    running(): Promise<RunningProject> {
      return runningProject(db, w, { cucOrgId: cuc.organisationId, fundingSourceId: kcqg.id });
    },
    facility: () => facility(db, w.current.id),
    /** A user of the side's SCT, made for this case (deactivating the world's own would end the run). */
    async extraUser(): Promise<Actor> {
      return userWith(db, w.sctOrg.id, ["SCT"], { kind: "PROVINCE", provinceId: w.current.id });
    },
  };
}

export type MatrixWorld = Base;
export type SideResources = ReturnType<typeof resourcesOf>;
