import "server-only";
// Đề án reads, always through projectScopeWhere: another province's đề án is simply not found.
import { awaitingStatusesFor } from "../dashboard/queries";
import { z } from "zod";
import type { Actor } from "../auth/actor";
import { projectScopeWhere } from "../auth/policy";
import { provinceFamily } from "../admin-units/queries";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { NotFoundError } from "../errors";
import { pageArgs, toPage, type Page } from "../pagination";
import { toSearchText } from "../search-text";
import { ProjectListInputSchema, type ProjectListInput } from "./schemas";
import { NAME_HISTORY_SELECT } from "../organisations/names";

const ORDER: Record<ProjectListInput["sort"], (dir: "asc" | "desc") => Prisma.ProjectOrderByWithRelationInput[]> = {
  year: (dir) => [{ planYear: dir }, { code: "asc" }],
  code: (dir) => [{ code: dir }],
  title: (dir) => [{ title: dir }],
  support: (dir) => [{ supportAmount: dir }, { code: "asc" }],
  status: (dir) => [{ status: dir }, { code: "asc" }],
};

const listSelect = {
  id: true,
  code: true,
  title: true,
  planYear: true,
  endYear: true,
  kind: true,
  status: true,
  supportAmount: true,
  approvedAmount: true,
  // What the list needs to offer the registration step (canRegisterWithCuc) with the version seen.
  version: true,
  implementerId: true,
  provinceId: true,
  multiProvince: true,
  fundingSource: { select: { code: true } },
  province: { select: { name: true } },
  implementer: { select: { names: NAME_HISTORY_SELECT, kind: true } },
} satisfies Prisma.ProjectSelect;

export type ProjectListRow = Prisma.ProjectGetPayload<{ select: typeof listSelect }>;

export async function listProjects(actor: Actor, raw: Partial<z.input<typeof ProjectListInputSchema>>): Promise<Page<ProjectListRow>> {
  const input = ProjectListInputSchema.parse(raw);
  const q = input.q ? toSearchText(input.q) : undefined;
  const where: Prisma.ProjectWhereInput = {
    AND: [
      projectScopeWhere(actor),
      q ? { searchText: { contains: q } } : {},
      input.year ? { planYear: input.year } : {},
      input.status ? { status: input.status } : {},
      // The same statuses the home card counts, so its number and this list always agree.
      input.awaiting ? { status: { in: awaitingStatusesFor(actor) } } : {},
      input.source ? { fundingSource: { code: input.source } } : {},
      input.kind ? { kind: input.kind } : {},
      input.content ? { contents: { some: { contentCategory: { code: input.content } } } } : {},
      // A province filter also covers the provinces it absorbed (đề án keep the province as registered).
      input.province ? { provinceId: { in: await provinceFamily(db(), input.province) } } : {},
    ],
  };
  const [total, rows] = await Promise.all([
    db().project.count({ where }),
    db().project.findMany({ where, orderBy: ORDER[input.sort](input.dir), ...pageArgs(input.page), select: listSelect }),
  ]);
  return toPage(rows, total, input.page);
}

const detailSelect = {
  ...listSelect,
  multiProvince: true,
  locationText: true,
  needAndBasis: true,
  objectives: true,
  scale: true,
  arrangements: true,
  expectedEffects: true,
  totalCost: true,
  counterpartAmount: true,
  otherAmount: true,
  version: true,
  implementerId: true,
  provinceId: true,
  fundingSourceId: true,
  contents: { select: { contentCategory: { select: { code: true, name: true } } } },
  beneficiaries: { select: { supportAmount: true, facility: { select: { id: true, name: true, taxCode: true } } } },
  budgetLines: {
    orderBy: { lineNo: "asc" },
    select: { lineNo: true, item: true, unit: true, quantity: true, totalCost: true, supportAmount: true, counterpartAmount: true, otherAmount: true, normJustification: true, supportNorm: { select: { code: true, costItem: true } } },
  },
  appraisals: {
    orderBy: { createdAt: "asc" },
    select: { id: true, level: true, method: true, form: true, outcome: true, conclusion: true, failedCriterionReason: true, decidedAt: true, council: { select: { members: { select: { name: true, role: true } } } }, scores: { select: { criterion: true, assessment: true, comment: true } } },
  },
  workItems: { orderBy: { seq: "asc" }, select: { seq: true, description: true, responsible: true, startDate: true, endDate: true } },
  partners: { select: { name: true, role: true } },
  transitions: {
    orderBy: { at: "asc" },
    select: { id: true, fromStatus: true, toStatus: true, comment: true, at: true, actor: { select: { name: true } } },
  },
} satisfies Prisma.ProjectSelect;

export type ProjectDetail = Prisma.ProjectGetPayload<{ select: typeof detailSelect }>;

/** Throws NotFound both when the đề án does not exist and when it is outside the actor's scope. */
export async function getProject(actor: Actor, id: string): Promise<ProjectDetail> {
  if (!z.uuid().safeParse(id).success) throw new NotFoundError("project");
  const project = await db().project.findFirst({ where: { AND: [{ id }, projectScopeWhere(actor)] }, select: detailSelect });
  if (!project) throw new NotFoundError("project");
  return project;
}
