import "server-only";
// Everything an import checks rows against, loaded once per file (not per row): the content
// catalogue of each plan year, the facilities named by tax code within the actor's scope, the
// đề án named by code within the actor's scope, and the actor's provinces in scope today. On commit
// only the đề án the file updates are locked (lockUpdated), so the versions compared are the
// versions saved; the named đề án are all locked up front only on the retry after a lost race.
import type { Actor } from "../auth/actor";
import { vietnamToday } from "../calendar";
import { provincesInScope } from "../admin-units/load";
import { facilityScopeWhere, projectScopeWhere } from "../auth/policy";
import type { Tx } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { toSearchText } from "../search-text";
import { draftSourceSelect } from "../projects/draft-input";
import { lockRows } from "../db/locks";

const facilitySelect = {
  id: true,
  taxCode: true,
  name: true,
  kind: true,
  size: true,
  inCraftVillage: true,
  commune: { select: { kind: true } },
  province: { select: { isCentralCity: true, centralCitySince: true } },
} satisfies Prisma.FacilitySelect;

const projectSelect = {
  ...draftSourceSelect,
  code: true,
  status: true,
  implementerId: true,
  totalCost: true,
  supportAmount: true,
  otherAmount: true,
} satisfies Prisma.ProjectSelect;

export type FacilityRef = Prisma.FacilityGetPayload<{ select: typeof facilitySelect }>;
export type ExistingProject = Prisma.ProjectGetPayload<{ select: typeof projectSelect }>;
export type ProvinceRef = { id: string; code: string; name: string; searchName: string };

export type ImportRefs = {
  /** Plan year → content code → category id; a year missing here is not open for registration. */
  catalogues: ReadonlyMap<number, ReadonlyMap<string, string>>;
  facilities: ReadonlyMap<string, FacilityRef>;
  /** The same facilities by id. */
  facilitiesById: ReadonlyMap<string, FacilityRef>;
  projects: ReadonlyMap<string, ExistingProject>;
  /** The provinces in the actor's scope on today's Vietnam calendar day (provincesInScope). */
  provinces: readonly ProvinceRef[];
};

export type Wanted = { years: readonly number[]; taxCodes: readonly string[]; codes: readonly string[] };

async function loadProjects(tx: Tx, actor: Actor, codes: readonly string[], lock: boolean): Promise<ExistingProject[]> {
  if (!codes.length) return [];
  const where: Prisma.ProjectWhereInput = { AND: [{ code: { in: [...codes] } }, projectScopeWhere(actor)] };
  if (!lock) return tx.project.findMany({ where, select: projectSelect });
  const ids = (await tx.project.findMany({ where, select: { id: true } })).map((p) => p.id);
  if (!ids.length) return [];
  // One sorted lockRows call: two imports naming the same đề án never deadlock.
  await lockRows(tx, "Project", ids);
  return tx.project.findMany({ where: { id: { in: ids } }, select: projectSelect });
}

export async function loadReferences(tx: Tx, actor: Actor, wanted: Wanted, opts: { lock: boolean }): Promise<ImportRefs> {
  const projects = await loadProjects(tx, actor, wanted.codes, opts.lock);
  // Updates keep their years and beneficiaries when the file leaves those columns out.
  const years = [...new Set([...wanted.years, ...projects.map((p) => p.planYear)])];
  const taxCodes = [...new Set([...wanted.taxCodes, ...projects.flatMap((p) => p.beneficiaries.map((b) => b.facility.taxCode))])];
  // Sequential on purpose: inside a transaction they share one connection anyway.
  const planYears = years.length ? await tx.planYear.findMany({ where: { year: { in: years } }, select: { year: true, contentCatalogVersionId: true } }) : [];
  const facilities = taxCodes.length ? await tx.facility.findMany({ where: { AND: [{ taxCode: { in: taxCodes } }, facilityScopeWhere(actor)] }, select: facilitySelect }) : [];
  const provinces = await provincesInScope(actor, vietnamToday(), tx);
  const versionIds = [...new Set(planYears.map((y) => y.contentCatalogVersionId))];
  const categories = versionIds.length ? await tx.contentCategory.findMany({ where: { versionId: { in: versionIds } }, select: { id: true, code: true, versionId: true } }) : [];
  const catalogues = new Map(planYears.map((y) => [y.year, new Map(categories.filter((c) => c.versionId === y.contentCatalogVersionId).map((c) => [c.code, c.id]))]));
  return {
    catalogues,
    facilities: new Map(facilities.map((f) => [f.taxCode, f])),
    facilitiesById: new Map(facilities.map((f) => [f.id, f])),
    projects: new Map(projects.map((p) => [p.code, p])),
    provinces: provinces.map((p) => ({ ...p, searchName: toSearchText(p.name) })),
  };
}

/**
 * Locks the đề án the commit updates (one sorted call) and tells whether each is still the version
 * the validation read; false means a concurrent save won the race and the file must be checked again.
 */
export async function lockUpdated(tx: Tx, refs: ImportRefs, ids: readonly string[]): Promise<boolean> {
  if (!ids.length) return true;
  await lockRows(tx, "Project", ids);
  const read = new Map([...refs.projects.values()].map((p) => [p.id, p.version]));
  const now = await tx.project.findMany({ where: { id: { in: [...ids] } }, select: { id: true, version: true } });
  return now.length === new Set(ids).size && now.every((p) => read.get(p.id) === p.version);
}
