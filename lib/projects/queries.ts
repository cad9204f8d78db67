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
import { cappedTotal, COUNT_CAP, reversed, seekRanges, type KeysetPage, type SortKey } from "../keyset";
import { PAGE_SIZE } from "../pagination";
import { LIST_BEYOND, listCursor, listKeys, readListCursor } from "./list-order";
import { toSearchText } from "../search-text";
import { ProjectListInputSchema, type ProjectListInput } from "./schemas";
import { NAME_HISTORY_SELECT } from "../organisations/names";

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

/** A keyset page (decision 063): `after`/`before` cursors, or `page` for old links (by OFFSET). The count stops at COUNT_CAP. */
export async function listProjects(actor: Actor, raw: Partial<z.input<typeof ProjectListInputSchema>>): Promise<KeysetPage<ProjectListRow>> {
  const input = ProjectListInputSchema.parse(raw);
  const where = await listWhere(actor, input);
  const [counted, window] = await Promise.all([db().project.count({ where, take: COUNT_CAP + 1 }), readWindow(where, input)]);
  const cursor = (row: ProjectListRow | undefined) => (row ? listCursor(row, input.sort, input.dir) : null);
  return { rows: window.rows, ...cappedTotal(counted), next: window.more ? cursor(window.rows.at(-1)) : null, prev: window.earlier ? cursor(window.rows[0]) : null };
}

type Window = { rows: ProjectListRow[]; more: boolean; earlier: boolean };

async function readWindow(where: Prisma.ProjectWhereInput, input: ProjectListInput): Promise<Window> {
  const keys = listKeys(input.sort, input.dir);
  const after = readListCursor(input.after, input.sort, input.dir);
  if (after) {
    const rows = await seek(where, keys, after);
    // Nothing after the cursor (the rows went meanwhile): start again at page 1, as below.
    if (rows.length) return { rows: rows.slice(0, PAGE_SIZE), more: rows.length > PAGE_SIZE, earlier: true };
  }
  const before = readListCursor(input.before, input.sort, input.dir);
  if (before) {
    const rows = await seek(where, reversed(keys), before);
    // Fewer than a page before the cursor (rows came or went meanwhile): start again at page 1.
    if (rows.length >= PAGE_SIZE) return { rows: rows.slice(0, PAGE_SIZE).reverse(), more: true, earlier: rows.length > PAGE_SIZE };
  }
  const byOffset = (page: number) => db().project.findMany({ where, orderBy: orderBy(keys), skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE + 1, select: listSelect });
  let page = before || after ? 1 : input.page;
  let rows = await byOffset(page);
  // An old ?page=N link past the end: page 1 rather than an empty list without links.
  if (!rows.length && page > 1) rows = await byOffset((page = 1));
  return { rows: rows.slice(0, PAGE_SIZE), more: rows.length > PAGE_SIZE, earlier: page > 1 };
}

/** The page and one row more after `values`, range by range until it is full (usually the first range suffices). */
async function seek(where: Prisma.ProjectWhereInput, keys: SortKey[], values: unknown[]): Promise<ProjectListRow[]> {
  const rows: ProjectListRow[] = [];
  for (const range of seekRanges(keys, values, LIST_BEYOND)) {
    rows.push(...(await db().project.findMany({ where: { AND: [where, range as Prisma.ProjectWhereInput] }, orderBy: orderBy(keys), take: PAGE_SIZE + 1 - rows.length, select: listSelect })));
    if (rows.length > PAGE_SIZE) break;
  }
  return rows;
}

const orderBy = (keys: SortKey[]): Prisma.ProjectOrderByWithRelationInput[] => keys.map(([field, dir]) => ({ [field]: dir }));

async function listWhere(actor: Actor, input: ProjectListInput): Promise<Prisma.ProjectWhereInput> {
  const q = input.q ? toSearchText(input.q) : undefined;
  return {
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
