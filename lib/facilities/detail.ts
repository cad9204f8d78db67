import "server-only";
// One cơ sở CNNT: identity, support history (every đề án it appears in), the eligibility rule in
// force this year, and its edit history. Missing and "not in your geography" are the same 404.
import type { Actor } from "../auth/actor";
import { facilityScopeWhere, projectScopeWhere } from "../auth/policy";
import { vietnamToday, yearOf } from "../calendar";
import { db } from "../db/client";
import type { CommuneKind, FacilityKind, FacilitySize, ProjectStatus } from "../db/generated/enums";
import { NotFoundError } from "../errors";
import { SUPPORTED_STATUSES } from "../projects/statuses";
import { checkEligibility, eligibilityDate, type EligibilityResult } from "./eligibility";
import { canEditFacility, canReadOwnerContact } from "./policy";
import { maskName, maskPhone } from "./personal-data";
import { recordPersonalDataView } from "../audit/security";

export type SupportRow = {
  projectId: string; code: string; title: string; planYear: number; status: ProjectStatus;
  supportAmount: bigint; counterpartAmount: bigint;
  /** Counted in the totals: in a plan or beyond (SUPPORTED_STATUSES). */
  supported: boolean;
  /** The reader may open the đề án (another province's đề án is listed, not linked). */
  visible: boolean;
};

export type FacilityDetail = {
  id: string; version: number; taxCode: string; name: string; kind: FacilityKind; size: FacilitySize; industry: string;
  addressLine: string; inCraftVillage: boolean; craftVillageName: string | null; womenOwned: boolean;
  province: { id: string; name: string }; commune: { id: string; name: string; kind: CommuneKind } | null;
  /** Masked unless the reader may see personal data (policy.canReadOwnerContact); null when none is recorded. */
  owner: { name: string; phone: string | null; masked: boolean } | null;
  support: SupportRow[];
  totals: { supportAmount: bigint; counterpartAmount: bigint; projects: number };
  eligibility: EligibilityResult & { planYear: number };
  canEdit: boolean;
};

/** The owner as this reader may see it; reading the unmasked contact is logged (who, when, which facility). */
async function ownerFor(actor: Actor, facilityId: string, contact: { ownerName: string; phone: string | null } | null, show: boolean): Promise<FacilityDetail["owner"]> {
  if (!contact) return null;
  if (!show) return { name: maskName(contact.ownerName), phone: maskPhone(contact.phone), masked: true };
  await recordPersonalDataView(actor, "Facility", facilityId, ["ownerName", "ownerPhone"]);
  return { name: contact.ownerName, phone: contact.phone, masked: false };
}

export async function getFacility(actor: Actor, id: string, now?: Date): Promise<FacilityDetail> {
  const f = await db().facility.findFirst({
    where: { AND: [{ id }, facilityScopeWhere(actor)] },
    select: {
      id: true, version: true, taxCode: true, name: true, kind: true, size: true, industry: true, addressLine: true, inCraftVillage: true, craftVillageName: true, womenOwned: true,
      province: { select: { id: true, name: true, isCentralCity: true, centralCitySince: true } },
      commune: { select: { id: true, name: true, kind: true } },
      ownerContact: { select: { ownerName: true, phone: true } },
      beneficiaries: {
        // Other implementers' drafts are not the reader's business; their own are.
        where: { project: { OR: [{ status: { not: "DRAFT" } }, projectScopeWhere(actor)] } },
        orderBy: [{ project: { planYear: "desc" } }, { project: { code: "asc" } }],
        select: { supportAmount: true, counterpartAmount: true, project: { select: { id: true, code: true, title: true, planYear: true, status: true } } },
      },
    },
  });
  if (!f) throw new NotFoundError("facility");
  const projectIds = f.beneficiaries.map((b) => b.project.id);
  const visible = new Set((await db().project.findMany({ where: { AND: [{ id: { in: projectIds } }, projectScopeWhere(actor)] }, select: { id: true } })).map((p) => p.id));
  const support = f.beneficiaries.map((b) => ({
    projectId: b.project.id, code: b.project.code, title: b.project.title, planYear: b.project.planYear, status: b.project.status,
    supportAmount: b.supportAmount, counterpartAmount: b.counterpartAmount, supported: SUPPORTED_STATUSES.includes(b.project.status), visible: visible.has(b.project.id),
  }));
  const counted = support.filter((s) => s.supported);
  // The definition in force for this year's plan (NĐ 45/2012 or NĐ 235/2025), on the facility as it is now.
  const planYear = yearOf(vietnamToday(now));
  const date = eligibilityDate(planYear);
  const central = f.province.isCentralCity && (!f.province.centralCitySince || f.province.centralCitySince <= date);
  const eligibility = checkEligibility({ kind: f.kind, size: f.size, inCraftVillage: f.inCraftVillage, communeKind: f.commune?.kind ?? null, provinceIsCentralCity: central }, date, { cleanerProduction: false });
  return {
    id: f.id, version: f.version, taxCode: f.taxCode, name: f.name, kind: f.kind, size: f.size, industry: f.industry, addressLine: f.addressLine,
    inCraftVillage: f.inCraftVillage, craftVillageName: f.craftVillageName, womenOwned: f.womenOwned,
    province: { id: f.province.id, name: f.province.name }, commune: f.commune,
    owner: await ownerFor(actor, f.id, f.ownerContact, canReadOwnerContact(actor, { provinceId: f.province.id })),
    support,
    totals: { supportAmount: counted.reduce((a, s) => a + s.supportAmount, 0n), counterpartAmount: counted.reduce((a, s) => a + s.counterpartAmount, 0n), projects: counted.length },
    eligibility: { ...eligibility, planYear },
    canEdit: canEditFacility(actor),
  };
}
