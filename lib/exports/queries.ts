import "server-only";
// Data of the Mẫu 2 export: exactly the đề án the actor may see (projectScopeWhere), for one plan
// year and optionally one funding source, as plain rows for lib/exports/mau-2.ts.
import { z } from "zod";
import type { Actor } from "../auth/actor";
import { vietnamToday } from "../calendar";
import { provincesInScope } from "../admin-units/load";
import { projectScopeWhere } from "../auth/policy";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { ProjectStatus } from "../db/generated/enums";
import { nameAt } from "../organisations/names";
import type { Mau2Document } from "./mau-2";

export const Mau2ExportInputSchema = z.object({
  year: z.coerce.number({ error: "Năm kế hoạch phải là số." }).int("Năm kế hoạch phải là số nguyên.").min(2019, "Năm kế hoạch không hợp lệ.").max(2100, "Năm kế hoạch không hợp lệ."),
  source: z.enum(["KCQG", "KCDP"], { error: "Nguồn kinh phí phải là KCQG hoặc KCDP." }).optional(),
});
export type Mau2ExportInput = z.infer<typeof Mau2ExportInputSchema>;

const rowSelect = {
  code: true,
  title: true,
  locationText: true,
  kind: true,
  status: true,
  planYear: true,
  endYear: true,
  totalCost: true,
  supportAmount: true,
  counterpartAmount: true,
  otherAmount: true,
  objectives: true,
  fundingSource: { select: { code: true } },
  implementer: { select: { names: { select: { name: true, validFrom: true, validTo: true } } } },
  contents: { select: { contentCategory: { select: { code: true, sortOrder: true } } } },
  beneficiaries: { select: { facility: { select: { taxCode: true } } } },
} satisfies Prisma.ProjectSelect;

export async function loadMau2Document(actor: Actor, input: Mau2ExportInput, statusLabel: (status: ProjectStatus) => string): Promise<Mau2Document> {
  const where: Prisma.ProjectWhereInput = { AND: [projectScopeWhere(actor), { planYear: input.year }, input.source ? { fundingSource: { code: input.source } } : {}] };
  const [projects, provinces] = await Promise.all([
    db().project.findMany({ where, orderBy: { code: "asc" }, select: rowSelect }),
    provincesInScope(actor, vietnamToday()),
  ]);
  return {
    year: input.year,
    source: input.source ?? null,
    unitName: actor.organisationName,
    provinceName: provinces.length === 1 ? provinces[0]!.name : null,
    exportedAt: new Date(),
    rows: projects.map((p) => ({
      code: p.code,
      title: p.title,
      implementer: nameAt(p.implementer.names),
      location: p.locationText,
      kind: p.kind,
      source: p.fundingSource.code === "KCDP" ? "KCDP" : "KCQG",
      contentCodes: [...p.contents].sort((a, b) => a.contentCategory.sortOrder - b.contentCategory.sortOrder).map((c) => c.contentCategory.code),
      taxCodes: p.beneficiaries.map((b) => b.facility.taxCode).sort(),
      planYear: p.planYear,
      endYear: p.endYear,
      totalCost: p.totalCost,
      supportAmount: p.supportAmount,
      counterpartAmount: p.counterpartAmount,
      otherAmount: p.otherAmount,
      objectives: p.objectives,
      note: statusLabel(p.status),
    })),
  };
}

/** Plan years that exist, newest first, for the export form. */
export async function listExportYears(): Promise<number[]> {
  return (await db().planYear.findMany({ orderBy: { year: "desc" }, select: { year: true } })).map((y) => y.year);
}
