import "server-only";
// A đề án's document requests, for whoever can read the đề án (scope in the where).
import type { Actor } from "../auth/actor";
import { projectScopeWhere } from "../auth/policy";
import { db, type Db, type Tx } from "../db/client";
import type { ProjectStatus } from "../db/generated/enums";
import { NotFoundError } from "../errors";
import { partiesOf } from "../projects/policy";
import { canFulfilDocumentRequest, canRequestDocuments } from "./policy";

export type DocumentRequestRow = { id: string; note: string; requestedAt: Date; requestedBy: string | null; fulfilledAt: Date | null; fulfilledBy: string | null };
export type DocumentRequests = { rows: DocumentRequestRow[]; canRequest: boolean; canFulfil: boolean };

/** Whether the SCT is waiting for documents on the đề án (the implementer may then add them). */
async function hasOpenDocumentRequest(client: Db | Tx, projectId: string): Promise<boolean> {
  return (await client.documentRequest.count({ where: { projectId, fulfilledAt: null } })) > 0;
}

/** The attachments window's context: documents are awaited only while the SCT appraises. */
export async function documentsAwaited(client: Db | Tx, project: { id: string; status: ProjectStatus }): Promise<{ documentsRequested: boolean }> {
  return { documentsRequested: project.status === "SUBMITTED_TO_SCT" && (await hasOpenDocumentRequest(client, project.id)) };
}

export async function getDocumentRequests(actor: Actor, projectId: string): Promise<DocumentRequests> {
  const project = await db().project.findFirst({
    where: { AND: [{ id: projectId }, projectScopeWhere(actor)] },
    select: { id: true, status: true, implementerId: true, provinceId: true, documentRequests: { orderBy: { requestedAt: "desc" }, select: { id: true, note: true, requestedAt: true, requestedById: true, fulfilledAt: true, fulfilledById: true } } },
  });
  if (!project) throw new NotFoundError("project");
  const userIds = [...new Set(project.documentRequests.flatMap((r) => [r.requestedById, r.fulfilledById]).filter((id): id is string => id !== null))];
  const names = new Map((await db().user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const parties = partiesOf(actor, project);
  return {
    rows: project.documentRequests.map((r) => ({ id: r.id, note: r.note, requestedAt: r.requestedAt, requestedBy: r.requestedById ? (names.get(r.requestedById) ?? null) : null, fulfilledAt: r.fulfilledAt, fulfilledBy: r.fulfilledById ? (names.get(r.fulfilledById) ?? null) : null })),
    canRequest: canRequestDocuments(parties, project.status),
    // Whether the actor may say an open request's documents were added (each open row offers it).
    canFulfil: canFulfilDocumentRequest(parties, project.status),
  };
}
