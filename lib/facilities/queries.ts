import "server-only";
// Cơ sở CNNT, scoped by the actor's geography. Owner contact (personal data) is never selected here.
import type { Actor } from "../auth/actor";
import { facilityScopeWhere } from "../auth/policy";
import { db } from "../db/client";
import type { FacilityKind, FacilitySize } from "../db/generated/enums";
import { pageArgs, toPage, type Page } from "../pagination";
import { toSearchText } from "../search-text";
import { provinceFamily } from "../admin-units/queries";
import type { Prisma } from "../db/generated/client";
import { SUPPORTED_STATUSES } from "../projects/statuses";
import type { FacilityListInput } from "./schemas";

/** The list's filters; the scope stays a condition of its own, so a filter never widens it. */
async function listWhere(actor: Actor, input: FacilityListInput): Promise<Prisma.FacilityWhereInput> {
  const q = input.q ? toSearchText(input.q) : undefined;
  const supported = { project: { status: { in: SUPPORTED_STATUSES } } };
  const filters: Prisma.FacilityWhereInput[] = [facilityScopeWhere(actor)];
  if (q) filters.push({ OR: [{ searchText: { contains: q } }, { taxCode: { startsWith: q } }] });
  // A province stands for its predecessors too: a facility recorded on the old Yên Bái is Lào Cai's.
  if (input.provinceId) filters.push({ provinceId: { in: await provinceFamily(db(), input.provinceId) } });
  if (input.kind) filters.push({ kind: input.kind });
  if (input.size) filters.push({ size: input.size });
  if (input.supported === "yes") filters.push({ beneficiaries: { some: supported } });
  if (input.supported === "no") filters.push({ beneficiaries: { none: supported } });
  if (input.year) filters.push({ beneficiaries: { some: { project: { status: { in: SUPPORTED_STATUSES }, planYear: input.year } } } });
  return { AND: filters };
}

export type FacilityRow = {
  id: string;
  taxCode: string;
  name: string;
  kind: FacilityKind;
  size: FacilitySize;
  industry: string;
  province: string;
  commune: string | null;
  inCraftVillage: boolean;
  projectCount: number;
};

export async function listFacilities(actor: Actor, input: FacilityListInput): Promise<Page<FacilityRow>> {
  const where = await listWhere(actor, input);
  const [total, rows] = await Promise.all([
    db().facility.count({ where }),
    db().facility.findMany({
      where,
      orderBy: { name: "asc" },
      ...pageArgs(input.page),
      select: {
        id: true,
        taxCode: true,
        name: true,
        kind: true,
        size: true,
        industry: true,
        inCraftVillage: true,
        province: { select: { name: true } },
        commune: { select: { name: true } },
        _count: { select: { beneficiaries: true } },
      },
    }),
  ]);
  return toPage(
    rows.map((r) => ({
      id: r.id,
      taxCode: r.taxCode,
      name: r.name,
      kind: r.kind,
      size: r.size,
      industry: r.industry,
      province: r.province.name,
      commune: r.commune?.name ?? null,
      inCraftVillage: r.inCraftVillage,
      projectCount: r._count.beneficiaries,
    })),
    total,
    input.page,
  );
}

export type FacilityPick = {
  id: string;
  taxCode: string;
  name: string;
  province: string;
  /** Earlier support: đề án code, plan year and support amount (đồng). */
  history: { code: string; planYear: number; supportAmount: bigint }[];
};

/** The editor's facility picker: by tax code or name, within the actor's geography, with history. */
export async function searchFacilitiesForPicker(actor: Actor, query: string): Promise<FacilityPick[]> {
  const q = toSearchText(query.slice(0, 100));
  if (q.length < 2) return [];
  const rows = await db().facility.findMany({
    where: { AND: [facilityScopeWhere(actor), { OR: [{ taxCode: { startsWith: q } }, { searchText: { contains: q } }] }] },
    orderBy: { name: "asc" },
    take: 10,
    select: {
      id: true, taxCode: true, name: true, province: { select: { name: true } },
      beneficiaries: { where: { project: { status: { notIn: ["DRAFT", "REJECTED_BY_SCT", "REJECTED_BY_CUC"] } } }, select: { supportAmount: true, project: { select: { code: true, planYear: true } } }, orderBy: { project: { planYear: "asc" } } },
    },
  });
  return rows.map((r) => ({ id: r.id, taxCode: r.taxCode, name: r.name, province: r.province.name, history: r.beneficiaries.map((b) => ({ code: b.project.code, planYear: b.project.planYear, supportAmount: b.supportAmount })) }));
}
