// Writes the demo data: natural-key upserts for facilities, đề án, decisions, plans and reports;
// deterministic ids (derived from the parent's natural key) for rows that have none. Contracts, the
// ledger and the implementation records follow in implementation-writer.ts.
import { uuidFrom, sum } from "../../factories";
import { toSearchText } from "../../../lib/search-text";
import { CATALOG_2012, CATALOG_2025 } from "../reference/catalogues";
import { k, type Seeder } from "../sync";
import type { Ref } from "../context";
import { writeImplementation } from "./implementation-writer";
import { writePlans } from "./plans-writer";
import { writeProvinceAppraisals } from "./appraisals-writer";
import type { DemoData, ProjectSpec } from "./types";

export async function writeDemo(s: Seeder, ref: Ref, d: DemoData, users: Map<string, string>): Promise<void> {
  const user = (email?: string) => (email ? (users.get(email) ?? null) : null);

  const taxCodes = d.pool.all.map((f) => f.taxCode);
  const facilityIds = await s.upsert(
    "facility",
    d.pool.all.map((f) => ({
      id: uuidFrom(`facility:${f.taxCode}`),
      taxCode: f.taxCode,
      name: f.name,
      searchText: toSearchText(f.name, f.taxCode),
      kind: f.kind,
      size: f.size,
      industry: f.industry.industry,
      provinceId: ref.provinceId(f.province),
      communeId: f.commune?.id ?? null,
      addressLine: f.addressLine,
      inCraftVillage: f.craftVillageName !== null,
      craftVillageName: f.craftVillageName,
      womenOwned: f.womenOwned,
      employees: f.employees,
    })),
    { key: (r) => k(r.taxCode), where: { taxCode: { in: taxCodes } } },
  );
  const facilityId = (taxCode: string) => facilityIds.get(k(taxCode))!;
  await s.upsert(
    "facilityOwnerContact",
    d.pool.all.map((f) => ({ facilityId: facilityId(f.taxCode), ownerName: f.ownerName, phone: f.phone })),
    { key: (r) => k(r.facilityId), idField: "facilityId", where: { facilityId: { in: taxCodes.map(facilityId) } } },
  );

  const total = (p: ProjectSpec, f: "totalCost" | "support" | "counterpart" | "other") => sum(p.lines.map((l) => l[f]));
  const projectIds = await s.upsert(
    "project",
    d.projects.map((p) => ({
      id: uuidFrom(`project:${p.code}`),
      code: p.code,
      title: p.title,
      searchText: toSearchText(p.code, p.title),
      planYear: p.planYear,
      endYear: p.endYear,
      fundingSourceId: ref.fundingId(p.fund),
      kind: p.kind,
      status: p.status,
      implementerId: ref.orgId(p.implementer),
      provinceId: ref.provinceId(p.province),
      multiProvince: p.multiProvince,
      locationText: p.locationText,
      needAndBasis: p.needAndBasis,
      objectives: p.objectives,
      scale: p.scale,
      arrangements: p.arrangements,
      expectedEffects: p.expectedEffects,
      totalCost: total(p, "totalCost"),
      supportAmount: total(p, "support"),
      counterpartAmount: total(p, "counterpart"),
      otherAmount: total(p, "other"),
      approvedAmount: p.approvedAmount,
      createdById: user(p.createdBy),
    })),
    { key: (r) => k(r.code), where: { code: { in: d.projects.map((p) => p.code) } } },
  );
  const projectId = (code: string) => projectIds.get(k(code))!;
  const allProjectIds = d.projects.map((p) => projectId(p.code));
  const catalog = (p: ProjectSpec) => (p.planYear <= 2025 ? CATALOG_2012 : CATALOG_2025);
  const normId = (p: ProjectSpec, code?: string) => (code ? (p.fund === "KCQG" ? ref.normId(code) : ref.normId(code, p.province)) ?? null : null);

  await s.insertOnly(
    "projectContent",
    d.projects.flatMap((p) => [...new Set(p.lines.map((l) => l.category))].map((c) => ({ projectId: projectId(p.code), contentCategoryId: ref.categoryId(catalog(p), c) }))),
  );
  const lines = d.projects.flatMap((p) =>
    p.lines.map((l, i) => ({
      id: uuidFrom(`budget-line:${p.code}:${i + 1}`),
      projectId: projectId(p.code),
      lineNo: i + 1,
      item: l.item,
      contentCategoryId: ref.categoryId(catalog(p), l.category),
      supportNormId: normId(p, l.norm),
      facilityId: l.facility ? facilityId(l.facility.taxCode) : null,
      unit: l.unit,
      quantity: l.quantity,
      totalCost: l.totalCost,
      supportAmount: l.support,
      counterpartAmount: l.counterpart,
      otherAmount: l.other,
    })),
  );
  const lineIds = await s.upsert("projectBudgetLine", lines, { key: (r) => k(r.projectId, r.lineNo), where: { projectId: { in: allProjectIds } } });

  const beneficiaries = d.projects.flatMap((p) => {
    const byFacility = new Map<string, { support: bigint; counterpart: bigint }>();
    for (const l of p.lines.filter((x) => x.facility)) {
      const b = byFacility.get(l.facility!.taxCode) ?? { support: 0n, counterpart: 0n };
      byFacility.set(l.facility!.taxCode, { support: b.support + l.support, counterpart: b.counterpart + l.counterpart });
    }
    return [...byFacility].map(([taxCode, b]) => ({ id: uuidFrom(`beneficiary:${p.code}:${taxCode}`), projectId: projectId(p.code), facilityId: facilityId(taxCode), supportAmount: b.support, counterpartAmount: b.counterpart }));
  });
  const beneficiaryIds = await s.upsert("projectBeneficiary", beneficiaries, { key: (r) => k(r.projectId, r.facilityId), where: { projectId: { in: allProjectIds } } });

  const transitions = d.projects.flatMap((p) =>
    p.transitions.map((t, i) => ({ id: uuidFrom(`transition:${p.code}:${i}`), projectId: projectId(p.code), fromStatus: t.from, toStatus: t.to, actorId: user(t.actor), comment: t.comment, at: t.at })),
  );
  await s.upsert("projectTransition", transitions, { key: (r) => k(r.id), where: { id: { in: transitions.map((t) => t.id) } } });

  await writeProvinceAppraisals(s, d, projectId, user);
  await writePlans(s, ref, d, projectId);
  await writeImplementation(s, ref, d, {
    user,
    projectId,
    beneficiaryId: (code, taxCode) => beneficiaryIds.get(k(projectId(code), facilityId(taxCode)))!,
    budgetLineId: (code, lineNo) => lineIds.get(k(projectId(code), lineNo))!,
  });

  const reports = d.reports.map((r) => ({
    id: uuidFrom(`report:${r.province.set}:${r.province.code}:${r.year}:${r.period}:${r.cutOff.toISOString()}:${r.fund}`),
    provinceId: ref.provinceId(r.province),
    organisationId: ref.orgId(r.organisation),
    year: r.year,
    period: r.period,
    cutOffDate: r.cutOff,
    fundingSourceId: ref.fundingId(r.fund),
    planAmount: r.plan,
    executedAmount: r.executed,
    projectCount: r.projectCount,
    note: r.note,
    submittedAt: new Date(r.cutOff.getTime() + 10 * 86_400_000),
  }));
  await s.upsert("provincialReport", reports, { key: (r) => k(r.provinceId, r.year, r.period, r.fundingSourceId), where: { id: { in: reports.map((r) => r.id) } } });
}
