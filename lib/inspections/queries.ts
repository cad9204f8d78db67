import "server-only";
// Reading inspections and open findings, always through the đề án's scope. `openFindingsFor` is
// the list the work list shows (issue #8 items 5 and 8): open findings until closed with evidence.
import { z } from "zod";
import type { Actor } from "../auth/actor";
import { projectScopeWhere } from "../auth/policy";
import { vietnamToday, type CalendarDay } from "../calendar";
import { db } from "../db/client";
import type { AttachmentKind, FindingStatus, ProjectStatus } from "../db/generated/enums";
import { NotFoundError } from "../errors";
import { nameAt, NAME_HISTORY_SELECT } from "../organisations/names";
import { partiesOf } from "../projects/policy";
import { canCloseFinding, canRecordInspection, teamMembers } from "./policy";

const NAMES = { names: NAME_HISTORY_SELECT } as const;
const FILES = { orderBy: { uploadedAt: "asc" }, select: { id: true, fileName: true, kind: true } } as const;

export type FindingView = { id: string; seq: number; description: string; requiredAction: string; dueOn: Date | null; status: FindingStatus; overdue: boolean; closedOn: Date | null; closingEvidence: string; version: number; attachments: { id: string; fileName: string; kind: AttachmentKind }[]; canClose: boolean; canAttach: boolean };
export type InspectionView = { id: string; inspectedOn: Date; inspector: string; inspectorId: string; team: string[]; findings: string; conclusion: string; attachments: { id: string; fileName: string; kind: AttachmentKind }[]; canAttach: boolean; items: FindingView[] };
export type InspectionsPage = { project: { id: string; code: string; title: string; status: ProjectStatus }; canRecord: boolean; inspections: InspectionView[]; openCount: number };

const isUuid = (v: string) => z.uuid().safeParse(v).success;
const isOverdue = (f: { status: FindingStatus; dueOn: Date | null }, today: CalendarDay) => f.status === "OPEN" && f.dueOn !== null && f.dueOn < today;

export async function getInspectionsPage(actor: Actor, projectId: string, now = new Date()): Promise<InspectionsPage> {
  const project = isUuid(projectId)
    ? await db().project.findFirst({
        where: { AND: [{ id: projectId }, projectScopeWhere(actor)] },
        select: {
          id: true, code: true, title: true, status: true, implementerId: true, provinceId: true,
          inspections: {
            orderBy: [{ inspectedOn: "desc" }, { createdAt: "desc" }],
            select: { id: true, inspectedOn: true, inspectorId: true, team: true, findings: true, conclusion: true, inspector: { select: NAMES }, attachments: FILES, items: { orderBy: { seq: "asc" }, select: { id: true, seq: true, description: true, requiredAction: true, dueOn: true, status: true, closedOn: true, closingEvidence: true, version: true, attachments: FILES } } },
          },
        },
      })
    : null;
  if (!project) throw new NotFoundError("project");
  const today = vietnamToday(now);
  const parties = partiesOf(actor, project);
  const inspections = project.inspections.map((i) => {
    const ownInspection = actor.organisationIds.includes(i.inspectorId);
    return {
      id: i.id, inspectedOn: i.inspectedOn, inspector: nameAt(i.inspector.names, i.inspectedOn), inspectorId: i.inspectorId, team: teamMembers(i.team), findings: i.findings, conclusion: i.conclusion, attachments: i.attachments, canAttach: ownInspection,
      items: i.items.map((f) => {
        const canClose = f.status === "OPEN" && canCloseFinding(parties, actor.organisationIds, i.inspectorId);
        return { ...f, overdue: isOverdue(f, today), canClose, canAttach: canClose };
      }),
    };
  });
  return {
    project: { id: project.id, code: project.code, title: project.title, status: project.status },
    canRecord: canRecordInspection(parties, project.status),
    inspections,
    openCount: inspections.reduce((n, i) => n + i.items.filter((f) => f.status === "OPEN").length, 0),
  };
}

export type OpenFinding = { id: string; projectId: string; projectCode: string; projectTitle: string; inspectedOn: Date; inspector: string; description: string; requiredAction: string; dueOn: Date | null; overdue: boolean; link: string };

/**
 * Open findings on the đề án the actor can see (all of them, or one đề án), earliest deadline
 * first, findings without a deadline last. For the work list and the đề án page.
 */
export async function openFindingsFor(actor: Actor, options: { projectId?: string; take?: number; now?: Date } = {}): Promise<OpenFinding[]> {
  const today = vietnamToday(options.now);
  const rows = await db().inspectionFinding.findMany({
    where: { status: "OPEN", inspection: { project: { AND: [projectScopeWhere(actor), options.projectId ? { id: options.projectId } : {}] } } },
    orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    take: options.take ?? 200,
    select: { id: true, description: true, requiredAction: true, dueOn: true, status: true, inspection: { select: { inspectedOn: true, inspector: { select: NAMES }, project: { select: { id: true, code: true, title: true } } } } },
  });
  return rows.map((f) => ({
    id: f.id,
    projectId: f.inspection.project.id,
    projectCode: f.inspection.project.code,
    projectTitle: f.inspection.project.title,
    inspectedOn: f.inspection.inspectedOn,
    inspector: nameAt(f.inspection.inspector.names, f.inspection.inspectedOn),
    description: f.description,
    requiredAction: f.requiredAction,
    dueOn: f.dueOn,
    overdue: isOverdue(f, today),
    link: `/de-an/${f.inspection.project.id}/kiem-tra#finding-${f.id}`,
  }));
}
