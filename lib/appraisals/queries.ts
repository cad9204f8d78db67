import "server-only";
// The Cục's appraisal queue for a plan year (thẩm định cấp Bộ, TT 36/2013 Điều 8.2): registered
// KCQG đề án with filters, counts by province, zone, content and kind, and the Điều 7 ranking.
// A year's queue is tens to a few hundred đề án, so it is loaded whole and ranked in memory.
import { z } from "zod";
import type { Actor } from "../auth/actor";
import { projectScopeWhere } from "../auth/policy";
import { currentPlanYear, nextPlanYear, validAtWhere, vietnamToday } from "../calendar";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { ProjectStatus } from "../db/generated/enums";
import { nameAt, NAME_HISTORY_SELECT } from "../organisations/names";
import { groupLineOf } from "../admin-units/groups";
import { loadGeography } from "../admin-units/load";
import { provinceFamily } from "../admin-units/queries";
import { missingDossierOf } from "./sheet-check";
import { DECIDED_STATUSES, requireMinistryReader } from "./policy";
import { rankByPriority } from "./priority";
import { QueueInputSchema } from "./schemas";

const QUEUE_STATUSES: ProjectStatus[] = ["REGISTERED", "UNDER_CUC_APPRAISAL", ...DECIDED_STATUSES];
/** Zone key for a province without any zone. */
export const NO_ZONE = "NONE";
/** Zone key for a province that straddles zones (Lâm Đồng after the merger, reference §4.3): shown as such, never put in one. */
export const STRADDLING_ZONE = "STRADDLING";

/** The default year: the next plan year that has registered đề án, else the latest with any. Unscoped across provinces, and returns only a year number, never a record. */
export async function defaultQueueYear(now?: Date): Promise<number> {
  const years = await db().project.groupBy({ by: ["planYear"], where: { status: "REGISTERED", fundingSource: { code: "KCQG" } }, orderBy: { planYear: "asc" } });
  const next = years.find((y) => y.planYear > currentPlanYear(now)) ?? years.at(-1);
  return next?.planYear ?? nextPlanYear(now);
}

const rowSelect = {
  id: true, code: true, title: true, kind: true, status: true, version: true, supportAmount: true, approvedAmount: true, implementerId: true, provinceId: true,
  province: { select: { name: true } },
  implementer: { select: { names: NAME_HISTORY_SELECT } },
  contents: { select: { contentCategory: { select: { code: true } } } },
  budgetLines: { where: { priority: true }, select: { id: true }, take: 1 },
  appraisals: { where: { level: "MINISTRY" }, orderBy: { createdAt: "desc" }, take: 1, select: { councilId: true, outcome: true } },
} satisfies Prisma.ProjectSelect;

type QueueZone = { code: string; name: string; straddling: boolean };

/** Each province's zone through the one grouping rule (lib/admin-units groupLineOf); a straddler lists its zones. */
async function zonesOf(provinceIds: string[]): Promise<Map<string, QueueZone>> {
  const [geography, zones] = await Promise.all([loadGeography(), db().zone.findMany({ select: { id: true, code: true } })]);
  const codeOf = new Map(zones.map((z) => [z.id, z.code]));
  const map = new Map<string, QueueZone>();
  for (const id of provinceIds) {
    const line = groupLineOf(geography, "zones", id);
    if (!line) continue;
    map.set(id, line.straddling ? { code: STRADDLING_ZONE, name: line.names.join(" + "), straddling: true } : { code: codeOf.get(line.groupIds[0]!) ?? line.key, name: line.names[0]!, straddling: false });
  }
  return map;
}

function countBy(keys: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = (out[k] ?? 0) + 1;
  return out;
}

export async function listAppraisalQueue(actor: Actor, raw: Partial<z.input<typeof QueueInputSchema>>, now?: Date) {
  requireMinistryReader(actor);
  const input = QueueInputSchema.parse(raw);
  const year = input.year ?? (await defaultQueueYear(now));
  const statuses = input.status === "DECIDED" ? [...DECIDED_STATUSES] : input.status ? [input.status] : QUEUE_STATUSES;
  const where: Prisma.ProjectWhereInput = {
    AND: [
      projectScopeWhere(actor),
      { planYear: year, status: { in: statuses }, fundingSource: { code: "KCQG" } },
      input.kind ? { kind: input.kind } : {},
      input.content ? { contents: { some: { contentCategory: { code: input.content } } } } : {},
      input.province ? { provinceId: { in: await provinceFamily(db(), input.province) } } : {},
    ],
  };
  const projects = await db().project.findMany({ where, orderBy: { code: "asc" }, select: rowSelect });
  const zones = await zonesOf([...new Set(projects.flatMap((p) => (p.provinceId ? [p.provinceId] : [])))]);
  const withZone = projects
    .map((p) => ({ p, zone: p.provinceId ? (zones.get(p.provinceId) ?? null) : null }))
    .filter(({ zone }) => !input.zone || (zone?.code ?? NO_ZONE) === input.zone);
  const implementers = [...new Set(withZone.map(({ p }) => p.implementerId))];
  const experience = await db().project.groupBy({ by: ["implementerId"], where: { implementerId: { in: implementers }, planYear: { lt: year }, status: { in: ["LIQUIDATED", "SETTLED"] } }, _count: { _all: true } });
  const expOf = new Map(experience.map((e) => [e.implementerId, e._count._all]));
  const ranked = rankByPriority(
    withZone.map(({ p, zone }) => ({
      id: p.id, code: p.code, kind: p.kind, priorityLine: p.budgetLines.length > 0, implementerExperience: expOf.get(p.implementerId) ?? 0, supportAmount: p.supportAmount,
      title: p.title, status: p.status, version: p.version, approvedAmount: p.approvedAmount, provinceName: p.province?.name ?? null,
      zone, implementerName: nameAt(p.implementer.names), contents: p.contents.map((c) => c.contentCategory.code),
      councilId: p.appraisals[0]?.councilId ?? null,
    })),
  );
  return {
    year,
    rows: ranked,
    counts: {
      province: countBy(ranked.map((r) => r.provinceName ?? "—")),
      zone: countBy(ranked.map((r) => r.zone?.code ?? NO_ZONE)),
      content: countBy(ranked.flatMap((r) => r.contents)),
      kind: countBy(ranked.map((r) => r.kind)),
    },
  };
}
export type QueueRow = Awaited<ReturnType<typeof listAppraisalQueue>>["rows"][number];

/** Filter choices: zones, provinces in force, content codes. */
export async function queueFilterOptions(actor: Actor, now?: Date) {
  requireMinistryReader(actor);
  const [zones, provinces, contents] = await Promise.all([
    db().zone.findMany({ orderBy: { code: "asc" }, select: { code: true, name: true } }),
    db().province.findMany({ where: validAtWhere(vietnamToday(now)), orderBy: { code: "asc" }, select: { id: true, name: true } }),
    db().contentCategory.findMany({ distinct: ["code"], orderBy: [{ code: "asc" }, { sortOrder: "desc" }], select: { code: true, name: true } }),
  ]);
  return { zones, provinces, contents };
}

/** Required dossier kinds the đề án lacks, for the sheet to warn before "Hồ sơ đầy đủ: Đạt" (scoped read). */
export async function missingDossierForSheet(actor: Actor, projectId: string) {
  return db().$transaction(async (tx) => {
    const p = await tx.project.findFirst({ where: { AND: [{ id: projectId }, projectScopeWhere(actor)] }, select: { id: true } });
    return p ? missingDossierOf(tx, p.id) : [];
  });
}
