import "server-only";
// Cơ sở CNNT, scoped by the actor's geography. Owner contact (personal data) is never selected here.
import type { Actor } from "../auth/actor";
import { facilityScopeWhere } from "../auth/policy";
import { db } from "../db/client";
import type { FacilityKind, FacilitySize } from "../db/generated/enums";
import { pageArgs, toPage, type Page } from "../pagination";
import { toSearchText } from "../search-text";
import type { FacilityListInput } from "./schemas";

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
  const q = input.q ? toSearchText(input.q) : undefined;
  const where = { AND: [facilityScopeWhere(actor), q ? { searchText: { contains: q } } : {}] };
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
